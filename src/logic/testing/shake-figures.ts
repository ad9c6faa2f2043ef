/**
 * The measurement behind the head-shake figures (README "Head-shake opt-out", Rules and limits): detection rate per
 * speed and amplitude band over seeded synthetic shakes, time from the start of a shake to the opt-out, false
 * opt-outs per 10 minutes over synthetic ordinary motion (expressions and a shaking camera included) and on the real
 * negative clips, and the real shake clip. Seeded, so it repeats exactly; `npm run eval:shake` writes it to
 * models/shake-figures.json (schema: ShakeFigures) and `shake.rates.test.ts` checks that the file is current.
 */
import { SHAKE_PARAMS, ShakeDetector } from '../shake';
import { wilsonInterval } from '../wilson';
import type { Box, Point } from '../geometry';
import type { ShakeBandFigures, ShakeFigures, ShakeNegativeFigures, ShakeRealClipFigures } from '../measured-figures';
import { loadFixture, type DumpedFrame } from './fixtures';
import { ordinaryVisit, sequence, shake, still, type SampledFrame, type SequenceOptions } from './motions';
import { between, seededRandom } from './random';
import { BOX_PER_EYE_DISTANCE, deg } from './synthetic-head';

/** Speed bands (Hz) and amplitude bands (± degrees) of the "no" the detector must read: 0.5–3 Hz, ±15–45°. */
export const SPEED_BANDS: readonly (readonly [number, number])[] = [
  [0.5, 1],
  [1, 2],
  [2, 3],
];
export const AMPLITUDE_BANDS: readonly (readonly [number, number])[] = [
  [15, 25],
  [25, 35],
  [35, 45],
];
const FRAME_RATES = [10, 12, 15, 20, 24, 30];

/**
 * The real clips (YuNet keypoints in src/logic/__fixtures__) and what each is used for. A clip named in
 * `usedFor` helped choose a parameter; its figure is reported, but not as a held-out figure.
 */
/** The targets: ≥ 95 % of shakes in every band, ≤ 1 false opt-out per 10 min of ordinary motion. */
export const SHAKE_TARGETS = { detectionRate: 0.95, falseOptOutsPer10Min: 1 } as const;

export interface RealClip {
  clip: string;
  /** Labeled shake windows, s (from the JSON beside the clip). */
  shakes: readonly { start: number; end: number }[];
  /** What the clip was used to choose, or null when it was not used for any choice (held out). */
  usedFor: string | null;
}

export const REAL_CLIPS: readonly RealClip[] = [
  { clip: 'head-shake', shakes: [{ start: 0, end: 10 }], usedFor: 'noseDepth (yaw scale against its labeled ±30–40°)' },
  { clip: 'head-still', shakes: [], usedFor: 'threshold (yaw jitter of a still face) and the synthetic keypoint noise' },
  { clip: 'head-nod', shakes: [], usedFor: null },
  { clip: 'face-talking', shakes: [], usedFor: null },
  { clip: 'face-smiling', shakes: [], usedFor: null },
  { clip: 'faces-2-head-tilt', shakes: [], usedFor: 'the rule that a frame is out on a side only if its yaw beats its pitch (a glitch frame in it fired)' },
  { clip: 'real-d13-talk', shakes: [], usedFor: null },
  { clip: 'real-d12-talk-handheld', shakes: [], usedFor: null },
];

/** Camera and face conditions drawn at random: a webcam at various frame rates, faces from the smallest read to one filling the frame, tilted heads. */
export function conditions(random: () => number): SequenceOptions {
  // From the smallest face the shake detector reads (its minFaceWidthPx box) to a face filling a 640×480 frame
  // (≈ 190 px between the eyes), uniform in log size: near and far faces are equally common.
  const smallest = SHAKE_PARAMS.minFaceWidthPx / BOX_PER_EYE_DISTANCE;
  const eyeDistance = smallest * Math.exp(random() * Math.log(190 / smallest));
  return {
    fps: FRAME_RATES[Math.floor(random() * FRAME_RATES.length)],
    eyeDistance,
    // Keypoint jitter scales with the face: YuNet's on the still clip is ≈ 1.1 % of the eye distance per
    // coordinate (head-still), 1.9 % on the talking webcam clip; drawn from 0.8 to 3 %, never under half a pixel.
    noisePx: Math.max(0.5, eyeDistance * between(random, 0.008, 0.03)),
    timingJitter: 0.3,
    roll: deg(between(random, -20, 20)),
  };
}

