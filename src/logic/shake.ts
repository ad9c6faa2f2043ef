/**
 * Head-shake "no" detector, one per tracked face: reads a yaw (left-right turn) signal from the face keypoints
 * over time and decides when it oscillated like a deliberate "no" — slow or fast (0.5–3 Hz), small or large
 * (±15–45°), two to five swings (a swing is one side to the other) — and not like looking around, nodding,
 * talking, pulling faces or a shaking camera.
 *
 * How a shake is read:
 * 1. Yaw (`headAngles`, the only part that knows the keypoints): the nose's offset from the eye midpoint and from
 *    the mouth-corner midpoint, along the eye axis, over the eye distance; roll- and size-invariant, and blind to
 *    the face moving in the image. The two readings must agree (a turn moves the nose against both; lips pushed
 *    sideways move only the mouth): their smaller one is the yaw, 0 when they disagree in sign. ≈ 0.45·tan(angle),
 *    turned back into degrees.
 * 2. Detrended: a slow trend (a double moving average, which does not lag a steady turn) is subtracted, so turning
 *    to look at a stall, or walking past, is not a swing.
 * 3. Band: the detrended yaw must go out of ±threshold on one side, then the other, then the first again (two
 *    reversals). A frame counts as out only if its yaw also beats its pitch, and a side only after 50 ms of frames
 *    (or one frame 1.25× beyond the band): keypoint glitches are single frames that move yaw and pitch together.
 *    A side reached within 300 ms of the previous one (a 2–3 Hz "no", one or two frames per side at 10–15 fps)
 *    counts from ±5°, and so may the first side of such a chain, from ±7°.
 * 4. Like a "no": entries into the sides 100–1150 ms apart (3 Hz down to 0.5 Hz, give or take a frame), in rhythm
 *    (gaps between entries, or between the zero crossings before them, within 1.6× of each other), never pausing
 *    more than 600 ms inside the band, the raw yaw going back 0.6–2× as far as it went, each swing at least 18°
 *    (expressions and a shaking camera move the reading less), the middle swing passing where the head faced before
 *    the first (a chain of glances the same way does not), swinging about a point within 17° of facing the camera
 *    (looking between the camera and a stall swings about a point half-way), the face centre travelling little for
 *    the turn (a shaking camera moves it without turning it), and the yaw range at least 1.5× the pitch range (a nod
 *    is not a shake).
 * 5. It refuses to decide below `minFps` and on faces too small for their keypoints; after a shake, a cooldown.
 *
 * Each rule's reason is beside its parameter; how each was chosen, and what it bought when it was, is in
 * docs/shake-tuning.md. The synthetic bands, the negatives and the real clips the detector is measured on are in
 * testing/shake-figures.ts (current figures in models/shake-figures.json, README "Head-shake opt-out").
 * Pure: no DOM, explicit timestamps (ms), geometry only.
 */
import type { Box, Point } from './geometry';
import { KEYPOINT } from './frame';
import { FrameRate } from './frame-rate';

