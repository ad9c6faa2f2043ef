import { describe, expect, it } from 'vitest';
import type { Box } from './geometry';
import { TRACKER_PARAMS, Tracker, sizeJumped } from './tracker';
import { gaussian, seededRandom } from '../eval/testing/random';

const FRAME_MS = 1000 / 15;

/** Runs `frames` frames through a tracker; `boxesAt(i, t)` gives frame i's detections. Returns the id per detection per frame. */
function run(frames: number, boxesAt: (i: number, t: number) => Box[], tracker = new Tracker()): { ids: number[][]; tracker: Tracker; confirmedIds: Set<number> } {
  const ids: number[][] = [];
  const confirmedIds = new Set<number>();
  for (let i = 0; i < frames; i++) {
    const t = i * FRAME_MS;
    const update = tracker.update(boxesAt(i, t), t);
    ids.push(update.trackOfDetection.map((track) => track.id));
    for (const track of update.confirmed) confirmedIds.add(track.id);
  }
  return { ids, tracker, confirmedIds };
}

const face = (x: number, y: number, size = 80): Box => ({ x, y, w: size, h: size });

describe('Tracker', () => {
  it('keeps two people apart when they cross, even while one hides the other', () => {
    // A walks right, B walks left, 240 px/s, on nearly the same line; while their boxes overlap heavily the
    // detector sees only the face in front (B), as YuNet's non-maximum suppression does.
    const speed = 0.24; // px per ms
    const at = (t: number): { a: Box; b: Box } => ({ a: face(20 + speed * t, 200), b: face(540 - speed * t, 210) });
    const result = run(45, (_i, t) => {
      const { a, b } = at(t);
      const hidden = Math.abs(a.x - b.x) < 40;
      return hidden ? [b] : [a, b];
    });
    expect(result.confirmedIds.size).toBe(2);
    const aIds = new Set(result.ids.filter((f) => f.length === 2).map((f) => f[0]));
    const bIds = new Set(result.ids.map((f) => f[f.length - 1]));
    expect(aIds.size).toBe(1);
    expect(bIds.size).toBe(1);
    expect([...aIds][0]).not.toBe([...bIds][0]);
  });

  it('keeps a walking person through an occlusion shorter than maxUnseenMs (prediction carries the box)', () => {
    // 0.6 s behind a pillar at 300 px/s: the face reappears 180 px further on, far outside its last box.
    const result = run(60, (i, t) => (i >= 20 && i < 29 ? [] : [face(10 + 0.3 * t, 150)]));
    expect(result.confirmedIds.size).toBe(1);
    expect(new Set(result.ids.flat()).size).toBe(1);
  });

  it('makes a second pass of a person who leaves and comes back: no re-identification', () => {
    const result = run(120, (i) => (i < 30 || i >= 60 ? [face(300, 200)] : []));
    expect(result.confirmedIds.size).toBe(2);
    expect(result.ids[0][0]).not.toBe(result.ids[119][0]);
  });

  it('ends every track at once (a video cut), and the next ones get new ids', () => {
    const tracker = new Tracker();
    for (let t = 0; t < 300; t += 66) tracker.update([{ x: 100, y: 100, w: 80, h: 80 }, { x: 300, y: 100, w: 80, h: 80 }], t);
    expect(tracker.endAll().map((track) => track.id)).toEqual([1, 2]);
    expect(tracker.tracks).toEqual([]);
    const { trackOfDetection, dropped } = tracker.update([{ x: 100, y: 100, w: 80, h: 80 }], 330);
    expect(trackOfDetection[0].id).toBe(3);
    expect(dropped).toEqual([]);
  });

  it('drops a confirmed track after about a second unseen, not before', () => {
    const tracker = new Tracker();
    for (let i = 0; i < 5; i++) tracker.update([face(100, 100)], i * 100);
    expect(tracker.tracks[0].confirmed).toBe(true);
    expect(tracker.update([], 400 + TRACKER_PARAMS.maxUnseenMs).dropped).toHaveLength(0);
    expect(tracker.update([], 401 + TRACKER_PARAMS.maxUnseenMs).dropped.map((t) => t.id)).toEqual([1]);
    expect(tracker.tracks).toHaveLength(0);
  });

  it('holds one track on a still face whose box jitters by several pixels for 20 s', () => {
    const noise = gaussian(seededRandom(7));
    const result = run(300, () => {
      const size = 90 + 3 * noise();
      return [{ x: 300 + 4 * noise(), y: 200 + 4 * noise(), w: size, h: size }];
    });
    expect(new Set(result.ids.flat()).size).toBe(1);
  });

  it('holds one track through a flicker of missed frames, even after jitter gave it a spurious velocity', () => {
    const random = seededRandom(11);
    const noise = gaussian(random);
    // A third of frames missed at random, and one 0.8 s gap: the jitter velocity extrapolated over 0.8 s must not lose it.
    const result = run(300, (i) => {
      if (random() < 0.33 || (i >= 100 && i < 112)) return [];
      return [face(300 + 5 * noise(), 200 + 5 * noise(), 70)];
    });
    expect(new Set(result.ids.flat()).size).toBe(1);
    expect(result.confirmedIds.size).toBe(1);
  });

  it('never confirms a one- or two-frame false detection', () => {
    const result = run(30, (i) => (i === 3 || i === 4 ? [face(500, 50, 40)] : i === 20 ? [face(10, 300, 40)] : []));
    expect(result.confirmedIds.size).toBe(0);
  });

  it('gives each of three side-by-side faces its own stable track', () => {
    const result = run(60, () => [face(50, 100), face(250, 100), face(450, 100)]);
    expect(result.confirmedIds.size).toBe(3);
    for (const ids of result.ids) expect(ids).toEqual([1, 2, 3]);
  });

  it('ends the track at a video cut to a face of another size at the same place: a new pass starts', () => {
    // 1.4× wider, same centre: the boxes overlap by 0.51 (above minIou), but no face grows that much in 67 ms.
    const result = run(60, (i) => (i < 30 ? [face(300, 200, 100)] : [face(280, 180, 140)]));
    expect(result.confirmedIds.size).toBe(2);
    expect(result.ids[29][0]).not.toBe(result.ids[30][0]);
    expect(new Set(result.ids.slice(30).flat()).size).toBe(1);
    // The first face's track ends (unseen) a second later.
    expect(result.tracker.tracks.map((t) => t.id)).toEqual([result.ids[59][0]]);
  });

  it.each([10, 30])('keeps one track on a face walking towards the camera at 1.5 m/s from 3 m to 1 m (%i fps)', (fps) => {
    // Box width ∝ 1 / distance: 60 px at 3 m, 180 px at 1 m, in 1.33 s.
    const tracker = new Tracker();
    const ids = new Set<number>();
    for (let t = 0; t <= 2000 / 1.5; t += 1000 / fps) {
      const w = (60 * 3) / (3 - 1.5 * (t / 1000));
      ids.add(tracker.update([face(320 - w / 2, 240 - w / 2, w)], t).trackOfDetection[0].id);
    }
    expect([...ids]).toEqual([1]);
  });

  it('keeps one track through box-size jitter of up to ±12 % a frame', () => {
    const random = seededRandom(5);
    const result = run(300, () => [face(300, 200, 100 * (1 + 0.24 * (random() - 0.5)))]);
    expect(new Set(result.ids.flat()).size).toBe(1);
  });

  it('tells a size jump from growth by the time between sightings', () => {
    const last = face(300, 200, 100);
    expect(sizeJumped(last, face(290, 190, 120), 67)).toBe(false);
    expect(sizeJumped(last, face(280, 180, 140), 67)).toBe(true);
    expect(sizeJumped(last, face(280, 180, 70), 67)).toBe(true);
    // Unseen for 0.8 s while walking closer: 1.25 × e^(1.5 × 0.8) ≈ 4× allowed, the overlap decides.
    expect(sizeJumped(last, face(280, 180, 140), 800)).toBe(false);
  });
});
