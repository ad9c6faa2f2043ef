/**
 * When the page says "unknown" about one face instead of guessing: the mask classifier's calibrated probability
 * of its likeliest class is below FACE_MIN_PROBABILITY. Such a face is never counted masked or bare, in a frame
 * or in a pass vote (passes.ts). The probability is the classifier's after temperature scaling fitted on
 * validation faces (scripts/train/calibration.ts), so "0.8" means "right about 8 times in 10" on faces like those.
 */
import type { MaskLabel } from './frame';

/**
 * The calibrated probability a face's label needs to count. Chosen by `npm run train` on the validation faces
 * for the error of the masked share, not for accuracy (the sweep, with the unknown share beside each value, is in
 * models/mask-classifier/CARD.md, "Abstention"): an unsure face left out moves the share less than an unsure face
 * guessed, as long as the faces left out are not mostly of one class.
 */
export const FACE_MIN_PROBABILITY = 0.7;

/** A face's label as counted: a mask class, or `unknown` when the classifier is not sure enough. */
export type FaceLabel = MaskLabel | 'unknown';

/**
 * The label a face counts under, or undefined when the classifier did not run on it. A face without a score
 * (e.g. a recorded report without one) keeps its label: nothing says the classifier hesitated.
 */
export function faceLabel(mask: MaskLabel | undefined, score: number | undefined,
  minProbability = FACE_MIN_PROBABILITY): FaceLabel | undefined {
  if (mask === undefined) return undefined;
  return score !== undefined && score < minProbability ? 'unknown' : mask;
}