export const SHAKE_PARAMS = {
  /** Nose tip depth in front of the eyes, in eye distances (≈ 28 mm for 63 mm between the pupils): turns head-shake's YuNet ratio ±0.25 into ±29°, its labeled ±30–40°. */
  noseDepth: 0.45,
  /** Change of the nose/mouth drop ratio per radian of pitch (nose tip 0.45 in front of the mouth corners): only puts pitch in degrees, like yaw, for the nod checks. */
  pitchSlope: 0.45,
  /**
   * Detrending time constant of the double moving average (trend = 2·m − m(m), m a moving average with this time
   * constant): keeps 93 % of a 0.5 Hz swing ((ωτ)² / (1 + (ωτ)²)) and follows a steady turn without lagging, so a
   * shake made while turning to a stall stays centred in the band.
   */
  detrendTauMs: 1200,
  /** Half-width of the band, degrees: a ±15° "no" keeps ±14° after detrending; YuNet's yaw on a still face (head-still) stays within ±4°. */
  threshold: 8,
  /**
   * A side reached 100–300 ms after the previous entry counts from 5° out instead of `threshold`: at 2–3 Hz a side
   * lasts one or two frames at 10–15 fps and the yaw reading (the smaller of two noisy readings) loses a few degrees
   * on each. Looks and glances take longer than 300 ms from one side to the other and keep the full band; under
   * 100 ms (`minEntryGapMs`) is keypoint noise, not a head.
   */
  fastSwingDeg: 5,
  fastSwingMs: 300,
  /**
   * The first side of a fast "no" may have stayed under the band too: when the signal enters a side with no side
   * before it, a run beyond ±`fastSwingDeg` on the other side that began 100–300 ms before and reached 7° counts as
   * the first side.
   */
  leadInDeg: 7,
  /**
   * The first two sides' raw yaw extremes must be centred within 17° of facing the camera: a "no" is made at the
   * camera, while looking back and forth between the camera and a stall swings about a point half-way to the stall
   * (no synthetic shake, with slow turning of up to ±5°/s, was centred more than 20° off). A "no" made with the head
   * turned more than 17° away is not read.
   */
  maxCentreDeg: 17,
  /**
   * Over the swings, the face box centre may travel at most one face width per radian of raw yaw range: a head
   * turning about the neck moves the face ≈ 0.2–0.3 face widths per radian (head-shake: 0.18–0.28 at its opt-outs;
   * the synthetic head 0.46–0.78), while a handheld camera shaking sideways moves the face far more than the yaw its
   * blur makes. A "no" made while walking across the view is not read.
   */
  maxTravelPerRad: 1,
  /** Two reversals (one side, the other, back: two swings) is the smallest motion that is a "no" and not a single glance away and back. */
  reversals: 2,
  /** A side counts once the signal was out on it for frames spanning 50 ms (2 frames from 24 fps up), rejecting single-frame keypoint glitches; a 3 Hz ±15° swing stays out ≈ 100 ms. */
  minOutMs: 50,
  /** ... or at once on one frame this far out (1.25 × the band), degrees: at 10–20 fps a fast "no" may show a single frame per side, and at 24–30 fps noise may split its two frames out. */
  singleFrameDeg: 10,
  /** Entries into opposite sides at least 100 ms apart, less one frame interval (entry times are known to a frame): a 3 Hz "no" with uneven swings gives 125–210 ms; faster alternation (keypoint jitter at 24–30 fps) is not a head. */
  minEntryGapMs: 100,
  /** ... and at most 1150 ms apart: a 0.5 Hz "no" gives 1 s; longer lets chains of glances through. */
  maxEntryGapMs: 1150,
  /** At most 600 ms inside the band between one side and the other: a 0.5 Hz ±15° "no" crosses it in ≈ 390 ms; a head that pauses facing ahead between two looks is looking around (real-d12's natural turns pause ≈ 800 ms). */
  maxTransitMs: 600,
  /**
   * Rhythm: the longer gap between the three entries is at most 1.6 × the shorter, plus two frame intervals (entry
   * times are known to a frame); head-shake's neighbouring half-periods differ by up to 1.5×, chains of glances by
   * more. The gaps are taken between entries, or between the zero crossings before them, whichever is steadier: an
   * entry is timed where the swing crosses the band, late on a small side, and a zero crossing does not depend on the
   * swing's size.
   */
  maxGapRatio: 1.6,
  /** The raw yaw must go back at least 60 % as far as it went, in the right direction: uneven "no" swings differ by up to ±25 %; looking one way, the other, then ahead comes back half way. */
  minSwingRatio: 0.6,
  /** ... and at most twice as far: a "no"'s swings differ by up to ±25 % (at most 1.74× in the synthetic shakes detected); a glance away that follows two small wobbles swings 2–3× further than they did. */
  maxSwingRatio: 2,
  /**
   * Each of the two swings covers at least 18° of raw yaw: the smallest "no" read (±15°) swings 30°, 22° when uneven
   * by 25 %, while a pulled face, a talking mouth or a blurred face in a shaking camera moves the yaw reading by
   * ±8–12°, enough to cross the band at ±5° when fast (`fastSwingDeg`).
   */
  minSwingDeg: 18,
  /**
   * The middle swing must come back past where the first one set off (the raw yaw on the last frame inside the band
   * before it), by at least 20 % of how far the first went from there: a "no" swings through its start to the other
   * side; a look that sets off from rest, returns to rest and goes that way again does not, though the detrended
   * signal swings both ways. It stops a chain of such looks only on its first three sides: looks repeated the same
   * way still fire.
   */
  minCrossRatio: 0.2,
  /** Yaw range at least 1.5 × the pitch range over the swings, so a nod (pitch) or a circular roll of the head is not taken as "no". */
  yawOverPitch: 1.5,
  /** Below 8 frames per second a 1.5 Hz swing gets under 3 frames per side: too few to tell a shake from jitter, so no decision. */
  minFps: 8,
  /** The frame rate is measured over the last second, long enough to smooth one slow frame, short enough to react when the device slows down. */
  fpsWindowMs: 1000,
  /** A gap longer than 400 ms (missed detections) restarts the signal: the head may have moved anywhere meanwhile. */
  maxGapMs: 400,
  /** Faces under 48 px wide (≈ 23 px between the eyes): half a pixel of keypoint jitter is then ≈ 3° of yaw, and blur doubles it, too close to the band. The box, not the eye distance, is checked: the eyes close up whenever the head turns. */
  minFaceWidthPx: 48,
  /** After a shake, 3 s without another decision: one "no" is one opt-out, and the trace settles before it can fire again. */
  cooldownMs: 3000,
  /** The live trace keeps 4 s: two swings of the slowest "no" (0.5 Hz) and what led to them. */
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
   * Head turn, degrees: positive when the nose is towards the image right (the subject turning to their left).
   * atan(ratio / noseDepth), so that noise, which the ratio multiplies at large turns, is not.
   */
  yaw: number;
  /** The ratio it comes from: the smaller of the two nose readings when they agree, 0 when they do not. */
  yawRatio: number;
  /** Head tip, degrees (positive: head down), from the nose's drop below the eye line over the mouth's. */
  pitch: number;
}

