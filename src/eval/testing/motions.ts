/**
 * Head motions over time for the shake tests: a shake, and the ordinary motions that must not read as one
 * (still, slow turns, glances, nods, talking, laughing, pulling faces, walking past, looking both ways, a handheld
 * camera shaking). Each is a pose as a function of time from its start; `sequence` strings them together and
 * samples them at a frame rate.
 */
import type { Box, Point } from '../../logic/geometry';
import { between, gaussian } from './random';
import { deg, renderHead, type Expression, type HeadPose } from './synthetic-head';

/** What a segment sets at one instant, on top of the neutral frontal pose. */
export interface MotionPose extends Partial<HeadPose>, Partial<Expression> {
  /** The whole face moved in the image without turning, eye distances to the right (camera shake, a step aside). */
  dx?: number;
  /** Keypoint noise multiplier (motion blur makes the detector's keypoints worse), 1 when absent. */
  noiseGain?: number;
}

export type Motion = (tMs: number) => MotionPose;

export interface Segment {
  kind: string;
  durationMs: number;
  motion: Motion;
}

/** Smooth 0→1 ramp over [0, 1] (half a cosine), so turns start and stop without a jerk. */
const ease = (u: number): number => (u <= 0 ? 0 : u >= 1 ? 1 : (1 - Math.cos(Math.PI * u)) / 2);

/**
 * A "no": `cycles` left-right cycles of ±`amplitudeDeg` at `hz`. Amplitude fades in and out over a quarter cycle,
 * as a real head starts and stops; the head turns about the neck, so the face also moves sideways (about one eye
 * distance per radian). `irregularity` (0–1) makes each half-swing's amplitude and duration differ by up to that
 * fraction and adds a small nod at twice the rate: real shakes are neither sine waves nor pure yaw (head-shake's
 * half-periods run from 0.27 to 0.40 s).
 */
export function shake(amplitudeDeg: number, hz: number, cycles: number, phase = 0, irregularity = 0, random: () => number = Math.random): Segment {
  const halfCount = Math.max(1, Math.round(2 * cycles));
  const halves = Array.from({ length: halfCount }, () => ({
    ms: (500 / hz) * (1 + irregularity * (2 * random() - 1)),
    gain: 1 + irregularity * (2 * random() - 1),
  }));
  const durationMs = halves.reduce((sum, h) => sum + h.ms, 0);
  const pitchWobble = deg(3 * irregularity * random());
  const rampMs = 250 / hz;
  return {
    kind: 'shake',
    durationMs,
    motion: (t) => {
      // Which half-swing t falls in, and how far through it: the phase runs π per half-swing, whatever its length.
      let k = 0;
      let start = 0;
      while (k < halves.length - 1 && t >= start + halves[k].ms) start += halves[k++].ms;
      const u = Math.min(1, Math.max(0, (t - start) / halves[k].ms));
      const envelope = Math.max(0, Math.min(1, t / rampMs, (durationMs - t) / rampMs));
      const angle = phase + Math.PI * (k + u);
      const yaw = deg(amplitudeDeg) * envelope * halves[k].gain * Math.sin(angle);
      return { yaw, dx: Math.sin(yaw), pitch: envelope * pitchWobble * Math.sin(2 * angle) };
    },
  };
}

export function still(durationMs: number, random: () => number): Segment {
  const a = deg(between(random, 0, 3));
  const f = between(random, 0.1, 0.4);
  return { kind: 'still', durationMs, motion: (t) => ({ yaw: a * Math.sin(2 * Math.PI * f * (t / 1000)) }) };
}

/** Turns slowly to one side (to look at a stall), stays, turns back: every segment starts and ends facing ahead. */
export function slowTurn(random: () => number): Segment {
  const to = deg(between(random, -60, 60));
  const turn = between(random, 1000, 3000);
  const hold = between(random, 500, 3000);
  const durationMs = 2 * turn + hold;
  return {
    kind: 'slow turn',
    durationMs,
    motion: (t) => ({ yaw: to * (t < turn + hold ? ease(t / turn) : 1 - ease((t - turn - hold) / turn)) }),
  };
}

/** 1 in the middle of a segment, fading to 0 over `fadeMs` at both ends, so segments join without a jump. */
const fade = (t: number, durationMs: number, fadeMs = 250): number => Math.max(0, Math.min(1, t / fadeMs, (durationMs - t) / fadeMs));

