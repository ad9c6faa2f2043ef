/**
 * A pass: one confirmed track, i.e. one person walking by once. Its mask status is a vote over its frames,
 * weighted by the classifier's confidence; a pass seen too small or too briefly is `unknown`, never guessed.
 * Only counters live here (frames, sizes, vote weights): no crop, no keypoints, nothing that identifies anyone.
 */
import type { MaskLabel } from './frame';
import { MASK_LABELS } from './frame';

export const PASS_PARAMS = {
  /** Faces under 40 px tall give the 48-px mask classifier an upscaled blur: their frames do not vote. */
  minFaceHeightPx: 40,
  /** At least 3 voting frames: one or two frames can be a blink, a hand, a half-turned head. */
  minVotingFrames: 3,
  /** A pass shorter than 400 ms is someone crossing the edge of the view: too brief to judge. */
  minDurationMs: 400,
  /** The winning label needs ≥ 60 % of the vote weight; a near tie is reported as unknown, not a coin toss. */
  minConfidence: 0.6,
} as const;

export type PassParams = { readonly [K in keyof typeof PASS_PARAMS]: number };

export type PassLabel = MaskLabel | 'unknown';

/** Why a pass is `unknown`; the page translates the code. */
export type UnknownReason = 'too-small' | 'too-brief' | 'not-classified' | 'undecided';

export interface Pass {
  track: number;
  firstSeen: number;
  lastSeen: number;
  /** Frames in which the face was detected. */
  frames: number;
  /** Frames the mask classifier labelled, whatever their size. */
  classifiedFrames: number;
  /** Labelled frames large enough to vote. */
  votingFrames: number;
  /** Sum of classifier confidence per label, over voting frames. */
  weights: Record<MaskLabel, number>;
}

export interface PassObservation {
  t: number;
  faceHeight: number;
  mask?: MaskLabel;
  maskScore?: number;
}

export type PassVerdict =
  | { label: MaskLabel; confidence: number; reason: null }
  | { label: 'unknown'; confidence: number | null; reason: UnknownReason };

export function newPass(track: number, t: number): Pass {
  return { track, firstSeen: t, lastSeen: t, frames: 0, classifiedFrames: 0, votingFrames: 0, weights: { with_mask: 0, without_mask: 0, mask_incorrect: 0 } };
}

/** Adds one frame of a pass (mutates `pass`: passes are updated every frame, copying would be waste). */
export function observe(pass: Pass, o: PassObservation, params: PassParams = PASS_PARAMS): void {
  pass.frames++;
  pass.firstSeen = Math.min(pass.firstSeen, o.t);
  pass.lastSeen = Math.max(pass.lastSeen, o.t);
  if (o.mask === undefined) return;
  pass.classifiedFrames++;
  if (o.faceHeight < params.minFaceHeightPx) return;
  pass.votingFrames++;
  // A frame without a score still votes, at full weight: the classifier chose that label.
  pass.weights[o.mask] += o.maskScore ?? 1;
}

/** The pass's mask status: the confidence-weighted vote, or `unknown` with the reason. */
export function verdict(pass: Pass, params: PassParams = PASS_PARAMS): PassVerdict {
  if (pass.lastSeen - pass.firstSeen < params.minDurationMs) return { label: 'unknown', confidence: null, reason: 'too-brief' };
  if (pass.votingFrames < params.minVotingFrames) {
    return { label: 'unknown', confidence: null, reason: pass.classifiedFrames === 0 ? 'not-classified' : 'too-small' };
  }
  const total = MASK_LABELS.reduce((sum, l) => sum + pass.weights[l], 0);
  if (!(total > 0)) return { label: 'unknown', confidence: null, reason: 'not-classified' };
  let best: MaskLabel = MASK_LABELS[0];
  for (const l of MASK_LABELS) if (pass.weights[l] > pass.weights[best]) best = l;
  const confidence = pass.weights[best] / total;
  if (confidence < params.minConfidence) return { label: 'unknown', confidence, reason: 'undecided' };
  return { label: best, confidence, reason: null };
}