const DEG = 180 / Math.PI;

/** The keypoints the yaw reading needs, by name: the only part of the detector that knows the detector's keypoints. */
interface FaceLandmarks {
  rightEye: Point;
  leftEye: Point;
  nose: Point;
  /** Midpoint of the two mouth corners. */
  mouth: Point;
}

function landmarks(keypoints: readonly Point[]): FaceLandmarks | null {
  const rightEye = keypoints[KEYPOINT.rightEye];
  const leftEye = keypoints[KEYPOINT.leftEye];
  const nose = keypoints[KEYPOINT.nose];
  const rightMouth = keypoints[KEYPOINT.rightMouth];
  const leftMouth = keypoints[KEYPOINT.leftMouth];
  if (!rightEye || !leftEye || !nose || !rightMouth || !leftMouth) return null;
  return { rightEye, leftEye, nose, mouth: [(rightMouth[0] + leftMouth[0]) / 2, (rightMouth[1] + leftMouth[1]) / 2] };
}

/**
 * Reads yaw and pitch from the eyes, nose tip and mouth corners; null when the keypoints are missing or degenerate.
 *
 * Two readings of the same turn: the nose's offset from the eye midpoint and from the mouth midpoint, each along the
 * eye axis over the eye distance (a tilted head rotates both vectors together and changes neither; a near and a far
 * face read the same). A head turn moves the nose against both; an expression moves the mouth corners (lips pushed
 * sideways, a lopsided smile) and so only the mouth reading. The yaw is the smaller of the two when they agree in
 * sign, 0 when they do not: what the lower face does alone never reads as a turn. The smaller one costs small fast
 * shakes on noisy keypoints (it is biased towards 0); their mean lets pulled and blurred faces through
 * (docs/shake-tuning.md).
 */
export function headAngles(keypoints: readonly Point[], params: ShakeParams = SHAKE_PARAMS): HeadAngles | null {
  const face = landmarks(keypoints);
  if (!face) return null;
  const { rightEye, leftEye, nose, mouth } = face;
  const ax = leftEye[0] - rightEye[0];
  const ay = leftEye[1] - rightEye[1];
  const eyes2 = ax * ax + ay * ay;
  if (!(eyes2 > 0)) return null;
  const mx = (leftEye[0] + rightEye[0]) / 2;
  const my = (leftEye[1] + rightEye[1]) / 2;
  const along = (px: number, py: number): number => (px * ax + py * ay) / eyes2;
  const across = (px: number, py: number): number => (py * ax - px * ay) / eyes2;
  const fromEyes = along(nose[0] - mx, nose[1] - my);
  const fromMouth = along(nose[0] - mouth[0], nose[1] - mouth[1]);
  const yawRatio = Math.sign(fromEyes) === Math.sign(fromMouth) ? Math.sign(fromEyes) * Math.min(Math.abs(fromEyes), Math.abs(fromMouth)) : 0;
  // Pitch over the mouth's drop, not the eye distance: the eye distance shrinks as the head turns and would make
  // every shake look like a nod too; the mouth's drop does not change with yaw.
  const mouthDrop = across(mouth[0] - mx, mouth[1] - my);
  const pitchRatio = mouthDrop > 0 ? across(nose[0] - mx, nose[1] - my) / mouthDrop : 0;
  return {
    yaw: Math.atan(yawRatio / params.noseDepth) * DEG,
    yawRatio,
    pitch: (pitchRatio / params.pitchSlope) * DEG,
  };
}