/** Runs one detector over frames; returns the times (ms) of registered shakes. */
export function shakeTimes(frames: readonly { t: number; keypoints: Point[]; box: Box }[]): number[] {
  const detector = new ShakeDetector();
  const times: number[] = [];
  for (const f of frames) if (detector.update(f.keypoints, f.box, f.t).shake) times.push(f.t);
  return times;
}

/** Splits a dumped clip into one frame list per face, each face going to the nearest box centre of the previous frame. */
export function faceTracks(frames: readonly DumpedFrame[]): SampledFrame[][] {
  const tracks: SampledFrame[][] = [];
  const centre = (b: Box): [number, number] => [b.x + b.w / 2, b.y + b.h / 2];
  for (const frame of frames) {
    const free = new Set(tracks.map((_, i) => i));
    for (const face of frame.faces) {
      const [x, y] = centre(face.box);
      let best = -1;
      let bestDistance = Infinity;
      for (const i of free) {
        const last = tracks[i][tracks[i].length - 1];
        const [lx, ly] = centre(last.box);
        const distance = Math.hypot(x - lx, y - ly);
        if (distance < face.box.w && distance < bestDistance) {
          best = i;
          bestDistance = distance;
        }
      }
      const sample: SampledFrame = { t: frame.t, keypoints: face.keypoints, box: face.box, kind: '', segmentStart: 0 };
      if (best >= 0) {
        tracks[best].push(sample);
        free.delete(best);
      } else tracks.push([sample]);
    }
  }
  return tracks;
}


/** Figures are written to a JSON file the README quotes: 4 decimals are enough for any rate here. */
const round4 = (v: number): number => Math.round(v * 10_000) / 10_000;

const quantile = (values: readonly number[], q: number): number => {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
};

/**
 * One band: `trials` seeded shakes of 2–5 swings (a swing is one side to the other: 1.5–3 cycles), uneven swings,
 * a small nod, slow turning (±5°/s) and the conditions above. A shake counts as detected when an opt-out comes
 * after it starts and at most 300 ms after it ends (the last swing's frames), once.
 */
export function measureBand(hz: readonly number[], amplitudeDeg: readonly number[], trials: number, seed: number): ShakeBandFigures {
  let detected = 0;
  const latencies: number[] = [];
  const byFps: Record<string, number[]> = {};
  for (let i = 0; i < trials; i++) {
    const random = seededRandom(seed + i);
    const frequency = between(random, hz[0], hz[1]);
    const amplitude = between(random, amplitudeDeg[0], amplitudeDeg[1]);
    const swings = 2 + Math.floor(random() * 4);
    const cycles = (swings + 1) / 2;
    const leadMs = between(random, 1000, 2000);
    const options = { ...conditions(random), driftDegPerS: between(random, -5, 5) };
    const segment = shake(amplitude, frequency, cycles, random() < 0.5 ? 0 : Math.PI, between(random, 0, 0.25), random);
    const frames = sequence([still(leadMs, random), segment, still(1000, random)], options, random);
    const end = leadMs + segment.durationMs;
    const hits = shakeTimes(frames).filter((t) => t > leadMs && t <= end + 300);
    const atFps = (byFps[options.fps] ??= [0, 0]);
    atFps[1]++;
    if (hits.length > 0) atFps[0]++;
    if (hits.length > 0) {
      detected++;
      latencies.push(hits[0] - leadMs);
    }
  }
  const { low, high } = wilsonInterval(detected, trials);
  return {
    hz: [...hz],
    amplitudeDeg: [...amplitudeDeg],
    trials,
    detected,
    rate: round4(detected / trials),
    low: round4(low),
    high: round4(high),
    latencyMs: { median: Math.round(quantile(latencies, 0.5)), p90: Math.round(quantile(latencies, 0.9)) },
    byFps,
  };
}


