/**
 * Head-shake "no" detector, one per tracked face: reads a yaw (left-right turn) signal from the five face
 * keypoints over time and decides when it oscillated like a deliberate "no".
 *
 * How a shake is read:
 * 1. Yaw, roll-invariant: the nose's offset from the eye midpoint, projected onto the eye axis and divided by the
 *    inter-ocular distance (so it is the same for a near or far face, and a tilted head does not read as a turn).
 *    That ratio is ≈ 0.45·tan(angle) on an adult face, so it is turned back into degrees (atan), which also keeps
 *    keypoint noise from being magnified at large turns. Pitch (for telling a nod apart) is the nose's drop below
 *    the eye line over the mouth's (the midpoint of the mouth corners).
 * 2. Detrended: a slow moving average (exponential, time-based) is subtracted, so turning to look at a stall or
 *    walking past the camera is not motion; only the quick back-and-forth remains.
 * 3. Hysteresis: the detrended yaw must leave a band ±threshold on one side, then on the other; a reversal is an
 *    entry into the opposite side, so jitter around zero never counts.
 * 4. A shake = at least `reversals` reversals within `windowMs`, each swing back within `maxSwingMs`, while
 *    yaw moved clearly more than pitch (a nod is not a shake).
 * 5. It refuses to decide below `minFps` (a shake cannot be told from noise with a few frames per swing) and on
 *    faces too small for the keypoints to mean anything; then a cooldown.
 *
 * Pure: no DOM, explicit timestamps (ms), geometry only.
 */
import type { Box, Point } from './geometry';
import { KEYPOINT } from './frame';

export const SHAKE_PARAMS = {
  /** Nose tip depth in front of the eyes, in eye distances: 0.45 turns the real shake clip's ±0.25–0.3 ratio into its labeled ±30–40°. */
  noseDepth: 0.45,
  /** Change of the nose/mouth drop ratio per radian of pitch on an average face (≈ 0.34): only used to put pitch in degrees, like yaw, for the nod check. */
  pitchSlope: 0.34,
  /** Detrending time constant: 500 ms keeps ≥ 90 % of a 0.8 Hz swing yet follows a turn that takes a second or more. */
  detrendTauMs: 500,
  /** Half-width of the hysteresis band, degrees: 4–5 × the yaw jitter on a still face (≈ 3°), above the nod clip's yaw wobble, well below a real "no" (±20–40°). */
  threshold: 12,
  /** Two reversals (one side, the other, back) is the smallest motion that is a "no" and not a single glance away and back. */
  reversals: 2,
  /** All three swings within 1.2 s (one full cycle of a ≥ 0.85 Hz "no"): 1.5 s let looking left then right then ahead, quickly, read as a shake ≈ 2× as often in the measurement. */
  windowMs: 1200,
  /** A side expires 800 ms after the signal was last out there: a shake swings back within that (≥ 0.6 Hz); a look held longer is looking, not saying no. */
  maxSwingMs: 800,
  /** Yaw range must be ≥ 1.5 × the pitch range over the swings, so a nod (pitch) or a circular roll of the head is not taken as "no". */
  yawOverPitch: 1.5,
  /** Below 8 frames per second a 1.5 Hz swing gets under 3 frames per side: too few to tell a shake from jitter, so no decision. */
  minFps: 8,
  /** The frame rate is measured over the last second, long enough to smooth one slow frame, short enough to react when the device slows down. */
  fpsWindowMs: 1000,
  /** A gap longer than 400 ms (missed detections) restarts the signal: the head may have moved anywhere meanwhile. */
  maxGapMs: 400,
  /** Faces under 36 px wide (≈ 16 px between the eyes): half a pixel of keypoint jitter is then ≈ 6° of yaw, half the threshold, too noisy to read. The box, not the eye distance, is checked: the eyes close up whenever the head turns. */
  minFaceWidthPx: 36,
  /** After a shake, 3 s without another decision: one "no" is one opt-out, and the trace settles before it can fire again. */
  cooldownMs: 3000,
  /** The live trace keeps 4 s: two or three shake windows, enough to see why one did or did not register. */
  traceMs: 4000,
} as const;

export type ShakeParams = { readonly [K in keyof typeof SHAKE_PARAMS]: number };

/**
 * What the detector can say right now; the page words it.
 * - `warming-up`: fewer than a second of frames, frame rate not known yet;
 * - `reading`: deciding normally;
 * - `too-slow`: the frame rate is below `minFps`, no decision is made;
 * - `too-small`: the face is too small for its keypoints to give a yaw;
 * - `cooldown`: a shake was just registered.
 */
