import { describe, expect, it } from 'vitest';
import type { Box, Point } from './geometry';
import { SHAKE_PARAMS, ShakeDetector, headAngles, type ShakeStatus } from './shake';
import { glance, lookBothWays, nod, sequence, shake, slowTurn, still, talking, walkPast, type SampledFrame, type Segment } from './testing/motions';
import { loadFixture, type DumpedFrame } from './testing/fixtures';
import { seededRandom } from './testing/random';
import { deg, renderHead } from './testing/synthetic-head';

/** Runs a detector over frames; returns the times (ms) of registered shakes and every status seen. */
function detect(frames: readonly { t: number; keypoints: Point[]; box: Box }[]): { shakes: number[]; statuses: Set<ShakeStatus> } {
  const detector = new ShakeDetector();
  const shakes: number[] = [];
  const statuses = new Set<ShakeStatus>();
  for (const f of frames) {
    const update = detector.update(f.keypoints, f.box, f.t);
    statuses.add(update.status);
    if (update.shake) shakes.push(f.t);
  }
  return { shakes, statuses };
}

const base = { fps: 15, eyeDistance: 40, noisePx: 0.8 };
const lead = (random: () => number): Segment => still(1200, random);

describe('headAngles', () => {
  it('reads the turn angle (ratio ≈ 0.45·tan(angle)), unchanged by roll and by face size', () => {
    for (const roll of [0, deg(25), deg(-40)]) {
      for (const eyeDistance of [20, 80]) {
        const { keypoints } = renderHead({ cx: 300, cy: 200, eyeDistance, yaw: deg(30), pitch: 0, roll });
        expect(headAngles(keypoints)?.yawRatio).toBeCloseTo(0.45 * Math.tan(deg(30)), 5);
        expect(headAngles(keypoints)?.yaw).toBeCloseTo(30, 5);
      }
    }
  });

  it('reads a nod as pitch, not yaw', () => {
    const up = renderHead({ cx: 300, cy: 200, eyeDistance: 40, yaw: 0, pitch: deg(-15), roll: deg(20) });
    const down = renderHead({ cx: 300, cy: 200, eyeDistance: 40, yaw: 0, pitch: deg(15), roll: deg(20) });
    const a = headAngles(up.keypoints);
    const b = headAngles(down.keypoints);
    expect(a?.yaw).toBeCloseTo(0, 6);
    expect(b?.yaw).toBeCloseTo(0, 6);
    // ≈ 30° apart (the slope is linearised at 0)
    expect((b?.pitch ?? 0) - (a?.pitch ?? 0)).toBeGreaterThan(25);
  });
});

describe('ShakeDetector on synthetic sequences', () => {
  it.each([
    [25, 1.5, 15],
    [20, 1, 10],
    [35, 2.5, 30],
    [40, 0.8, 15],
    [30, 2, 24],
  ])('detects a ±%i° shake at %f Hz and %i fps, once, during the shake', (amplitude, hz, fps) => {
    const random = seededRandom(amplitude * 100 + fps);
    const frames = sequence([lead(random), shake(amplitude, hz, 3), still(3000, random)], { ...base, fps }, random);
    const shakeStart = 1200;
    const shakeEnd = shakeStart + (3 / hz) * 1000;
    const { shakes } = detect(frames);
    expect(shakes).toHaveLength(1);
    expect(shakes[0]).toBeGreaterThan(shakeStart);
    expect(shakes[0]).toBeLessThanOrEqual(shakeEnd);
  });

  it('detects a shake through heavy keypoint noise, a tilted head and while turning slowly', () => {
    const random = seededRandom(3);
    const frames = sequence([lead(random), shake(30, 1.5, 3)], { ...base, noisePx: 1.5, roll: deg(20), driftDegPerS: 10 }, random);
    expect(detect(frames).shakes).toHaveLength(1);
  });

  it('ignores a shake too small to be a deliberate "no" (±7°)', () => {
    const random = seededRandom(4);
    expect(detect(sequence([lead(random), shake(7, 1.5, 4)], base, random)).shakes).toHaveLength(0);
  });

  it.each<[string, (r: () => number) => Segment]>([
    ['a slow turn', slowTurn],
    ['a nod', nod],
    ['one look to the side while walking past', glance],
    ['walking past the camera', walkPast],
    ['talking', talking],
    ['looking both ways', lookBothWays],
  ])('does not fire on %s (50 random variants)', (_name, make) => {
    for (let seed = 1; seed <= 50; seed++) {
      const random = seededRandom(seed);
      const frames = sequence([lead(random), make(random), still(1500, random)], base, random);
      expect(detect(frames).shakes, `seed ${seed}`).toHaveLength(0);
    }
  });

  it('refuses to decide below the minimum frame rate and says so', () => {
    const random = seededRandom(5);
    const frames = sequence([lead(random), shake(35, 1, 4)], { ...base, fps: 6 }, random);
    const { shakes, statuses } = detect(frames);
    expect(shakes).toHaveLength(0);
    expect(statuses.has('too-slow')).toBe(true);
    expect(statuses.has('reading')).toBe(false);
  });

  it('refuses on faces too small for their keypoints', () => {
    const random = seededRandom(6);
    const { shakes, statuses } = detect(sequence([lead(random), shake(35, 1.5, 4)], { ...base, eyeDistance: 12 }, random));
    expect(shakes).toHaveLength(0);
    expect([...statuses]).toEqual(['too-small']);
  });

  it('registers a long shake once per cooldown, not on every swing', () => {
    const random = seededRandom(8);
    const frames = sequence([lead(random), shake(30, 1.5, 12)], base, random);
    const { shakes } = detect(frames);
    expect(shakes.length).toBeGreaterThanOrEqual(2);
    for (let i = 1; i < shakes.length; i++) expect(shakes[i] - shakes[i - 1]).toBeGreaterThanOrEqual(SHAKE_PARAMS.cooldownMs);
  });

  it('exposes a trace of the last few seconds for the page to draw', () => {
    const random = seededRandom(9);
    const detector = new ShakeDetector();
    for (const f of sequence([lead(random), shake(30, 1.5, 2), still(4000, random)], base, random)) detector.update(f.keypoints, f.box, f.t);
    const trace = detector.trace;
    expect(trace.length).toBeGreaterThan(50);
    expect(trace[trace.length - 1].t - trace[0].t).toBeLessThanOrEqual(SHAKE_PARAMS.traceMs);
    expect(detector.params.threshold).toBe(SHAKE_PARAMS.threshold);
  });
});

describe('ShakeDetector on real keypoints (BlazeFace on the labeled clips)', () => {
  const firstFace = (frames: DumpedFrame[]): SampledFrame[] =>
    frames.flatMap((f) => (f.faces[0] ? [{ t: f.t, keypoints: f.faces[0].keypoints, box: f.faces[0].box, kind: '', segmentStart: 0 }] : []));

  it('fires inside the labeled shake window of head-shake (0–10 s)', () => {
    const { shakes } = detect(firstFace(loadFixture('head-shake')));
    expect(shakes.length).toBeGreaterThanOrEqual(1);
    for (const t of shakes) expect(t).toBeLessThanOrEqual(10_000);
    // The first registration comes within about two swings of the start.
    expect(shakes[0]).toBeLessThan(2000);
  });

  it.each(['head-nod', 'head-still', 'face-talking', 'face-smiling'])('never fires on %s', (name) => {
    expect(detect(firstFace(loadFixture(name))).shakes).toEqual([]);
  });
});