/** A run of frames beyond ±`fastSwingDeg` on one side: when it began, the zero crossing before it, the raw yaw's extreme in it and just before it, and the largest detrended yaw. */
interface SideRun {
  since: number;
  crossing: number;
  peakRaw: number;
  startRaw: number;
  top: number;
}

/** Largest minus smallest `value` over the timed items from `since` on (−Infinity when there are none). */
function spread<T extends { t: number }>(items: readonly T[], since: number, value: (item: T) => number): number {
  let min = Infinity;
  let max = -Infinity;
  for (const item of items) {
    if (item.t < since) continue;
    min = Math.min(min, value(item));
    max = Math.max(max, value(item));
  }
  return max - min;
}

/** One entry of the signal into a side of the band: the unit the shake rules compare, newest last in `entries`. */
interface SideEntry {
  /** When the signal entered the side (the first frame seen out on it). */
  t: number;
  /** When the detrended yaw last changed sign before the entry (for the rhythm). */
  crossing: number;
  /** The raw yaw's extreme on that side (max on the + side, min on the −), updated while the signal stays out. */
  peak: number;
  /** The raw yaw on the last frame inside the band before the entry: where that swing set off from. */
  start: number;
}

/** One tracked face's shake detector. Feed it every frame in which the face was detected, in time order. */
export class ShakeDetector {
  private trendYaw = 0;
  private trendPitch = 0;
  /** The trends' own trends (a second moving average), which with them give a trend that does not lag a steady turn. */
  private trendYaw2 = 0;
  private trendPitch2 = 0;
  private lastT: number | null = null;
  /** The frame rate over the last `fpsWindowMs`. */
  private readonly frameRate: FrameRate;
  /** -1, 0 or +1: the side of the band the signal last entered. */
  private side = 0;
  /** The entries into sides that can still count, newest last (at most `reversals + 1`). */
  private entries: SideEntry[] = [];
  private lastInsideRaw = 0;
  /** When the detrended yaw last changed sign (interpolated between frames). */
  private lastZeroCrossing = 0;
  /** The previous sample, for the zero crossings. */
  private previous: TraceSample | null = null;
  /** Per side (±1), the latest run of frames beyond ±`fastSwingDeg`: a fast "no"'s first side may only show there (`leadInDeg`). */
  private readonly runs = new Map<number, SideRun>();
  /** The face box centre x and width over the last `traceMs`, for `maxTravelPerRad`. */
  private readonly boxes: { t: number; x: number; w: number }[] = [];
  /** A side the signal is out on but that does not count yet (out for less than `minOutMs`): its sign, frames, first time and extreme. */
  private pendingSide = 0;
  private pendingFrames = 0;
  private pendingSince = 0;
  private pendingPeak = 0;
  /** Last time the signal was out on the current side. */
  private lastOut = -Infinity;
  private cooldownUntil = -Infinity;
  private readonly samples: TraceSample[] = [];
  private lastStatus: ShakeStatus = 'warming-up';

  constructor(readonly params: ShakeParams = SHAKE_PARAMS) {
    this.frameRate = new FrameRate(params.fpsWindowMs);
  }

  /** The detrended trace over the last `traceMs`, oldest first: what the page draws, against ±`params.threshold`. */
  get trace(): readonly TraceSample[] {
    return this.samples;
  }

  /** Times (ms) at which the trace entered a side of the band and may still form part of a shake. */
  get swings(): readonly number[] {
    return this.entries.map((entry) => entry.t);
  }

  get status(): ShakeStatus {
    return this.lastStatus;
  }

