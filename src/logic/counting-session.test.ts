import { describe, expect, it } from 'vitest';
import { CountingSession } from './counting-session';
import { PASS_PARAMS } from './passes';
import type { ClassifiedFace, FrameResult, MaskLabel } from './frame';
import { loadFixture } from '../eval/testing/fixtures';
import { sequence, shake, still } from '../eval/testing/motions';
import { seededRandom } from '../eval/testing/random';

const TIMINGS = { preprocessMs: 0, detectMs: 0, classifyMs: 0 };
const frameAt = (timestamp: number, faces: ClassifiedFace[]): FrameResult => ({ timestamp, width: 640, height: 480, faces, timings: TIMINGS });

/** A frontal face at x with a mask label, 100 px. */
const face = (x: number, mask: MaskLabel = 'with_mask', h = 100): ClassifiedFace => ({
  box: { x, y: 150, w: h, h },
  score: 0.9,
  keypoints: [
    [x + 0.3 * h, 180],
    [x + 0.7 * h, 180],
    [x + 0.5 * h, 205],
    [x + 0.5 * h, 225],
    [x + 0.05 * h, 185],
    [x + 0.95 * h, 185],
  ],
  mask,
  maskScore: 0.9,
});

function feed(session: CountingSession, frames: number, facesAt: (i: number, t: number) => ClassifiedFace[], start = 0, frameMs = 1000 / 15): number {
  let t = start;
  for (let i = 0; i < frames; i++) {
    t = start + i * frameMs;
    session.update(frameAt(t, facesAt(i, t)));
  }
  return t;
}

