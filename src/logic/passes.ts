/**
 * A pass: one confirmed track, i.e. one person walking by once. Its mask status is a vote over its frames,
 * weighted by the classifier's confidence, in which only frames the classifier is sure of vote; a pass seen too
 * small or too briefly, mostly through unsure frames, or whose sure frames disagree, is `unknown`, never guessed.
 * Only counters live here (frames, sizes, vote weights): no crop, no keypoints, nothing that identifies anyone.
 */
import { FACE_MIN_PROBABILITY, faceLabel } from './abstention';
import type { MaskLabel } from './frame';
import { MASK_LABELS } from './frame';

export const PASS_PARAMS = {
  /** Faces under 40 px tall give the 48-px mask classifier an upscaled blur: their frames do not vote. */
  minFaceHeightPx: 40,
  /** At least 3 voting frames: one or two frames can be a blink, a hand, a half-turned head. */
  minVotingFrames: 3,
  /** A pass shorter than 400 ms is someone crossing the edge of the view: too brief to judge. */
  minDurationMs: 400,
  /**
   * The winning label needs two thirds of the vote weight of the sure frames: one wrong frame in three (a
   * hand, a turned head) is tolerated, a split vote is reported as unknown, not a coin toss. Was 0.6 over every
   * frame, unsure ones included: a few low-confidence frames could then vote a pass "with mask" (issue 27).
   */
  minConfidence: 2 / 3,
  /** A frame votes only when its calibrated probability reaches this (abstention.ts: the same rule as one face). */
  minFaceProbability: FACE_MIN_PROBABILITY,
  /**
   * A pass seen mostly through unsure frames is unknown even when its few sure frames agree: the classifier
   * could not judge this face most of the time, and its rare certainty is then more likely luck than sight.
   */
  maxUnsureShare: 0.5,
} as const;

export type PassParams = { readonly [K in keyof typeof PASS_PARAMS]: number };

export type PassLabel = MaskLabel | 'unknown';

/**
 * Why a pass is `unknown`, in the order the rules are tried; the page translates the code and the Counter counts
 * each one. too-brief: under minDurationMs in view; not-classified: the classifier never ran on it; too-small:
 * too few frames large enough to vote; unsure: the classifier was below minFaceProbability on too many of the
 * frames large enough; undecided: the sure frames disagree.
 */
export const UNKNOWN_REASONS = ['too-brief', 'not-classified', 'too-small', 'unsure', 'undecided'] as const;
export type UnknownReason = (typeof UNKNOWN_REASONS)[number];

export interface Pass {
  track: number;
  firstSeen: number;
  lastSeen: number;
  /** Frames in which the face was detected. */
  frames: number;
  /** Frames the mask classifier labelled, whatever their size. */
  classifiedFrames: number;
  /** Labelled frames large enough to vote, with a sure label: those that vote. */
  votingFrames: number;
  /** Labelled frames large enough to vote, but whose label was below minFaceProbability: they do not vote. */
  unsureFrames: number;
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
  return { track, firstSeen: t, lastSeen: t, frames: 0, classifiedFrames: 0, votingFrames: 0, unsureFrames: 0,
    weights: { with_mask: 0, without_mask: 0, mask_incorrect: 0 } };
}

/** Adds one frame of a pass (mutates `pass`: passes are updated every frame, copying would be waste). */
export function observe(pass: Pass, o: PassObservation, params: PassParams = PASS_PARAMS): void {
  pass.frames++;
  pass.firstSeen = Math.min(pass.firstSeen, o.t);
  pass.lastSeen = Math.max(pass.lastSeen, o.t);
  if (o.mask === undefined) return;
  pass.classifiedFrames++;
  if (o.faceHeight < params.minFaceHeightPx) return;
  if (faceLabel(o.mask, o.maskScore, params.minFaceProbability) === 'unknown') {
    pass.unsureFrames++;
    return;
  }
  pass.votingFrames++;
  // A frame without a score still votes, at full weight: the classifier chose that label.
  pass.weights[o.mask] += o.maskScore ?? 1;
}

/** The pass's mask status: the confidence-weighted vote, or `unknown` with the reason. */
export function verdict(pass: Pass, params: PassParams = PASS_PARAMS): PassVerdict {
  if (pass.lastSeen - pass.firstSeen < params.minDurationMs) return { label: 'unknown', confidence: null, reason: 'too-brief' };
  if (pass.classifiedFrames === 0) return { label: 'unknown', confidence: null, reason: 'not-classified' };
  const largeEnough = pass.votingFrames + pass.unsureFrames;
  if (largeEnough < params.minVotingFrames) return { label: 'unknown', confidence: null, reason: 'too-small' };
  if (pass.votingFrames < params.minVotingFrames || pass.unsureFrames > params.maxUnsureShare * largeEnough) {
    return { label: 'unknown', confidence: null, reason: 'unsure' };
  }
  const total = MASK_LABELS.reduce((sum, l) => sum + pass.weights[l], 0);
  if (!(total > 0)) return { label: 'unknown', confidence: null, reason: 'not-classified' };
  let best: MaskLabel = MASK_LABELS[0];
  for (const l of MASK_LABELS) if (pass.weights[l] > pass.weights[best]) best = l;
  const confidence = pass.weights[best] / total;
  if (confidence < params.minConfidence) return { label: 'unknown', confidence, reason: 'undecided' };
  return { label: best, confidence, reason: null };
}
