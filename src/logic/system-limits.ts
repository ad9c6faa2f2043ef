import type { MaskLabel } from './frame';

/**
 * This system's own measured limits, as the model cards report them. Every field is optional: what has not
 * been measured is simply absent, and the Rules and limits view says "not measured yet" for it.
 */

/** A measured proportion. */
export interface MeasuredRate {
  /** The rate, in [0, 1]. */
  value: number;
  /** How many items (faces, crops, head movements…) it was measured on. */
  n?: number;
  /** 95 % interval bounds, in [0, 1]. */
  low?: number;
  high?: number;
}

export interface DetectorLimits {
  /** Faces found among the faces of each mask class: a detector that misses masked faces biases the share. */
  recall?: Partial<Record<MaskLabel, MeasuredRate>>;
  precision?: MeasuredRate;
  /** The share wearing a mask on real photos, annotated and as the page estimates it (detector + classifier). */
  maskedShare?: { true: number; estimated: number };
  /** Height, in pixels of the camera frame, of the smallest face the detector still finds reliably. */
  smallestFacePx?: number;
  /** Where the figures come from, e.g. the model card's file and version. */
  source?: string;
}

export interface ClassifierLimits {
  accuracy?: MeasuredRate;
  recall?: Partial<Record<MaskLabel, MeasuredRate>>;
  /** Faces found on real test photos that the page calls unknown (below its confidence threshold). */
  unknownShare?: MeasuredRate;
  /** Masked share on real test photos through the page's pipeline, unknowns left out: true, then the page's. */
  maskedShare?: { true: number; estimated: number };
  /**
   * Labelled right per class on the same real test faces (found by the page's pipeline): this page (unknown
   * counting as wrong), then AIZOO's public 2020 mask detector (on those it found too; `npm run eval:peer`).
   */
  peerRight?: Partial<Record<MaskLabel, { page: MeasuredRate; peer: MeasuredRate }>>;
  source?: string;
}

export interface ShakeLimits {
  /** Share of real head shakes that are recognised as an opt-out. */
  detectionRate?: MeasuredRate;
  /**
   * Opt-outs registered when nobody shook their head, per 10 minutes of a face in view with ordinary motion
   * (nodding, talking, looking around): a rate in time, because ordinary motion has no natural unit to count.
   */
  falseOptOutsPer10Min?: number;
  /** Opt-outs registered on real footage of people who never shook their head, and the face-time it covers. */
  realFalseOptOuts?: { count: number; minutes: number; clips: number };
  /** Opt-outs registered at video cuts joined from real clips of people who never shook their head, and how many cuts. */
  cutOptOuts?: { count: number; cuts: number };
  /** The speed and amplitude band where the fewest shakes are recognised: what is still missed most. */
  hardestBand?: { rate: MeasuredRate; hz: readonly number[]; amplitudeDeg: readonly number[] };
  source?: string;
}

/** One detector of the comparison (README "Compare detectors"), on the same photos as the others. */
export interface ComparedDetectorLimits extends DetectorLimits {
  /** DetectorName. */
  name: string;
  /** The score it keeps faces from. */
  minScore: number;
  /** The detector that counts on the page. */
  counts: boolean;
}

export interface SystemLimits {
  detector?: DetectorLimits;
  /** The detectors compared on one data set, and its name. */
  detectorComparison?: { set: string; detectors: ComparedDetectorLimits[]; source: string };
  classifier?: ClassifierLimits;
  shake?: ShakeLimits;
}
