// Named imports, so the bundle keeps only these parts of the training record.
import { detectorComparison, sets as detectionSets, smallestFace } from '../../models/detection-figures.json';
import { evaluations as classifierEvaluations, pipeline as classifierPipeline } from '../../models/mask-classifier/figures.json';
import { sets as peerSets } from '../../models/peer-figures.json';
import { bands as shakeBands, detection as shakeDetection, real as shakeReal, syntheticNegatives as shakeNegatives } from '../../models/shake-figures.json';
import { MASK_LABELS } from './frame';
import type { ClassifierRate, DetectionFigures, DetectionRate, DetectionSetFigures, MaskClassifierFigures, MaskEvaluationFigures, PeerFigures, PipelineFigures, ShakeFigures } from './measured-figures';
import type { ClassifierLimits, ComparedDetectorLimits, DetectorLimits, MeasuredRate, SystemLimits } from './system-limits';

// Typed here, so a figures file that does not match its schema fails the typecheck.
const classifierFigures: MaskClassifierFigures['evaluations'] = classifierEvaluations;
const pipelineFigures: MaskClassifierFigures['pipeline'] = classifierPipeline;
const peer: PeerFigures['sets'] = peerSets;
const shake: Pick<ShakeFigures, 'bands' | 'detection' | 'syntheticNegatives' | 'real'> = { bands: shakeBands, detection: shakeDetection, syntheticNegatives: shakeNegatives, real: shakeReal };
/** The band with the lowest detection rate. */
const hardestShakeBand = shake.bands.reduce((worst, band) => (band.rate < worst.rate ? band : worst));
const detection: Pick<DetectionFigures, 'sets' | 'smallestFace' | 'detectorComparison'> = { sets: detectionSets, smallestFace, detectorComparison };

/**
 * The detector's figures on real photos that neither chose its threshold (validation) nor trained the mask
 * classifier (train): the test split of real_scenes.
 */
const DETECTION_SET = 'real_scenes test';
/** The camera's frame size the smallest face is given for. */
const SMALLEST_FACE_FRAME = '640×480';

/**
 * The real faces the classifier never trained on (real_scenes' test split), the figure that matters on a street;
 * on the synthetic held-out sources accuracy is higher (see the card).
 */
const CLASSIFIER_SET = 'held out: realScenes';
/** The same photos through the page's whole pipeline, abstention included (issue 27). */
const PIPELINE_SET = 'real_scenes';

const classifierRate = (r: ClassifierRate | undefined): MeasuredRate | undefined =>
  r?.value == null || r.low === null || r.high === null ? undefined : { value: r.value, n: r.n, low: r.low, high: r.high };

const detectionRate = (r: DetectionRate): MeasuredRate | undefined =>
  r.value === null ? undefined : { value: r.value, n: r.n, low: r.low, high: r.high };

/** Recall per class, precision and masked share of one detector on one set. */
function setLimits(set: DetectionSetFigures): DetectorLimits {
  return {
    recall: Object.fromEntries(MASK_LABELS.map((l) => [l, detectionRate(set.recallByClass[l])])),
    precision: detectionRate(set.precision.centre),
    maskedShare: { true: set.maskedShare.true, estimated: set.maskedShare.estimated },
  };
}

/** Every compared detector, the counting one marked (eval:detect writes it first: DetectorComparisonFigures). */
function comparedDetectors(): ComparedDetectorLimits[] {
  return detection.detectorComparison.detectors.map(({ detector, minScore, figures }, i) => ({
    name: detector,
    minScore,
    counts: i === 0,
    ...setLimits(figures),
  }));
}

function detectorLimits(): DetectorLimits {
  const set = detection.sets.find((s) => s.name === DETECTION_SET);
  const px = detection.smallestFace.find((s) => s.frame === SMALLEST_FACE_FRAME)?.px;
  return {
    ...(set && setLimits(set)),
    ...(px !== null && px !== undefined && { smallestFacePx: px }),
  };
}

function classifierLimits(e: MaskEvaluationFigures | undefined): ClassifierLimits {
  if (!e) return {};
  return {
    accuracy: classifierRate(e.accuracy),
    recall: Object.fromEntries(MASK_LABELS.map((l) => [l, classifierRate(e.perClass[l]?.recall)])),
  };
}

function pipelineLimits(p: PipelineFigures | undefined): Pick<ClassifierLimits, 'unknownShare' | 'maskedShare'> {
  if (!p) return {};
  const { true: t, estimated } = p.maskedShare;
  return {
    unknownShare: classifierRate(p.unknownShare),
    ...(t.value !== null && estimated.value !== null && { maskedShare: { true: t.value, estimated: estimated.value } }),
  };
}

/** Per class, the page and AIZOO's SSD labelled right on the same faces of one set's test photos (eval:peer). */
function peerLimits(set: PeerFigures['sets'][number] | undefined): Pick<ClassifierLimits, 'peerRight'> {
  if (!set) return {};
  const peerRight: NonNullable<ClassifierLimits['peerRight']> = {};
  for (const l of MASK_LABELS) {
    const page = classifierRate(set.perClass[l].page.right);
    const other = classifierRate(set.perClass[l].peer.right);
    if (page && other) peerRight[l] = { page, peer: other };
  }
  return { peerRight };
}

/**
 * This system's measured limits, shown in "Rules and limits": read from the measured-figures files in models/
 * (schema: measured-figures.ts), which the named commands write.
 */
export const MEASURED_LIMITS: SystemLimits = {
  detector: {
    ...detectorLimits(),
    source: 'models/README.md (npm run eval:detect; real photos of real_scenes\' test split, faces ≥ 24 px; smallest face at 640×480)',
  },
  detectorComparison: {
    set: detection.detectorComparison.set,
    detectors: comparedDetectors(),
    source: 'models/README.md (npm run eval:detect -- --compare-only; the same photos through the page\'s pipeline once per detector)',
  },
  classifier: {
    ...classifierLimits(classifierFigures.find((e) => e.name === CLASSIFIER_SET)),
    ...pipelineLimits(pipelineFigures.bySplit.test[PIPELINE_SET]),
    ...peerLimits(peer.find((s) => s.set === PIPELINE_SET)),
    source: 'models/mask-classifier/CARD.md (npm run train; real photos never trained on: real_scenes\' test split); AIZOO: models/peer-figures.json (npm run eval:peer)',
  },
  shake: {
    // All synthetic bands together (0.5–3 Hz, ±15–45°, 10–30 fps); the file also has each band, the latency and
    // the real clips (README "Head-shake opt-out").
    detectionRate: { value: shake.detection.rate, n: shake.detection.trials, low: shake.detection.low, high: shake.detection.high },
    falseOptOutsPer10Min: shake.syntheticNegatives.per10Min,
    realFalseOptOuts: { count: shake.real.negatives.falseOptOuts, minutes: shake.real.negatives.minutes, clips: shake.real.negatives.clips.length },
    cutOptOuts: { count: shake.real.cuts.jumped.optOuts + shake.real.cuts.sameSize.optOuts, cuts: shake.real.cuts.jumped.joins + shake.real.cuts.sameSize.joins },
    hardestBand: {
      rate: { value: hardestShakeBand.rate, n: hardestShakeBand.trials, low: hardestShakeBand.low, high: hardestShakeBand.high },
      hz: hardestShakeBand.hz,
      amplitudeDeg: hardestShakeBand.amplitudeDeg,
    },
    source: 'models/shake-figures.json (npm run eval:shake; seeded synthetic shakes and ordinary motion with expressions and a shaking camera; real clips through the page’s pipeline, in README “Head-shake opt-out”)',
  },
};