/** Looks to one side and back: one excursion, so at most one reversal. */
export function glance(random: () => number): Segment {
  const to = deg(between(random, 20, 50)) * (random() < 0.5 ? -1 : 1);
  const turn = between(random, 250, 600);
  const hold = between(random, 200, 1500);
  const durationMs = 2 * turn + hold;
  return {
    kind: 'glance',
    durationMs,
    motion: (t) => ({ yaw: to * (t < turn + hold ? ease(t / turn) : 1 - ease((t - turn - hold) / turn)) }),
  };
}

export function nod(random: () => number): Segment {
  const a = deg(between(random, 8, 20));
  const f = between(random, 1, 2.5);
  const wobble = deg(between(random, 0, 4));
  const roll = deg(between(random, 0, 8));
  const durationMs = between(random, 1000, 3500);
  return {
    kind: 'nod',
    durationMs,
    motion: (t) => {
      const s = t / 1000;
      const k = fade(t, durationMs);
      return { pitch: k * a * Math.sin(2 * Math.PI * f * s), yaw: k * wobble * Math.sin(2 * Math.PI * f * s + 1), roll: k * roll * Math.sin(2 * Math.PI * 0.3 * s) };
    },
  };
}

/** Talking: small quick head movements (a few degrees at several Hz), as speech moves the head. */
export function talking(random: () => number): Segment {
  const parts = [0, 1, 2].map(() => ({ a: deg(between(random, 1, 4)), f: between(random, 1.5, 5), p: between(random, 0, 6) }));
  const durationMs = between(random, 2000, 6000);
  return {
    kind: 'talking',
    durationMs,
    motion: (t) => {
      const s = t / 1000;
      const sum = (k: number): number => parts.reduce((acc, { a, f, p }) => acc + a * Math.sin(2 * Math.PI * f * s + p + k), 0);
      const k = fade(t, durationMs);
      return { yaw: k * sum(0), pitch: k * sum(2) };
    },
  };
}

/**
 * Walks across the view, face following the camera (yaw sweeping through), with gait bob and sway. It starts and
 * ends turned, so it is a visit of its own (a track starts when the face enters), not a segment between others.
 */
export function walkPast(random: () => number, width = 640): Segment {
  const durationMs = between(random, 2500, 5000);
  const from = deg(between(random, 20, 45));
  const dir = random() < 0.5 ? -1 : 1;
  const step = between(random, 1.6, 2.2);
  return {
    kind: 'walk past',
    durationMs,
    motion: (t) => {
      const u = t / durationMs;
      const s = t / 1000;
      return {
        cx: width / 2 + dir * (u - 0.5) * width * 0.8,
        yaw: dir * from * (1 - 2 * u),
        pitch: deg(3) * Math.sin(2 * Math.PI * step * s),
        roll: deg(3) * Math.sin(Math.PI * step * s),
      };
    },
  };
}

/**
 * Pulling faces with the head still: lips pushed to one side and the other, a wide smile or puffed cheeks, a pout,
 * back and forth at 0.3–2 Hz; the detector's nose tip follows the upper lip by up to 40 %, and the head moves a
 * little as it does when talking.
 */
export function pullingFaces(random: () => number): Segment {
  const shift = between(random, 0.08, 0.3);
  const widen = between(random, -0.1, 0.25);
  const drag = between(random, 0, 0.4);
  const f = between(random, 0.3, 2);
  const fw = between(random, 0.2, 1);
  const head = talking(random);
  const durationMs = between(random, 2000, 8000);
  return {
    kind: 'pulling faces',
    durationMs,
    motion: (t) => {
      const s = t / 1000;
      const k = fade(t, durationMs);
      const mouthShift = k * shift * Math.sin(2 * Math.PI * f * s);
      return { ...head.motion(t % head.durationMs), mouthShift, mouthWiden: k * widen * (0.5 - 0.5 * Math.cos(2 * Math.PI * fw * s)), noseShift: drag * mouthShift };
    },
  };
}

/** Laughing: the head tips back and forth quickly (pitch at 3–5 Hz), the mouth widens, the head turns a little. */
export function laughing(random: () => number): Segment {
  const a = deg(between(random, 3, 12));
  const f = between(random, 3, 5);
  const wobble = deg(between(random, 0, 6));
  const fy = between(random, 0.5, 2);
  const widen = between(random, 0.05, 0.25);
  const durationMs = between(random, 1000, 4000);
  return {
    kind: 'laughing',
    durationMs,
    motion: (t) => {
      const s = t / 1000;
      const k = fade(t, durationMs);
      return { pitch: k * a * Math.sin(2 * Math.PI * f * s), yaw: k * wobble * Math.sin(2 * Math.PI * fy * s), mouthWiden: k * widen };
    },
  };
}

