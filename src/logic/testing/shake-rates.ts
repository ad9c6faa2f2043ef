/**
 * The measurement behind the head-shake figures (models/shake-figures.json, `npm run eval:shake`): detection rate
 * over many randomized seeded synthetic shakes, false opt-outs per 10 minutes over randomized ordinary motion,
 * and the first shake on each real keypoint clip. Seeded, so every run gives the same figures.
 */
import type { ShakeFigures, ShakeRateConditions } from '../measured-figures';
import { ShakeDetector } from '../shake';
import { loadFixture } from './fixtures';
import { ordinaryVisit, sequence, shake, still, type SequenceOptions } from './motions';
import { between, seededRandom } from './random';
import { deg } from './synthetic-head';

export const SHAKE_RATE_CONDITIONS: ShakeRateConditions = {
  shakes: 1000,
  amplitudeDeg: [20, 45],
  hz: [0.8, 2.5],
  cycles: [1.5, 3],
  fps: [10, 15, 20, 30],
  // Keypoint jitter scales with the face: BlazeFace's still-face yaw jitter (sd ≈ 0.02) is ≈ 1.8 % of the eye
  // distance per point; drawn up to 3 % (worse light, a smaller face), never under half a pixel.
  noiseShare: [0.008, 0.03],
  rollDeg: [-20, 20],
  driftDegPerS: [-10, 10],
  ordinaryMotionMs: 5 * 60 * 60 * 1000,
};

/** What the figures must meet: the test asserts it, the README shows it. */
export const SHAKE_TARGETS = { detectionRate: 0.95, falseOptOutsPer10Min: 1 };

/** The labelled clips whose real keypoints are in src/logic/__fixtures__. */
export const SHAKE_CLIPS = ['head-shake', 'head-nod', 'head-still', 'face-talking', 'face-smiling'];

const range = (random: () => number, [low, high]: number[]): number => between(random, low, high);

/** Camera and face conditions drawn at random: a webcam at various frame rates, near and far faces, tilted heads. */
function conditions(random: () => number, c: ShakeRateConditions): SequenceOptions {
  // Faces from the smallest the detector reads (16 px between the eyes, boxes ≈ 36 px) to a close webcam face.
  const eyeDistance = between(random, 16, 70);
  return {
    fps: c.fps[Math.floor(random() * c.fps.length)],
    eyeDistance,
    noisePx: Math.max(0.5, eyeDistance * range(random, c.noiseShare)),
    timingJitter: 0.3,
    roll: deg(range(random, c.rollDeg)),
  };
}

export interface ShakeRates extends ShakeFigures {
  /** The first missed shakes, to read when the rate drops. */
  missed: string[];
}

export function measureShakeRates(c: ShakeRateConditions = SHAKE_RATE_CONDITIONS): ShakeRates {
  let detected = 0;
  const missed: string[] = [];
  for (let seed = 1; seed <= c.shakes; seed++) {
    const random = seededRandom(seed);
    const amplitude = range(random, c.amplitudeDeg);
    const hz = range(random, c.hz);
    const cycles = range(random, c.cycles);
    const leadMs = between(random, 1000, 2000);
    const options = { ...conditions(random, c), driftDegPerS: range(random, c.driftDegPerS) };
    const frames = sequence([still(leadMs, random), shake(amplitude, hz, cycles, random() < 0.5 ? 0 : Math.PI), still(1000, random)], options, random);
    const end = leadMs + (cycles / hz) * 1000;
    const detector = new ShakeDetector();
    let hit = false;
    for (const f of frames) {
      if (detector.update(f.keypoints, f.box, f.t).shake && f.t > leadMs && f.t <= end + 300) hit = true;
    }
    if (hit) detected++;
    else if (missed.length < 10) missed.push(`seed ${seed}: ±${amplitude.toFixed(0)}° ${hz.toFixed(2)} Hz ×${cycles.toFixed(1)} at ${options.fps} fps`);
  }

  let ordinaryMotionMs = 0;
  let falseOptOuts = 0;
  const byKind: Record<string, number> = {};
  for (let seed = 1; ordinaryMotionMs < c.ordinaryMotionMs; seed++) {
    const random = seededRandom(100_000 + seed);
    const frames = sequence(ordinaryVisit(random), conditions(random, c), random);
    const detector = new ShakeDetector();
    for (const f of frames) {
      if (detector.update(f.keypoints, f.box, f.t).shake) {
        falseOptOuts++;
        byKind[f.kind] = (byKind[f.kind] ?? 0) + 1;
      }
    }
    ordinaryMotionMs += frames.length > 0 ? frames[frames.length - 1].t : 0;
  }

  const clips = SHAKE_CLIPS.map((name) => {
    const detector = new ShakeDetector();
    let firstShakeMs: number | null = null;
    for (const frame of loadFixture(name)) {
      const face = frame.faces[0];
      if (face && detector.update(face.keypoints, face.box, frame.t).shake && firstShakeMs === null) firstShakeMs = frame.t;
    }
    return { name, firstShakeMs };
  });

  return {
    conditions: c,
    detected,
    detectionRate: detected / c.shakes,
    ordinaryMotionMs,
    falseOptOuts,
    falseOptOutsPer10Min: falseOptOuts / (ordinaryMotionMs / 600_000),
    falseOptOutsByKind: byKind,
    clips,
    missed,
  };
}