  /** One frame, in stages: the frame rate, the yaw sample, whether a decision can be made, the sides of the band, the shake rules. */
  update(keypoints: readonly Point[], box: Box, timestamp: number): ShakeUpdate {
    const p = this.params;
    if (this.lastT !== null && timestamp - this.lastT > p.maxGapMs) this.restart();
    const fps = this.countFrame(timestamp);

    const angles = headAngles(keypoints, p);
    if (!angles || box.w < p.minFaceWidthPx) {
      // Nothing readable: forget the swings, since the signal has a hole in it.
      this.breakChain();
      return this.finish(false, 'too-small', fps, null);
    }
    const sample = this.detrend(angles, timestamp);
    this.remember(sample, box);
    this.followSides(sample);

    if (fps === null) return this.finish(false, 'warming-up', fps, sample);
    const refusal = this.refusal(fps, timestamp);
    if (refusal) {
      this.breakChain();
      return this.finish(false, refusal, fps, sample);
    }

    const outSide = this.followBand(sample, fps, timestamp);
    if (this.entries.length === p.reversals + 1 && outSide !== 0 && outSide === this.side && this.looksLikeNo(fps)) {
      this.cooldownUntil = timestamp + p.cooldownMs;
      this.breakChain();
      return this.finish(true, 'cooldown', fps, sample);
    }
    return this.finish(false, 'reading', fps, sample);
  }

  /** Stage 1: the frame's time into the frame-rate window; the rate, or null while unknown. */
  private countFrame(timestamp: number): number | null {
    this.frameRate.add(timestamp);
    // Need most of a window of history before judging the rate, or the first two frames decide it.
    return this.frameRate.rate(this.params.fpsWindowMs / 2);
  }

  /** Stage 2: yaw and pitch minus their slow trends. */
  private detrend(angles: HeadAngles, timestamp: number): TraceSample {
    if (this.lastT === null) {
      this.trendYaw = this.trendYaw2 = angles.yaw;
      this.trendPitch = this.trendPitch2 = angles.pitch;
    } else {
      const alpha = 1 - Math.exp(-(timestamp - this.lastT) / this.params.detrendTauMs);
      this.trendYaw += alpha * (angles.yaw - this.trendYaw);
      this.trendPitch += alpha * (angles.pitch - this.trendPitch);
      this.trendYaw2 += alpha * (this.trendYaw - this.trendYaw2);
      this.trendPitch2 += alpha * (this.trendPitch - this.trendPitch2);
    }
    this.lastT = timestamp;
    // Double moving average (2·m − m(m)): on a steady turn a single moving average lags by rate × tau (4° at 5°/s
    // with 800 ms, half the band), which pushed a shake made while turning off-centre; this one does not lag.
    return {
      t: timestamp,
      yaw: angles.yaw - (2 * this.trendYaw - this.trendYaw2),
      pitch: angles.pitch - (2 * this.trendPitch - this.trendPitch2),
      rawYaw: angles.yaw,
    };
  }

  /** The sample into the trace and the face box into the travel window, both over the last `traceMs`. */
  private remember(sample: TraceSample, box: Box): void {
    const since = sample.t - this.params.traceMs;
    this.samples.push(sample);
    while (this.samples.length > 0 && this.samples[0].t < since) this.samples.shift();
    this.boxes.push({ t: sample.t, x: box.x + box.w / 2, w: box.w });
    while (this.boxes.length > 0 && this.boxes[0].t < since) this.boxes.shift();
  }

  /** Stage 3: why no decision can be made on this frame (too slow a frame rate, a cooldown), or null. */
  private refusal(fps: number, timestamp: number): ShakeStatus | null {
    if (fps < this.params.minFps) return 'too-slow';
    if (timestamp < this.cooldownUntil) return 'cooldown';
    return null;
  }