export type ShakeStatus = 'warming-up' | 'reading' | 'too-slow' | 'too-small' | 'cooldown';

export interface TraceSample {
  /** Timestamp, ms. */
  t: number;
  /** Yaw minus its slow trend, degrees: the signal compared with ±threshold. */
  yaw: number;
  /** Pitch minus its slow trend, for the "yaw dominates pitch" check. */
  pitch: number;
  /** Yaw before detrending, degrees. */
  rawYaw: number;
}

export interface ShakeUpdate {
  /** True on the frame where a shake is registered. */
  shake: boolean;
  status: ShakeStatus;
  /** Frames per second measured over the last `fpsWindowMs`, or null while unknown. */
  fps: number | null;
  /** The latest detrended sample, or null when this frame gave none (too small). */
  sample: TraceSample | null;
}

/** Yaw and pitch of a face from its keypoints. */
export interface HeadAngles {
  /**
   * Head turn, degrees: positive when the nose is towards the image-right of the eye midpoint (the subject turning
   * to their left). atan(ratio / noseDepth), so that noise, which the ratio multiplies at large turns, is not.
   */
  yaw: number;
  /** The roll-invariant ratio itself: nose offset along the eye axis over the eye distance. */
  yawRatio: number;
  /** Head tip, degrees (positive: head down), from the nose's drop below the eye line over the mouth's. */
  pitch: number;
  /** Distance between the eyes, px. */
  interOcular: number;
}

const DEG = 180 / Math.PI;

/** Reads yaw and pitch from the five keypoints; null when the keypoints are missing or degenerate. */
export function headAngles(keypoints: readonly Point[], params: ShakeParams = SHAKE_PARAMS): HeadAngles | null {
  const right = keypoints[KEYPOINT.rightEye];
  const left = keypoints[KEYPOINT.leftEye];
  const nose = keypoints[KEYPOINT.nose];
  if (!right || !left || !nose) return null;
  const ax = left[0] - right[0];
  const ay = left[1] - right[1];
  const interOcular = Math.hypot(ax, ay);
  if (!(interOcular > 0)) return null;
  const mx = (left[0] + right[0]) / 2;
  const my = (left[1] + right[1]) / 2;
  const nx = nose[0] - mx;
  const ny = nose[1] - my;
  // Projections onto the eye axis and its normal, over the eye distance: rolling the head in the image plane
  // rotates both vectors together and changes neither.
  const yawRatio = (nx * ax + ny * ay) / (interOcular * interOcular);
  // Pitch over the mouth's drop, not the eye distance: the eye distance shrinks as the head turns and would make
  // every shake look like a nod too; the mouth's drop does not change with yaw.
  const rightMouth = keypoints[KEYPOINT.rightMouth];
  const leftMouth = keypoints[KEYPOINT.leftMouth];
  const mouth = rightMouth && leftMouth
    ? [(rightMouth[0] + leftMouth[0]) / 2, (rightMouth[1] + leftMouth[1]) / 2] as const
    : undefined;
  const noseDrop = (ny * ax - nx * ay) / interOcular;
  const mouthDrop = mouth ? ((mouth[1] - my) * ax - (mouth[0] - mx) * ay) / interOcular : 0;
  const pitchRatio = mouthDrop > 0 ? noseDrop / mouthDrop : 0;

  return {
    yaw: Math.atan(yawRatio / params.noseDepth) * DEG,
    yawRatio,
    pitch: (pitchRatio / params.pitchSlope) * DEG,
    interOcular,
  };
}

/** One tracked face's shake detector. Feed it every frame in which the face was detected, in time order. */
export class ShakeDetector {
  private trendYaw = 0;
  private trendPitch = 0;
  private lastT: number | null = null;
  /** Frame timestamps within the last `fpsWindowMs`, for the frame rate. */
  private frameTimes: number[] = [];
  /** -1, 0 or +1: the side of the band the signal last entered. */
  private side = 0;
  /** Times at which the signal entered a side of the band, newest last (only those that can still count). */
  private entries: number[] = [];
  /** Last time the signal was out on the current side. */
  private lastOut = -Infinity;
  private cooldownUntil = -Infinity;
  private readonly samples: TraceSample[] = [];
  private lastStatus: ShakeStatus = 'warming-up';

  constructor(readonly params: ShakeParams = SHAKE_PARAMS) {}

  /** The detrended trace over the last `traceMs`, oldest first: what the page draws, against ±`params.threshold`. */
  get trace(): readonly TraceSample[] {
    return this.samples;
  }

  /** Times (ms) at which the trace entered a side of the band and may still form part of a shake. */
  get swings(): readonly number[] {
    return this.entries;
  }

