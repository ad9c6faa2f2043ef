/**
 * The measurement behind the README's "Head-shake opt-out" figures: detection rate over many randomized seeded
 * synthetic shakes, and false opt-outs per 10 minutes over randomized ordinary motion. It asserts the targets
 * (≥ 95 % detected, ≤ 1 false opt-out per 10 min) and prints the figures (`npx vitest run src/logic/shake.rates`).
 */
import { describe, expect, it } from 'vitest';
import { ShakeDetector } from './shake';
import { ordinaryVisit, sequence, shake, still, type SequenceOptions } from './testing/motions';
import { between, seededRandom } from './testing/random';
import { deg } from './testing/synthetic-head';

const FRAME_RATES = [10, 15, 20, 30];

/** Camera and face conditions drawn at random: a webcam at various frame rates, near and far faces, tilted heads. */
function conditions(random: () => number): SequenceOptions {
  // Faces from the smallest the detector reads (16 px between the eyes, boxes ≈ 36 px) to a close webcam face.
  const eyeDistance = between(random, 16, 70);
  return {
    fps: FRAME_RATES[Math.floor(random() * FRAME_RATES.length)],
    eyeDistance,
    // Keypoint jitter scales with the face: BlazeFace's still-face yaw jitter (sd ≈ 0.02) is ≈ 1.8 % of the eye
    // distance per point; drawn up to 3 % (worse light, a smaller face), never under half a pixel.
    noisePx: Math.max(0.5, eyeDistance * between(random, 0.008, 0.03)),
    timingJitter: 0.3,
    roll: deg(between(random, -20, 20)),
  };
}

describe('head-shake rates on randomized synthetic sequences', () => {
  it('detects ≥ 95 % of shakes (±20–45°, 0.8–2.5 Hz, 1.5–3 cycles, 10–30 fps, noise, tilt, slow turning)', () => {
    const trials = 1000;
    let detected = 0;
    const missed: string[] = [];
    for (let seed = 1; seed <= trials; seed++) {
      const random = seededRandom(seed);
      const amplitude = between(random, 20, 45);
      const hz = between(random, 0.8, 2.5);
      const cycles = between(random, 1.5, 3);
      const leadMs = between(random, 1000, 2000);
      const options = { ...conditions(random), driftDegPerS: between(random, -10, 10) };
      const frames = sequence([still(leadMs, random), shake(amplitude, hz, cycles, random() < 0.5 ? 0 : Math.PI), still(1000, random)], options, random);
      const end = leadMs + (cycles / hz) * 1000;
      const detector = new ShakeDetector();
      let hit = false;
      for (const f of frames) {
        if (detector.update(f.keypoints, f.box, f.t).shake && f.t > leadMs && f.t <= end + 300) hit = true;
      }
      if (hit) detected++;
      else missed.push(`seed ${seed}: ±${amplitude.toFixed(0)}° ${hz.toFixed(2)} Hz ×${cycles.toFixed(1)} at ${options.fps} fps`);
    }
    const rate = detected / trials;
    console.log(`shake detection: ${detected}/${trials} = ${(100 * rate).toFixed(1)} %`);
    if (missed.length > 0) console.log(`missed (first 10):\n  ${missed.slice(0, 10).join('\n  ')}`);
    expect(rate).toBeGreaterThanOrEqual(0.95);
  });

  it('registers ≤ 1 false opt-out per 10 minutes of ordinary motion (still, turns, glances, nods, talking, walking past, looking both ways)', () => {
    const targetMs = 5 * 60 * 60 * 1000; // 5 hours of face-in-view time
    let totalMs = 0;
    let falseOptOuts = 0;
    const byKind = new Map<string, number>();
    for (let seed = 1; totalMs < targetMs; seed++) {
      const random = seededRandom(100_000 + seed);
      const frames = sequence(ordinaryVisit(random), conditions(random), random);
      const detector = new ShakeDetector();
      for (const f of frames) {
        if (detector.update(f.keypoints, f.box, f.t).shake) {
          falseOptOuts++;
          byKind.set(f.kind, (byKind.get(f.kind) ?? 0) + 1);
        }
      }
      totalMs += frames.length > 0 ? frames[frames.length - 1].t : 0;
    }
    const per10Min = falseOptOuts / (totalMs / 600_000);
    console.log(
      `false opt-outs: ${falseOptOuts} in ${(totalMs / 3_600_000).toFixed(1)} h of ordinary motion = ${per10Min.toFixed(3)} per 10 min` +
        (byKind.size > 0 ? ` (${[...byKind].map(([k, n]) => `${k}: ${n}`).join(', ')})` : ''),
    );
    expect(per10Min).toBeLessThanOrEqual(1);
  });
});
