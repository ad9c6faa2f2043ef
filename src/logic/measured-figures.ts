import type { ClassifierLabel, MaskLabel } from './frame';
import type { MedianP95 } from './stats';

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
  /**
   * Share of with_mask among faces ≥ minFaceHeight: annotated, and as detected + labelled (the page's figure: faces it
   * calls unknown left out, `unknown` of them; absent in figures measured before that rule).
   */
  maskedShare: { true: number; estimated: number; errorPoints: number; classified: number; unknown?: number };
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
  /**
   * The comparison (README "Compare detectors"): the same photos through the page's pipeline with each detector
   * (DetectorName) at the page's settings, the same classifier after both.
   */
  detectorComparison: DetectorComparisonFigures;
  /** Issue 27, item 4: detection recall per class at lower thresholds, with a second stage (`--recall-sweep`). */
  recallSweep: RecallSweepFigures;
}

/** One real set's split at one (second stage, threshold) of the recall sweep; faces ≥ minFaceHeight, centre rule. */
export interface RecallSweepSetFigures {
  /** "real_scenes test", … */
  name: string;
  photos: number;
  /** Annotated faces found by a detection the second stage kept. */
  recallByClass: Record<MaskLabel, DetectionRate>;
  /** without_mask recall minus with_mask recall (issue 27 asks ≤ 0.05 on both real sets' test splits). */
  recallGap: MeasuredValue;
  /** Kept detections on no annotated face, per photo. */
  falsePositivesPerPhoto: number;
  /** Detections the classifier has to look at, per photo (its cost per frame grows with them). */
  classifiedPerPhoto: number;
  /** Found faces the page calls unknown (FACE_MIN_PROBABILITY), as in the classifier's figures. */
  unknownShare: DetectionRate;
  /** with_mask among annotated faces, and among the page's known answers (false positives included). */
  maskedShare: { true: MeasuredValue; estimated: MeasuredValue; errorPoints: MeasuredValue };
}

export interface RecallSweepFigures {
  /** Day of the run, YYYY-MM-DD. */
  measuredOn: string;
  /** The detector ran once per photo at this score; each row keeps the detections from its threshold up. */
  floor: number;
  /** The page's threshold (YUNET_CONFIG.minScore) at the time of the run. */
  pageMinScore: number;
  /** One row per second stage (SECOND_STAGES, src/eval/recall-sweep.ts) and threshold. */
  rows: { stage: string; minScore: number; sets: RecallSweepSetFigures[] }[];
}

export interface DetectorComparisonFigures {
  /** Day of the run, YYYY-MM-DD (`npm run eval:detect -- --compare-only` re-measures this part alone). */
  measuredOn: string;
  /** The data set's name, as in `sets`. */
  set: string;
  /**
   * The machine's 1-minute load average when the run began, then ended (2 cores): ms per image is only comparable
   * between the two detectors of one run, and only when these are low.
   */
  loadAverage: number[];
  /** In DETECTOR_NAMES order: the detector that counts on the page (YuNet) first. */
  detectors: { detector: string; minScore: number; figures: DetectionSetFigures }[];
}

/** A measured proportion: `k` of `n`, with its Wilson 95 % interval; value and bounds null when n is 0. */
export interface ClassifierRate {
  value: MeasuredValue;
  k: number;
  n: number;
  low: MeasuredValue;
  high: MeasuredValue;
}

export interface ClassEvaluationFigures {
  /** Examples whose true class is this one. */
  n: number;
  precision: ClassifierRate;
  recall: ClassifierRate;
}

/** The classifier on one set of crops. */
export interface MaskEvaluationFigures {
  /** "validation", "held out: SOURCE" (one per held-out source), or a slice's description. */
  name: string;
  n: number;
  accuracy: ClassifierRate;
  /** Every class that occurs or was predicted. */
  perClass: Partial<Record<ClassifierLabel, ClassEvaluationFigures>>;
  /** counts[true class][predicted class], classes (ClassifierLabel) in `labels` order. */
  confusion: { labels: string[]; counts: number[][] };
}