  get status(): ShakeStatus {
    return this.lastStatus;
  }

  update(keypoints: readonly Point[], box: Box, timestamp: number): ShakeUpdate {
    const p = this.params;
    if (this.lastT !== null && timestamp - this.lastT > p.maxGapMs) this.restart();

    this.frameTimes.push(timestamp);
    while (this.frameTimes.length > 0 && this.frameTimes[0] < timestamp - p.fpsWindowMs) this.frameTimes.shift();
    const fps = this.measureFps(timestamp);

    const angles = headAngles(keypoints, p);
    if (!angles || box.w < p.minFaceWidthPx) {
      // Nothing readable: forget the swings, since the signal has a hole in it.
      this.side = 0;
      this.entries = [];
      return this.finish(false, 'too-small', fps, null);
    }

    if (this.lastT === null) {
      this.trendYaw = angles.yaw;
      this.trendPitch = angles.pitch;
    } else {
      const alpha = 1 - Math.exp(-(timestamp - this.lastT) / p.detrendTauMs);
      this.trendYaw += alpha * (angles.yaw - this.trendYaw);
      this.trendPitch += alpha * (angles.pitch - this.trendPitch);
    }
    this.lastT = timestamp;
    const sample: TraceSample = {
      t: timestamp,
      yaw: angles.yaw - this.trendYaw,
      pitch: angles.pitch - this.trendPitch,
      rawYaw: angles.yaw,
    };
    this.samples.push(sample);
    while (this.samples.length > 0 && this.samples[0].t < timestamp - p.traceMs) this.samples.shift();

    if (fps === null) return this.finish(false, 'warming-up', fps, sample);
    if (fps < p.minFps) {
      this.side = 0;
      this.entries = [];
      return this.finish(false, 'too-slow', fps, sample);
    }
    if (timestamp < this.cooldownUntil) {
      this.side = 0;
      this.entries = [];
      return this.finish(false, 'cooldown', fps, sample);
    }

    // A side the signal has not been out on for `maxSwingMs` expires: nothing swung back in time, so the chain
    // is broken, and a stray jitter spike long ago cannot make the next real swing look like "the same side".
    if (this.side !== 0 && timestamp - this.lastOut > p.maxSwingMs) {
      this.side = 0;
      this.entries = [];
    }
    const newSide = sample.yaw > p.threshold ? 1 : sample.yaw < -p.threshold ? -1 : 0;
    if (newSide !== 0) {
      if (newSide !== this.side) {
        this.side = newSide;
        this.entries.push(timestamp);
      }
      this.lastOut = timestamp;
    }
    // Only the last `reversals + 1` entries can form a shake; older ones are outside any future window.
    while (this.entries.length > p.reversals + 1) this.entries.shift();
    while (this.entries.length > 0 && this.entries[0] < timestamp - p.windowMs) this.entries.shift();

    if (this.entries.length === p.reversals + 1 && this.yawDominates(this.entries[0])) {
      this.cooldownUntil = timestamp + p.cooldownMs;
      this.side = 0;
      this.entries = [];
      return this.finish(true, 'cooldown', fps, sample);
    }
    return this.finish(false, 'reading', fps, sample);
  }

  private finish(shake: boolean, status: ShakeStatus, fps: number | null, sample: TraceSample | null): ShakeUpdate {
    this.lastStatus = status;
    return { shake, status, fps, sample };
  }

  private measureFps(timestamp: number): number | null {
    const times = this.frameTimes;
    // Need most of a window of history before judging the rate, or the first two frames decide it.
    if (times.length < 2 || timestamp - times[0] < this.params.fpsWindowMs / 2) return null;
    return ((times.length - 1) * 1000) / (timestamp - times[0]);
  }

  /** Yaw range vs pitch range over the swings, starting a little before the first entry (the swing's start). */
  private yawDominates(from: number): boolean {
    const start = from - this.params.windowMs / 4;
    let yMin = Infinity;
    let yMax = -Infinity;
    let pMin = Infinity;
    let pMax = -Infinity;
    for (const s of this.samples) {
      if (s.t < start) continue;
      yMin = Math.min(yMin, s.yaw);
      yMax = Math.max(yMax, s.yaw);
      pMin = Math.min(pMin, s.pitch);
      pMax = Math.max(pMax, s.pitch);
    }
    return yMax - yMin >= this.params.yawOverPitch * (pMax - pMin);
  }

  private restart(): void {
    this.lastT = null;
    this.side = 0;
    this.entries = [];
    this.frameTimes = [];
  }
}