  /**
   * Stage 4: which side of the band the sample is out on (0: inside), and the entries into sides it makes: a side
   * counts after `minOutMs` or one frame beyond `singleFrameDeg`; entries too close or too far apart, or after a
   * pause inside the band, start the chain again.
   */
  private followBand(sample: TraceSample, fps: number, timestamp: number): number {
    const p = this.params;
    // Too long inside the band since the signal was last out on its side: the head paused facing ahead, so what
    // follows is a new movement, not the swing back of this one.
    if (this.side !== 0 && timestamp - this.lastOut > p.maxTransitMs) this.breakChain();
    // A frame counts as out on a side only if its yaw also beats its pitch: a keypoint glitch that throws the nose
    // moves both (faces-2-head-tilt has such frames), a turn moves yaw alone.
    // A fast swing's next side counts from `fastSwingDeg`.
    const lastEntry = this.entries.at(-1);
    const sinceEntry = lastEntry === undefined ? Infinity : timestamp - lastEntry.t;
    const fastSwing = Math.sign(sample.yaw) === -this.side && sinceEntry >= p.minEntryGapMs && sinceEntry <= p.fastSwingMs;
    const out = Math.abs(sample.yaw) > (fastSwing ? p.fastSwingDeg : p.threshold) && Math.abs(sample.yaw) > Math.abs(sample.pitch);
    const outSide = out ? Math.sign(sample.yaw) : 0;
    // A new side counts from its first frame once it has been out on it for `minOutMs` (one frame at 20 fps or
    // less), or for a single frame beyond `singleFrameDeg`: a lone frame just past the band is as likely a keypoint
    // glitch as a swing.
    if (outSide !== 0 && outSide !== this.side) {
      if (outSide === this.pendingSide) this.pendingFrames++;
      else {
        this.pendingSide = outSide;
        this.pendingFrames = 1;
        this.pendingSince = timestamp;
        this.pendingPeak = sample.rawYaw;
      }
      this.pendingPeak = outSide > 0 ? Math.max(this.pendingPeak, sample.rawYaw) : Math.min(this.pendingPeak, sample.rawYaw);
    } else this.pendingSide = 0;
    const entering =
      outSide !== 0 && outSide !== this.side && (this.pendingFrames * 1000 >= p.minOutMs * fps || Math.abs(sample.yaw) >= p.singleFrameDeg);
    if (entering) this.enter(outSide, fps);
    const current = this.entries.at(-1);
    if (outSide !== 0 && outSide === this.side && current) {
      this.lastOut = timestamp;
      current.peak = outSide > 0 ? Math.max(current.peak, sample.rawYaw) : Math.min(current.peak, sample.rawYaw);
    }
    // Only the last `reversals + 1` entries can form a shake.
    while (this.entries.length > p.reversals + 1) this.entries.shift();
    if (!out) this.lastInsideRaw = sample.rawYaw;
    return outSide;
  }

  /** The pending side on `outSide` becomes an entry (after its lead-in, for a fast "no"'s first side). */
  private enter(outSide: number, fps: number): void {
    const p = this.params;
    const gap = this.pendingSince - (this.entries.at(-1)?.t ?? -Infinity);
    // Too quick (jitter, a shaking camera) or too slow (two separate looks) to be the next swing of a "no": the chain
    // starts again from this entry. The gap is known to a frame interval (each entry time is the first frame seen
    // out), so the lower bound allows one: at 10–12 fps a 3 Hz "no" shows its sides on consecutive frames.
    const minGap = p.minEntryGapMs - 1000 / fps;
    if (gap < minGap || gap > p.maxEntryGapMs) this.breakChain();
    // No side before this one: the other side's latest run beyond `leadInDeg`, just before, was its first side.
    const leadIn = this.runs.get(-outSide);
    const leadInGap = leadIn ? this.pendingSince - leadIn.since : Infinity;
    if (this.entries.length === 0 && leadIn && leadIn.top > p.leadInDeg && leadInGap >= p.minEntryGapMs && leadInGap <= p.fastSwingMs) {
      this.entries.push({ t: leadIn.since, crossing: Math.min(leadIn.crossing, leadIn.since), peak: leadIn.peakRaw, start: leadIn.startRaw });
    }
    this.side = outSide;
    this.entries.push({ t: this.pendingSince, crossing: Math.min(this.lastZeroCrossing, this.pendingSince), peak: this.pendingPeak, start: this.lastInsideRaw });
    this.pendingSide = 0;
  }

  /** Stage 5: the shake rules over the three entries, once the signal is out on the third side. */
  private looksLikeNo(fps: number): boolean {
    const firstEntry = this.entries[0].t;
    return this.rhythmic(fps) && this.swingsMatch() && this.yawDominates(firstEntry) && this.turnsInPlace(firstEntry);
  }