/** Detection counts and rates on a set of photos, under one match rule. */
export interface DetectionCountFigures {
  faces: number;
  truePositives: number;
  falsePositives: number;
  ignored: number;
  recall: ClassifierRate;
  precision: ClassifierRate;
}

/** The detector's faces on real photos, before and after dropping those the classifier calls not a face. */
export interface NotAFaceEffectFigures {
  photos: number;
  rule: string;
  before: DetectionCountFigures;
  after: DetectionCountFigures;
}

/** Reliability of the classifier's stated probability (src/logic/calibration.ts), as JSON. */
export interface ReliabilityFigures {
  bins: { from: number; to: number; n: number; confidence: number | null; accuracy: number | null }[];
  ece: number;
  n: number;
}

/** Temperature scaling of the classifier's softmax, and its effect (before: temperature 1). */
export interface CalibrationFigures {
  temperature: number;
  fittedOn: string;
  validation: { before: ReliabilityFigures; after: ReliabilityFigures };
  /** The same validation samples, per source. */
  validationBySource: Record<string, { before: ReliabilityFigures; after: ReliabilityFigures }>;
  /** Per held-out source of real photos (realScenes, realScenesMore, background). */
  test: Record<string, { before: ReliabilityFigures; after: ReliabilityFigures }>;
}

/**
 * The page's pipeline on one real set's split (src/logic/pipeline-figures.ts): per class over the annotated
 * faces ≥ 24 px, `detected` = found by a kept detection (recall), `right` = labelled with their class among those
 * found (unknown counts as wrong), `unknown` = labelled unknown among those found.
 */
export interface PipelineFigures {
  photos: number;
  perClass: Record<'with_mask' | 'without_mask' | 'mask_incorrect', { n: number; detected: ClassifierRate; right: ClassifierRate; unknown: ClassifierRate }>;
  /** Unknown among the found faces ≥ 24 px; among every detection the page counts (false positives included). */
  unknownShare: ClassifierRate;
  countedUnknown: ClassifierRate;
  maskedShare: { true: ClassifierRate; estimated: ClassifierRate; errorPoints: number | null };
  /**
   * Calibration of what the page states about these same faces (found, ≥ 24 px): its probability for its mask
   * answer against right or wrong, abstention aside. The calibration figures above cover every face of the split,
   * the ones the detector missed included (their crop then comes from the annotated box).
   */
  reliability: ReliabilityFigures;
}