describe('CountingSession', () => {
  it('says when the frame rate is too low to read a head shake of anyone in view', () => {
    const slow = new CountingSession();
    feed(slow, 30, () => [face(100)], 0, 250);
    expect(slow.shakeTooSlow()).toBe(true);
    expect(slow.view()[0].shake?.status).toBe('too-slow');
    const fast = new CountingSession();
    feed(fast, 60, () => [face(100)]);
    expect(fast.shakeTooSlow()).toBe(false);
  });

  it('counts passes and mask labels, a person leaving and coming back twice', () => {
    const s = new CountingSession();
    feed(s, 60, (i) => (i < 20 || i >= 45 ? [face(100, 'with_mask'), face(400, 'without_mask')] : [face(400, 'without_mask')]));
    const summary = s.summary();
    expect(summary).toMatchObject({ passes: 3, withMask: 2, withoutMask: 1, maskIncorrect: 0, unknown: 0, optOuts: [] });
    expect(summary.timeline[0]).toMatchObject({ t: 0, facesInView: 2 });
  });

  it('counts a face seen too small as unknown', () => {
    const s = new CountingSession();
    feed(s, 30, () => [face(100, 'without_mask', 30)]);
    expect(s.summary()).toMatchObject({ passes: 1, unknown: 1, withoutMask: 0 });
  });

  it('shows open passes in the live figures, faces in view, and the per-frame count', () => {
    const s = new CountingSession();
    feed(s, 150, () => [face(100, 'with_mask')]);
    expect(s.figures()).toMatchObject({ facesInView: 1, passes: 1, withMask: 1 });
    expect(s.figures().percentMasked.reason).toBe('too-few-classified');
    expect(s.perFrameFigures()).toMatchObject({ faces: 150, withMask: 150, inflation: 150 });
    expect(s.allFigures()).toEqual({ figures: s.figures(), perFrame: s.perFrameFigures() });
    expect(s.buckets.buckets).not.toEqual({});
  });

  it('"Don\'t count me" opts out everyone in view and pauses counting', () => {
    const s = new CountingSession();
    const t = feed(s, 20, () => [face(100), face(400, 'without_mask')]);
    const events = s.optOutAllInView(t, 3000);
    expect(events.map((e) => e.track)).toEqual([1, 2]);
    expect(s.isPaused(t + 100)).toBe(true);
    // The same two stay in view (still opted out) and a third arrives during the pause: none is counted.
    feed(s, 30, (i) => (i > 5 ? [face(100), face(400), face(250, 'without_mask')] : [face(100), face(400)]), t + 66);
    const f = s.figures();
    expect(f).toMatchObject({ passes: 0, optedOut: 2, facesInView: 3 });
    expect(s.perFrameFigures().faces).toBe(0);
    expect(s.summary().optOuts.map((o) => o.track)).toEqual([1, 2]);
  });

  it('on a synthetic shake, removes that person only, with all their frames', () => {
    const random = seededRandom(1);
    const shaker = sequence([still(1500, random), shake(30, 1.5, 3), still(2000, random)], { fps: 15, eyeDistance: 40, noisePx: 0.5 }, random);
    const s = new CountingSession();
    for (const f of shaker) {
      s.update(frameAt(f.t, [{ box: f.box, keypoints: f.keypoints, score: 0.9, mask: 'without_mask', maskScore: 0.9 }, face(450, 'with_mask')]));
    }
    expect(s.events).toHaveLength(1);
    expect(s.events[0]).toMatchObject({ track: 1, by: 'shake' });
    expect(s.events[0].t).toBeGreaterThan(1500);
    expect(s.view().find((v) => v.id === 1)).toMatchObject({ optedOut: true, mask: 'unknown' });
    expect(s.view().find((v) => v.id === 2)?.shake?.trace.length).toBeGreaterThan(10);
    const summary = s.summary();
    expect(summary).toMatchObject({ passes: 1, withMask: 1, withoutMask: 0, optOuts: [{ track: 1 }] });
    expect(s.perFrameFigures()).toMatchObject({ faces: shaker.length, withoutMask: 0 });
  });

  it('at a video cut (a large scene change), ends every pass in view, and no shake reading spans the cut', () => {
    const s = new CountingSession();
    const cutAt = 30;
    // Two people, the same boxes on both sides of the cut: only the scene change tells the cut.
    for (let i = 0; i < 60; i++) {
      s.update({ ...frameAt(i * 66, [face(100), face(400)]), sceneChange: i === cutAt ? 80 : 1 });
    }
    expect(s.view().map((v) => v.id)).toEqual([3, 4]);
    expect(s.view().every((v) => (v.shake?.trace.length ?? 0) < 60 - cutAt)).toBe(true);
    expect(s.summary()).toMatchObject({ passes: 4, optOuts: [] });
    // Without the signal (a frame with no scene change, or a small one), the same frames are two passes.
    const without = new CountingSession();
    feed(without, 60, () => [face(100), face(400)]);
    expect(without.summary().passes).toBe(2);
  });

  it('resets to nothing', () => {
    const s = new CountingSession();
    feed(s, 30, () => [face(100)]);
    s.reset();
    expect(s.figures()).toMatchObject({ passes: 0, facesInView: 0 });
    expect(s.buckets.buckets).toEqual({});
  });
});

describe('CountingSession on the real keypoint fixtures', () => {
  const run = (name: string): ReturnType<CountingSession['summary']> => {
    const s = new CountingSession();
    for (const f of loadFixture(name)) s.update({ ...frameAt(f.t, f.faces.map((x) => ({ ...x }))), sceneChange: f.sceneChange });
    return s.summary();
  };

  it('head-shake: one person, opted out early inside the shake window, not counted', () => {
    const summary = run('head-shake');
    expect(summary.optOuts).toHaveLength(1);
    expect(summary.optOuts[0].t).toBeGreaterThan(0);
    expect(summary.optOuts[0].t).toBeLessThan(2);
    expect(summary.passes).toBe(0);
  });

  it.each(['head-nod', 'head-still', 'face-talking', 'face-smiling'])('%s: one pass, no opt-out', (name) => {
    const summary = run(name);
    expect(summary.optOuts).toEqual([]);
    expect(summary.passes).toBe(1);
    // No mask classifier ran on the fixtures: the pass is unknown, not guessed.
    expect(summary.unknown).toBe(1);
  });
});

