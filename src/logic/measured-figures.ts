import type { MaskLabel } from './frame';

/**
 * The schema of the measured-figures files in models/: one JSON file per measurement, written by the command that
 * measures (never edited by hand). The Markdown tables (models/README.md, the model card, README.md) are generated
 * from these files (scripts/lib/figures.ts) and the Rules and limits page reads them (measured-limits.ts).
 * A rate is null when there was nothing to measure it on (no face of that class, no detection…).
 */
export type MeasuredValue = number | null;

/** A found/total rate with its 95 % Wilson interval; value null (NaN when measured) when n is 0. */
export interface DetectionRate {
  n: number;
  k: number;
  value: MeasuredValue;
  low: number;
  high: number;
}

/** The detector on one annotated data set (faces ≥ `minFaceHeight`). */
export interface DetectionSetFigures {
  name: string;
  photos: number;
  /** Annotated faces ≥ minFaceHeight. */
  faces: number;
  recallByClass: Record<MaskLabel, DetectionRate>;
  /** "centre": each box's centre inside the other; "iou": overlap ≥ 0.5. */
  recall: Record<'centre' | 'iou', DetectionRate>;
  precision: Record<'centre' | 'iou', DetectionRate>;
  /** Share of with_mask among faces ≥ minFaceHeight: annotated, and as detected + classified (the page's figure). */
  maskedShare: { true: number; estimated: number; errorPoints: number; classified: number };
  msPerImage: number;
}

/** `models/detection-figures.json`, written by `npm run eval:detect` (scripts/eval-detect.mts). */
export interface DetectionFigures {
  /** Day of the run, YYYY-MM-DD. */
  measuredOn: string;
  /** The tfjs backend the page's pipeline ran on. */
  backend: string;
  /** The page's score threshold. */
  minScore: number;
  /** Faces shorter than this (px) are not required, and a detection on one counts neither way. */
  minFaceHeight: number;
  /** Detector-alone timing: median of this many runs per frame. */
  timingRepeats: number;
  /** Smallest-face sweep: this many real faces; a size counts when this share of them is found. */
  sweepFaces: number;
  sweepFoundShare: number;
  /** Figures on the validation split at each threshold tried. */
  thresholds: { minScore: number; figures: DetectionSetFigures }[];
  /** Figures at the page's threshold, through the page's pipeline. */
  sets: DetectionSetFigures[];
  /** Pipeline ms per frame on the clips (the camera path). */
  clips: { clip: string; frames: number; median: number; p95: number }[];
  /** Detector stage alone, ms per frame size ("640×480"). */
  detectorMs: { frame: string; ms: number }[];
  /** Smallest face height (px) found per frame size; null: not even the largest. */
  smallestFace: { frame: string; px: MeasuredValue }[];
}

/** Figures of the classifier on one set of crops, classes in MASK_LABELS order. */
export interface MaskEvaluationFigures {
  name: string;
  n: number;
  accuracy: MeasuredValue;
  perClass: Record<MaskLabel, { n: number; precision: MeasuredValue; recall: MeasuredValue }>;
  /** confusion[true class][predicted class]. */
  confusion: number[][];
}

/** `models/mask-classifier/figures.json`, written by `npm run train` (scripts/train/card.ts); CARD.md shows it. */
export interface MaskClassifierFigures {
  seed: number;
  epochs: number;
  batch: number;
  learningRate: number;
  dropout: number;
  /** The epoch whose weights were kept. */
  bestEpoch: number;
  history: { epoch: number; loss: number; validationAccuracy: number; validationBalanced: number; seconds: number }[];
  trainingSeconds: number;
  totalSeconds: number;
  cpu: string;
  weightBytes: number;
  parameters: number;
  topology: { inputSize: number; stem: number; blocks: { filters: number; stride: number }[] };
  /** The face crop the run trained on (src/ml/face-crop.ts). */
  crop: { margin: number; eyesToCentre: number };
  /** Median (box centre − eyes) / box height on the detected training faces. */
  measuredEyesToCentre: MeasuredValue;
  /** Training samples and loss weights per class, in MASK_LABELS order. */
  classCounts: number[];
  classWeights: number[];
  exclusions: { reason: string; count: number }[];
  /** Samples per source, and how many of them the detector missed (crop from the annotation instead). */
  fallbackBySource: { source: string; n: number; fallback: number }[];
  splitCounts: ({ source: string; split: string } & Record<MaskLabel, number>)[];
  nodeMsPerFace: number;
  validation: MaskEvaluationFigures;
  /** All held-out (test) sources together. */
  heldOut: MaskEvaluationFigures;
  /** Each held-out source; `name` is the source. */
  heldOutBySource: MaskEvaluationFigures[];
  /** Slices of the held-out crops (small faces, dark crops, framing…). */
  slices: { name: string; n: number; accuracy: MeasuredValue }[];
}

/** Head-shake detection on one band of synthetic "no"s (src/logic/testing/shake-figures.ts). */
export interface ShakeBandFigures {
  /** Speed band, Hz, and amplitude band, ± degrees: [low, high]. */
  hz: number[];
  amplitudeDeg: number[];
  trials: number;
  detected: number;
  rate: number;
  /** 95 % Wilson interval of `rate`. */
  low: number;
  high: number;
  /** Time from the start of the shake to the opt-out, over the detected ones, ms. */
  latencyMs: { median: number; p90: number };
  /** [detected, trials] at each frame rate (key: fps). */
  byFps: Record<string, number[]>;
}

/** Opt-outs over synthetic ordinary motion, where nobody shakes their head. */
export interface ShakeNegativeFigures {
  hours: number;
  falseOptOuts: number;
  per10Min: number;
  /** False opt-outs by the kind of motion during which they fired. */
  byKind: Record<string, number>;
}

/** One real clip's YuNet keypoints (src/logic/__fixtures__) through the detector. */
export interface ShakeRealClipFigures {
  clip: string;
  /** Seconds of face in view, summed over faces. */
  faceSeconds: number;
  /** Opt-out times, s. */
  optOuts: number[];
  /** For a shake clip: the first opt-out after the labeled start, s; null otherwise or when none. */
  firstOptOutS: MeasuredValue;
  /** What the clip was used to choose, or null when it is held out. */
  usedFor: string | null;
}

/** `models/shake-figures.json`, written by `npm run eval:shake` (scripts/eval-shake.mts). */
export interface ShakeFigures {
  method: string;
  bands: ShakeBandFigures[];
  /** All bands together. */
  detection: { trials: number; detected: number; rate: number; low: number; high: number };
  syntheticNegatives: ShakeNegativeFigures;
  real: {
    clips: ShakeRealClipFigures[];
    /** The real negative clips not used to choose anything. */
    heldOutNegatives: { clips: string[]; minutes: number; falseOptOuts: number; per10Min: MeasuredValue };
  };
}