/** `models/mask-classifier/figures.json`, written by `npm run train` (scripts/train/card.ts); CARD.md shows it. */
export interface MaskClassifierFigures {
  seed: number;
  /**
   * null when this run trained the weights it measured; otherwise how the committed weights came to be (they were
   * only measured, `npm run train -- --evaluate-only --provenance TEXT`), and the training fields are empty.
   */
  provenance: string | null;
  /** The detector that cut the training crops (scripts/train/face-boxes.ts), and its score threshold. */
  detector: string;
  /** The page's detector threshold, applied to the detections the not-a-face and masked-share figures use. */
  pageMinScore: number;
  epochs: number;
  batch: number;
  /** The peak learning rate (cosine decay to 5 % of it). */
  learningRate: number;
  /**
   * null (or absent, in files written before the option) when training started from seeded random weights;
   * otherwise the commit whose committed classifier it started from (`npm run train -- --fine-tune-from COMMIT`),
   * and that weights.bin's sha256.
   */
  fineTunedFrom?: { commit: string; weightsSha256: string } | null;
  dropout: number;
  /** The epoch whose weights were kept, and how it was chosen. */
  bestEpoch: number;
  selection: string;
  history: { epoch: number; loss: number; validationAccuracy: number; validationScore: number; seconds: number }[];
  trainingSeconds: number;
  totalSeconds: number;
  cpu: string;
  weightBytes: number;
  parameters: number;
  /** The model files written, with their sha256. */
  files: { name: string; sha256: string }[];
  /** The network's shape; `labels`: its classes (ClassifierLabel), in output order. */
  topology: { inputSize: number; stem: number; blocks: { filters: number; stride: number }[]; labels: string[] };
  /** The face crop the run trained on (src/ml/face-crop.ts). */
  crop: { margin: number; eyesToCentre: number };
  /** Median (box centre − eyes) / box height on the detected training faces. */
  measuredEyesToCentre: MeasuredValue;
  /** Per class, in topology order: training examples per epoch (after repeats), and the loss weight. */
  classCounts: number[];
  classWeights: number[];
  /** Times a training sample is shown per epoch, by kind. */
  repeats: { realScenes: number; realScenesWithoutMask: number; realScenesMaskIncorrect: number; other: number };
  exclusions: { reason: string; count: number }[];
  /**
   * The label audit the run's real-face labels follow (scripts/train/label-corrections.json): what was looked at,
   * and per real set the errors looked at, those left as annotated (annotation right, or ambiguous), those found
   * unjudgeable (kept out of training and validation) and those relabelled. Absent: the run predates the audit.
   */
  labelAudit?: { audited: string; bySource: { source: string; errors: number; annotationRight: number; ambiguous: number;
    unjudgeable: number; relabelled: { from: string; to: string; count: number }[] }[] };
  /** Face samples per source, and how many of them the detector missed (crop from the annotation instead). */
  fallbackBySource: { source: string; n: number; fallback: number }[];
  splitCounts: ({ source: string; split: string } & Record<ClassifierLabel, number>)[];
  nodeMsPerFace: number;
  /** "validation", then "held out: SOURCE" per held-out source, then slices. */
  evaluations: MaskEvaluationFigures[];
  /** On real_scenes validation and test photos: what dropping not-a-face detections does, per match rule. */
  notAFace: Record<'validation' | 'test', NotAFaceEffectFigures[]>;
  /**
   * with_mask share on the real_scenes validation and test photos, as eval:detect computes it: true over the
   * annotated faces ≥ 24 px, estimated over the page's detections (not on a smaller face) with this classifier,
   * and without the not-a-face filter; errors in percentage points. `found`: on the annotated faces the detector
   * found only, their true share and the classifier's estimate (the classifier's part of the error, without the
   * detector's misses and false positives); `falsePositives`: detections on no annotated face, in `estimated`.
   */
  maskedShare: Record<'validation' | 'test', { photos: number; true: ClassifierRate; estimated: ClassifierRate; errorPoints: number;
    estimatedWithoutFilter: ClassifierRate; errorPointsWithoutFilter: number; found: { true: ClassifierRate; estimated: ClassifierRate };
    falsePositives: number }>;
  /** Temperature scaling, fitted on validation (model.json's `temperature`). */
  calibration: CalibrationFigures;
  /**
   * Issue 27's figures: the page's pipeline with abstention at `minProbability` (FACE_MIN_PROBABILITY), per split
   * and real set (and the same set with every face guessed, threshold 0), and the validation sweep that chose it.
   */
  pipeline: {
    minProbability: number;
    rule: string;
    bySplit: Record<'validation' | 'test', Record<string, PipelineFigures>>;
    sweep: { on: string; maxUnknownShare: number; best: number; rows: { minProbability: number; unknownShare: ClassifierRate;
      worstErrorPoints: number; perSet: Record<string, { errorPoints: number | null; unknownShare: ClassifierRate; countedUnknown: ClassifierRate }> }[] };
  };
}

/** Head-shake detection on one band of synthetic "no"s (src/eval/testing/shake-figures.ts). */
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