  /** Tracks the zero crossings of the detrended yaw and each side's latest run beyond ±`fastSwingDeg`. */
  private followSides(sample: TraceSample): void {
    const previous = this.previous;
    if (previous && sample.yaw !== 0 && Math.sign(sample.yaw) !== Math.sign(previous.yaw)) {
      const before = Math.abs(previous.yaw);
      this.lastZeroCrossing = previous.t + ((sample.t - previous.t) * before) / (before + Math.abs(sample.yaw));
    }
    const side = Math.abs(sample.yaw) > this.params.fastSwingDeg ? Math.sign(sample.yaw) : 0;
    const previousSide = previous && Math.abs(previous.yaw) > this.params.fastSwingDeg ? Math.sign(previous.yaw) : 0;
    if (side !== 0) {
      const run = this.runs.get(side);
      if (side !== previousSide || !run) {
        this.runs.set(side, { since: sample.t, crossing: this.lastZeroCrossing, peakRaw: sample.rawYaw, startRaw: previous?.rawYaw ?? sample.rawYaw, top: Math.abs(sample.yaw) });
      } else {
        run.peakRaw = side > 0 ? Math.max(run.peakRaw, sample.rawYaw) : Math.min(run.peakRaw, sample.rawYaw);
        run.top = Math.max(run.top, Math.abs(sample.yaw));
      }
    }
    this.previous = sample;
  }

  private finish(shake: boolean, status: ShakeStatus, fps: number | null, sample: TraceSample | null): ShakeUpdate {
    this.lastStatus = status;
    return { shake, status, fps, sample };
  }


  /** The gaps between consecutive entries, or between the zero crossings before them, are alike: a "no" keeps a rhythm. */
  private rhythmic(fps: number): boolean {
    const steady = (times: readonly number[]): boolean => {
      const gaps = times.slice(1).map((t, i) => t - times[i]);
      // Times are only known to a frame: allow two frame intervals on top of the ratio.
      return Math.max(...gaps) <= this.params.maxGapRatio * Math.min(...gaps) + 2000 / fps;
    };
    return steady(this.entries.map((e) => e.t)) || steady(this.entries.map((e) => e.crossing));
  }

  /**
   * The swing being made now has gone at least `minSwingRatio` and at most `maxSwingRatio` times as far as the swing
   * before it, both at least `minSwingDeg`, in raw yaw: a "no" swings as far back as it swung out; looking one way,
   * the other, then ahead again comes back only half way, and a glance after two wobbles goes much further.
   */
  private swingsMatch(): boolean {
    const [first, middle, last] = this.entries.slice(-3).map((e) => e.peak);
    // Signed: the raw yaw must really have gone one way then back (the detrended signal alone also swings when a
    // held look returns ahead).
    const out = (middle - first) * this.side * -1;
    const back = (last - middle) * this.side;
    // The middle swing comes back past where the first set off (minCrossRatio).
    const start = this.entries[this.entries.length - 3].start;
    const past = (start - middle) * this.side;
    const firstOut = (first - start) * this.side;
    const p = this.params;
    // Centred near facing the camera (maxCentreDeg).
    const centred = Math.abs(first + middle) / 2 <= p.maxCentreDeg;
    return out > 0 && back >= p.minSwingRatio * out && back <= p.maxSwingRatio * out && Math.min(out, back) >= p.minSwingDeg && past >= p.minCrossRatio * firstOut && centred;
  }

  /** Where the checks over the swings start: a little before the first entry, where the first swing set off. */
  private swingsStart(firstEntry: number): number {
    return firstEntry - this.params.maxEntryGapMs / 4;
  }

  /** Yaw range vs pitch range over the swings. */
  private yawDominates(firstEntry: number): boolean {
    const start = this.swingsStart(firstEntry);
    return spread(this.samples, start, (s) => s.yaw) >= this.params.yawOverPitch * spread(this.samples, start, (s) => s.pitch);
  }

  /** The face centre travelled at most `maxTravelPerRad` face widths per radian of raw yaw range over the swings: the head turned, the camera did not shake. */
  private turnsInPlace(firstEntry: number): boolean {
    const start = this.swingsStart(firstEntry);
    const boxes = this.boxes.filter((b) => b.t >= start);
    if (boxes.length === 0) return true;
    const meanWidth = boxes.reduce((sum, b) => sum + b.w, 0) / boxes.length;
    return spread(boxes, start, (b) => b.x) / meanWidth <= this.params.maxTravelPerRad * (spread(this.samples, start, (s) => s.rawYaw) / DEG);
  }

  private breakChain(): void {
    this.side = 0;
    this.pendingSide = 0;
    this.entries = [];
  }

  private restart(): void {
    this.lastT = null;
    this.previous = null;
    this.runs.clear();
    this.boxes.length = 0;
    this.breakChain();
    this.frameRate.clear();
  }
}
