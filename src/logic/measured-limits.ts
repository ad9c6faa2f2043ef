// Named imports, so the bundle keeps only these parts of the training record.
import { heldOutBySource } from '../../models/mask-classifier/figures.json';
import shakeJson from '../../models/shake-figures.json';
import { MASK_LABELS } from './frame';
import type { MaskClassifierFigures, MaskEvaluationFigures, ShakeFigures } from './measured-figures';
import type { ClassifierLimits, MeasuredRate, SystemLimits } from './system-limits';

// Typed here, so a figures file that does not match its schema fails the typecheck.
const classifierBySource: MaskClassifierFigures['heldOutBySource'] = heldOutBySource;
const shake: ShakeFigures = shakeJson;

/** The held-out real photos; on the synthetic held-out sources accuracy is higher (see the card). */
const CLASSIFIER_SOURCE = 'scenesV2';

const rate = (value: number | null, n?: number): MeasuredRate | undefined =>
  value === null ? undefined : n === undefined ? { value } : { value, n };

function classifierLimits(e: MaskEvaluationFigures | undefined): ClassifierLimits {
  if (!e) return {};
  return {
    accuracy: rate(e.accuracy, e.n),
    recall: Object.fromEntries(MASK_LABELS.map((l) => [l, rate(e.perClass[l].recall, e.perClass[l].n)])),
  };
}

/**
 * This system's measured limits, shown in "Rules and limits": read from the measured-figures files in models/
 * (schema: measured-figures.ts), which the named commands write; the detector's are still typed by hand (below).
 */
export const MEASURED_LIMITS: SystemLimits = {
  // Not yet from models/detection-figures.json: these are BlazeFace's figures (near/far/auto), to be replaced
  // once eval:detect has measured YuNet and the detector limits name one detector instead of three modes.
  detector: {
    // models/README.md, eval:detect on scenes_v2 (20 real photos, 94 faces ≥ 24 px), IoU ≥ 0.5.
    modes: {
      near: { recall: { value: 0.05, n: 94 }, precision: { value: 0.83 } },
      far: { recall: { value: 0.66, n: 94 }, precision: { value: 0.81 } },
      auto: { recall: { value: 0.66, n: 94 }, precision: { value: 0.81 } },
    },
    // Far and auto modes; the default near mode needs faces of 80 px at 640×480.
    smallestFacePx: 19,
    source: 'models/README.md (npm run eval:detect, real photos of scenes_v2; smallest face: far mode, near mode 80 px)',
  },
  classifier: {
    ...classifierLimits(classifierBySource.find((e) => e.name === CLASSIFIER_SOURCE)),
    source: 'models/mask-classifier/CARD.md (npm run train; held-out real photos of scenes_v2)',
  },
  shake: {
    detectionRate: { value: shake.detectionRate, n: shake.conditions.shakes },
    falseOptOutsPer10Min: shake.falseOptOutsPer10Min,
    source: 'src/logic/shake.rates.test.ts (synthetic sequences), README “Head-shake opt-out”',
  },
};