/** One real clip's keypoints, as the page's pipeline found them (src/eval/__fixtures__), through the counting session. */
export interface ShakeRealClipFigures {
  clip: string;
  /** Seconds of confirmed faces in view, summed over tracks. */
  faceSeconds: number;
  /** ... of which the shake detector was deciding (the face large enough, past its first half second). */
  readingSeconds: number;
  /** Tracks confirmed (passes, opted-out ones included). */
  passes: number;
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
    /** Every real negative clip. */
    negatives: ShakeRealNegatives;
    /** The real negative clips not used to choose anything. */
    heldOutNegatives: ShakeRealNegatives;
    cuts: ShakeCutFigures;
    /** The same cuts without the scene-cut signal (the tracker's size rule alone): what the signal adds. */
    cutsWithoutSceneCut: ShakeCutFigures;
    sceneChange: ShakeSceneChangeFigures;
  };
}

/** The scene-cut signal (logic/scene-cut.ts) as the page measured it: ordinary frames of the real clips, and cuts. */
export interface ShakeSceneChangeFigures {
  /** SCENE_CUT_PARAMS.threshold: a larger change is a cut. */
  threshold: number;
  /** Frame-to-frame changes measured on the real clips (every frame but each clip's first). */
  ordinaryFrames: number;
  ordinaryMax: number;
  /** Clip and time of the largest. */
  ordinaryMaxAt: string;
  ordinaryP999: number;
  /** Ordinary frames read as a cut (each would end the passes in view). */
  ordinaryAbove: number;
  /** Cuts between real clips (cutJoins), measured. */
  joins: number;
  joinMin: number;
  joinMedian: number;
  /** Cuts read as a cut. */
  joinsAbove: number;
}

/** Video cuts made by joining real clips' keypoints (src/eval/testing/cuts.ts), through the counting session. */
export interface ShakeCutFigures {
  /** Single-face negative clips joined, every ordered pair. */
  clips: number;
  /** Cuts to a face whose width jumps more than the tracker allows (`maxSizeJump`): each should be two passes. */
  jumped: ShakeCutCount;
  /** Cuts to a face of about the same width at the same place: the tracker cannot tell them from one face. */
  sameSize: ShakeCutCount;
}

export interface ShakeCutCount {
  /** Width after the cut over width before. */
  scales: number[];
  joins: number;
  splitIntoTwoPasses: number;
  optOuts: number;
}

/** False opt-outs on real clips without a shake, per 10 minutes of face-time (summed over tracks). */
export interface ShakeRealNegatives {
  clips: string[];
  minutes: number;
  /** Minutes of that face-time in which the shake detector was deciding. */
  readingMinutes: number;
  falseOptOuts: number;
  per10Min: MeasuredValue;
}

/** The pipeline's stages as the bench times them (README "Performance"). */
export const PERFORMANCE_STAGES = ['transfer', 'preprocess', 'detect', 'classify', 'track'] as const;
export type PerformanceStage = (typeof PERFORMANCE_STAGES)[number];

/** One bench frame (640×480) through the page's pipeline, the naive baseline and the ONNX runtimes. */
export interface PerformanceFrameFigures {
  name: string;
  facesFound: number;
  baselineFacesFound: number;
  /** As a stream at 15 fps: the detector chooses its input size from the previous frame, as live. */
  stagesMs: Record<PerformanceStage, MedianP95>;
  pipelineMs: MedianP95;
  baselineMs: MedianP95;
  /** pipeline / baseline medians. */
  ratio: MeasuredValue;
  classifierMsPerFace: MeasuredValue;
  /**
   * Every run a full search (the whole frame at 640×480, as live at least twice a second): the detect stage and the
   * whole pipeline, and the same ONNX model in onnxruntime-web (WASM) and onnxruntime-node (native, null when it
   * did not run); ratios of the detect stage's median to theirs.
   */
  fullSearch: {
    detectMs: MedianP95;
    pipelineMs: MedianP95;
    ortWebMs: MedianP95;
    ortNodeMs: MedianP95 | null;
    /** onnxruntime-web with a thread per core (its own pthread workers, under the site's CSP); null on one core. */
    ortWebThreadedMs: MedianP95 | null;
    ratioOrtWeb: MeasuredValue;
    ratioOrtNode: MeasuredValue;
  };
}