/** False opt-outs over `hours` of seeded ordinary visits (every motion in `ordinaryMotion`, and walking past). */
export function measureNegatives(hours: number, seed: number): ShakeNegativeFigures {
  const targetMs = hours * 3_600_000;
  let totalMs = 0;
  let falseOptOuts = 0;
  const byKind: Record<string, number> = {};
  for (let i = 0; totalMs < targetMs; i++) {
    const random = seededRandom(seed + i);
    const frames = sequence(ordinaryVisit(random), conditions(random), random);
    const detector = new ShakeDetector();
    for (const f of frames) {
      if (detector.update(f.keypoints, f.box, f.t).shake) {
        falseOptOuts++;
        byKind[f.kind] = (byKind[f.kind] ?? 0) + 1;
      }
    }
    totalMs += frames.length > 0 ? frames[frames.length - 1].t : 0;
  }
  return { hours: round4(totalMs / 3_600_000), falseOptOuts, per10Min: round4(falseOptOuts / (totalMs / 600_000)), byKind };
}


export function measureRealClips(): ShakeRealClipFigures[] {
  return REAL_CLIPS.map(({ clip, shakes, usedFor }) => {
    const tracks = faceTracks(loadFixture(clip));
    const optOuts = tracks.flatMap((track) => shakeTimes(track)).map((t) => Math.round(t) / 1000);
    const faceSeconds = tracks.reduce((sum, track) => sum + (track.length > 1 ? track[track.length - 1].t - track[0].t : 0), 0) / 1000;
    const start = shakes[0]?.start;
    const first = start === undefined ? undefined : optOuts.filter((t) => t >= start).sort((a, b) => a - b)[0];
    return { clip, faceSeconds: round4(faceSeconds), optOuts, firstOptOutS: first === undefined || start === undefined ? null : round4(first - start), usedFor };
  });
}


/**
 * The whole measurement, as a plain object (what models/shake-figures.json holds, with the defaults). `seedOffset`
 * draws other shakes and other ordinary motion, to check that the figures are not those of one draw.
 */
export function measureShakeFigures(trialsPerBand = 300, negativeHours = 5, seedOffset = 0): ShakeFigures {
  const bands = SPEED_BANDS.flatMap((hz, i) => AMPLITUDE_BANDS.map((amplitude, j) => measureBand(hz, amplitude, trialsPerBand, seedOffset + 1 + (3 * i + j) * 100_000)));
  const trials = bands.reduce((s, b) => s + b.trials, 0);
  const detected = bands.reduce((s, b) => s + b.detected, 0);
  const clips = measureRealClips();
  const heldOut = clips.filter((c) => c.usedFor === null && REAL_CLIPS.find((r) => r.clip === c.clip)?.shakes.length === 0);
  const minutes = heldOut.reduce((s, c) => s + c.faceSeconds, 0) / 60;
  const falseOptOuts = heldOut.reduce((s, c) => s + c.optOuts.length, 0);
  const interval = wilsonInterval(detected, trials);
  return {
    method: `src/logic/testing/shake-figures.ts: ${trialsPerBand} seeded synthetic shakes per band (2–5 swings, ${FRAME_RATES.join('/')} fps, faces ${SHAKE_PARAMS.minFaceWidthPx}–400 px wide, keypoint noise 0.8–3 % of the eye distance, tilt ±20°, slow turning ±5°/s, uneven swings); ${negativeHours} h of ordinary motion incl. expressions and a shaking camera; real clips = YuNet keypoints in src/logic/__fixtures__`,
    bands,
    detection: { trials, detected, rate: round4(detected / trials), low: round4(interval.low), high: round4(interval.high) },
    syntheticNegatives: measureNegatives(negativeHours, seedOffset + 1_000_000),
    real: {
      clips,
      heldOutNegatives: { clips: heldOut.map((c) => c.clip), minutes: round4(minutes), falseOptOuts, per10Min: minutes > 0 ? round4(falseOptOuts / (minutes / 10)) : NaN },
    },
  };
}