/**
 * A handheld camera shaking from side to side: the whole face moves in the image (up to 1.5 eye distances each way,
 * at 2–7 Hz) without the head turning, the keypoints get worse with the blur (noise up to 2×), and the head moves
 * as it does when talking.
 */
export function cameraShake(random: () => number): Segment {
  const a = between(random, 0.2, 1.5);
  const f = between(random, 2, 7);
  const blur = between(random, 1, 2);
  const head = talking(random);
  const durationMs = between(random, 2000, 8000);
  return {
    kind: 'camera shake',
    durationMs,
    motion: (t) => {
      const k = fade(t, durationMs);
      const dx = k * a * Math.sin(2 * Math.PI * f * (t / 1000));
      return { ...head.motion(t % head.durationMs), dx, noiseGain: 1 + (blur - 1) * Math.abs(Math.cos(2 * Math.PI * f * (t / 1000))) * k };
    },
  };
}

/** Looks one way, then the other, then ahead, as before crossing a street. */
export function lookBothWays(random: () => number): Segment {
  const a = deg(between(random, 30, 60));
  const turn = between(random, 300, 600);
  const hold1 = between(random, 400, 1200);
  const hold2 = between(random, 400, 1200);
  const first = random() < 0.5 ? -1 : 1;
  const durationMs = 4 * turn + hold1 + hold2;
  return {
    kind: 'look both ways',
    durationMs,
    motion: (t) => {
      let yaw: number;
      if (t < turn + hold1) yaw = first * a * ease(t / turn);
      else if (t < 3 * turn + hold1) yaw = first * a * (1 - 2 * ease((t - turn - hold1) / (2 * turn)));
      else yaw = -first * a * (1 - ease((t - 3 * turn - hold1 - hold2) / turn));
      return { yaw };
    },
  };
}

/** A random ordinary motion that starts and ends facing ahead (anything but a shake or a walk past). */
export function ordinaryMotion(random: () => number): Segment {
  const makers = [
    (): Segment => still(between(random, 1000, 5000), random),
    slowTurn,
    glance,
    nod,
    talking,
    lookBothWays,
    pullingFaces,
    laughing,
    cameraShake,
  ];
  return makers[Math.floor(random() * makers.length)](random);
}

/**
 * One person's time in view without any shake: either walking past, or standing in front of the camera doing
 * 1–8 ordinary things in a row.
 */
export function ordinaryVisit(random: () => number): Segment[] {
  if (random() < 0.25) return [walkPast(random)];
  const count = 1 + Math.floor(random() * 8);
  return Array.from({ length: count }, () => ordinaryMotion(random));
}

export interface SampledFrame {
  t: number;
  keypoints: Point[];
  box: Box;
  /** Segment kind at this frame. */
  kind: string;
  /** Start of this frame's segment, ms. */
  segmentStart: number;
}

export interface SequenceOptions {
  fps: number;
  eyeDistance: number;
  noisePx: number;
  /** Frame-time jitter as a fraction of the frame interval (real cameras and busy CPUs are not regular). */
  timingJitter?: number;
  /** Slow yaw drift added under everything, degrees per second (someone turning while they walk). */
  driftDegPerS?: number;
  /** A constant roll, radians (a tilted head or camera). */
  roll?: number;
}

/** Samples consecutive segments at a frame rate; segment poses add to a neutral frontal pose. */
export function sequence(segments: readonly Segment[], options: SequenceOptions, random: () => number): SampledFrame[] {
  const noise = gaussian(random);
  const frames: SampledFrame[] = [];
  const interval = 1000 / options.fps;
  let start = 0;
  let t = 0;
  for (const segment of segments) {
    const end = start + segment.durationMs;
    while (t < end) {
      const local = segment.motion(t - start);
      const pose: HeadPose = {
        cx: (local.cx ?? 320) + (local.dx ?? 0) * options.eyeDistance,
        cy: 240,
        eyeDistance: options.eyeDistance,
        yaw: (options.driftDegPerS ? deg(options.driftDegPerS) * (t / 1000) : 0) + (local.yaw ?? 0),
        pitch: local.pitch ?? 0,
        roll: (options.roll ?? 0) + (local.roll ?? 0),
      };
      const expression = { mouthShift: local.mouthShift ?? 0, mouthWiden: local.mouthWiden ?? 0, noseShift: local.noseShift ?? 0 };
      const { keypoints, box } = renderHead(pose, noise, options.noisePx * (local.noiseGain ?? 1), expression);
      frames.push({ t, keypoints, box, kind: segment.kind, segmentStart: start });
      t += interval * (1 + (options.timingJitter ?? 0) * (random() - 0.5));
    }
    start = end;
  }
  return frames;
}