/** The real page on the fake camera, fresh profile. */
export interface PerformanceLiveFigures {
  /** Cold start, each run: Start clicked (camera permission already granted) → first frame counted, ms. */
  coldStartMs: number[];
  coldStartMedianMs: number;
  /** The same runs from the navigation (page load, reading time before the click included). */
  navigationToCountMs: number[];
  /**
   * When each step of the cold start was reached, ms after the Start click, median over the runs, in the order
   * reached: the page's marks (src/ml/pipeline-types.ts, markStartup), e.g. the worker's script running, its
   * backend ready, the models loaded, their first run done, the camera playing, the first frame counted.
   */
  coldStartStepsMs: [string, number][];
  fps: number;
  firstLoadBytesGzip: number;
  /** The site's files fetched before the first count, biggest first, with their gzip bytes. */
  firstLoadFiles: [string, number][];
  precacheBytesGzip: number;
}

/** `models/performance-figures.json`, written by `npm run bench` (scripts/bench.mts) on the WASM backend. */
export interface PerformanceFigures {
  measuredOn: string;
  /** The machine's cores and its 1-minute load average when the bench started and when it ended. */
  machine: { cores: number; loadAverage: [number, number]; chromium: string };
  backend: { name: string; simd: boolean; threads: number };
  /** Timed runs per frame and per measurement (warm-up runs on top). */
  runsPerFrame: number;
  peers: {
    ortWeb: { version: string; threads: number };
    ortNode: { version: string; threads: number } | null;
    ortWebThreaded: { version: string; threads: number } | null;
  };
  frames: PerformanceFrameFigures[];
  /** All frames' runs together (each frame as many): the headline. */
  pooled: {
    pipelineMs: MedianP95;
    baselineMs: MedianP95;
    ratio: MeasuredValue;
    fullSearchDetectMs: MedianP95;
    fullSearchPipelineMs: MedianP95;
    ortWebMs: MedianP95;
    ortNodeMs: MedianP95 | null;
    ortWebThreadedMs: MedianP95 | null;
    ratioOrtWeb: MeasuredValue;
    ratioOrtNode: MeasuredValue;
  };
  /** The camera path on the clips (15 fps clock): pipeline ms per frame and the passes counted. */
  clips: { clip: string; frames: number; median: number; p95: number; passes: number }[];
  live: PerformanceLiveFigures | null;
}

/** One class on one set: the faces the page's pipeline found, the page's answers and the peer's on them. */
export interface PeerClassFigures {
  /** Annotated faces ≥ minFaceHeight of this class that the page's pipeline found. */
  n: number;
  /** Right (unknown counts as wrong), unknown, and right on the faces the peer found too. */
  page: { right: ClassifierRate; unknown: ClassifierRate; rightWherePeerFound: ClassifierRate };
  /** Found by the peer (its match rule; the centre rule beside it), and among those found: right, called masked. */
  peer: { found: ClassifierRate; foundByCentre: ClassifierRate; right: ClassifierRate; masked: ClassifierRate };
}

/** `models/peer-figures.json`, written by `npm run eval:peer` (scripts/eval-peer.mts): a public mask detector on the page's faces. */
export interface PeerFigures {
  measuredOn: string;
  peer: {
    name: string;
    /** Repository and commit the weights come from, their license, and the files' sha256. */
    source: string;
    license: string;
    files: { file: string; sha256: string }[];
    runtime: string;
    inputSize: number;
    minScore: number;
    nmsIou: number;
  };
  minFaceHeight: number;
  /** The page's abstention threshold (FACE_MIN_PROBABILITY) and detector threshold the faces were found and judged at. */
  pageMinProbability: number;
  pageMinScore: number;
  pageRule: string;
  peerRule: string;
  /** One-minute load average at the start and the end of the run (2 cores, shared). */
  loadAverage: [number, number];
  sets: { set: string; split: string; photos: number; perClass: Record<MaskLabel, PeerClassFigures> }[];
}