describe('CountingSession, faces the classifier cannot judge (issue 27)', () => {
  const unsure = (x: number, mask: MaskLabel): ClassifiedFace => ({ ...face(x, mask), maskScore: PASS_PARAMS.minFaceProbability - 0.1 });

  it('counts an unsure face under no class, per frame and per pass, and says why the pass is unknown', () => {
    const s = new CountingSession();
    feed(s, 30, () => [unsure(100, 'with_mask')]);
    const view = s.view()[0];
    expect(view.frame?.label).toBe('unknown');
    expect(view).toMatchObject({ mask: 'unknown', unknownReason: 'unsure' });
    const counts = s.counts();
    expect(counts).toMatchObject({ frameWithMask: 0, frameUnknown: 30, faceFrames: 30 });
    const summary = s.summary();
    expect(summary).toMatchObject({ passes: 1, withMask: 0, unknown: 1 });
    expect(summary.unknownWhy).toEqual({ 'too-brief': 0, 'not-classified': 0, 'too-small': 0, unsure: 1, undecided: 0 });
  });

  it('never votes a mostly unsure bare face "with mask" from a few sure frames', () => {
    const s = new CountingSession();
    feed(s, 40, (i) => [i % 5 === 0 ? face(100, 'with_mask') : unsure(100, 'without_mask')]);
    expect(s.summary()).toMatchObject({ passes: 1, withMask: 0, unknown: 1, unknownWhy: { unsure: 1 } });
  });

  it('keeps the unknown reasons in the figures, summing to the unknown passes', () => {
    const s = new CountingSession();
    feed(s, 30, () => [face(100, 'without_mask', 30), unsure(400, 'with_mask')]);
    s.finish();
    const f = s.figures();
    expect(f).toMatchObject({ unknown: 2, unknownTooSmall: 1, unknownUnsure: 1 });
  });
});

describe('CountingSession events', () => {
  const kinds = (s: CountingSession, t: number, faces: ClassifiedFace[]) => s.update(frameAt(t, faces)).events.map((e) => (e.kind === 'verdict' ? `verdict:${e.label}` : e.kind));

  it('a pass when a track is confirmed, a verdict once its vote is decided, then nothing while nothing changes', () => {
    const s = new CountingSession();
    const seen: string[][] = [];
    for (let i = 0; i < 12; i++) seen.push(kinds(s, i * 100, [face(100, 'without_mask')]));
    // Confirmed on the 3rd frame; decided on the 5th (400 ms of pass, 3 sure frames).
    expect(seen.flat()).toEqual(['pass', 'verdict:without_mask']);
    expect(seen[2]).toEqual(['pass']);
    expect(seen.findIndex((e) => e.length && e[0].startsWith('verdict'))).toBe(4);
    // The vote changes: one verdict event, when the new label has two thirds of the sure frames.
    const changed: string[] = [];
    for (let i = 12; i < 60; i++) changed.push(...kinds(s, i * 100, [face(100, 'with_mask')]));
    expect(changed).toEqual(['verdict:with_mask']);
  });

  it('opting out a face not yet confirmed is an opt-out, never a pass (the workshop once read it as one)', () => {
    const s = new CountingSession();
    kinds(s, 0, [face(100)]);
    kinds(s, 100, [face(100)]);
    const events = s.optOutAllInView(150);
    expect(events.map((e) => e.kind)).toEqual(['opt-out']);
    // Its later frames are ignored: no pass ever follows for that track.
    const later: string[] = [];
    for (let i = 2; i < 20; i++) later.push(...kinds(s, i * 100, [face(100)]));
    expect(later).toEqual([]);
    expect(s.figures()).toMatchObject({ passes: 0, optedOut: 1 });
  });

  it('a face that appears during the pause after "Don\'t count me" gives no event', () => {
    const s = new CountingSession();
    s.optOutAllInView(0, 5000);
    const during: string[] = [];
    for (let i = 0; i < 30; i++) during.push(...kinds(s, i * 100, [face(100)]));
    expect(during).toEqual([]);
  });
});
