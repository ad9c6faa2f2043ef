/**
 * When the page says "unknown" about one face instead of guessing: the mask classifier's calibrated probability
 * of its likeliest class is below FACE_MIN_PROBABILITY. Such a face is never counted masked or bare, in a frame
 * or in a pass vote (passes.ts). The probability is the classifier's after temperature scaling fitted on
 * validation faces (scripts/train/calibration.ts), so "0.8" means "right about 8 times in 10" on faces like those.
 */
import type { MaskLabel } from './frame';

/**
 * The calibrated probability a face's label needs to count. Chosen by `npm run train` on the validation photos of
 * both real sets for the error of the masked share, not for accuracy: the smallest worst-set error with at most
 * 10 % of the found faces unknown (the sweep is in models/mask-classifier/CARD.md, "Unknown instead of a guess";
 * scripts/figures.test.ts checks that this is its choice). Measured with the committed weights (fine-tuned on
 * both real sets, T = 1.05, a mask class scored given that the crop is a face: decide()), validation, masked-share
 * error real_scenes / real_scenes_more and found faces left unknown: 0 (guess all) −2.6 / −2.2 pts, 0 %;
 * 0.45: −2.4 / −1.6, 1.1 %; 0.5: −1.9 / −1.5, 2.4 %; 0.55: −1.2 / −1.2, 5.6 %; **0.6: +1.0 / −0.1, 9.1 %**;
 * 0.65: +1.3 / −0.4, 11 %; 0.7: +2.8 / −0.1, 13 %. Guessing every face, these weights put the share low; the
 * answers they doubt are mostly "not masked" ones, so leaving them out raises it; above 0.6 it overshoots on
 * real_scenes and more than a tenth of the faces are unknown. (Scored by the unconditional probability, which
 * counted the doubt that a crop is a face at all against its mask answer, the same weights chose 0.5.) A threshold
 * is no better than the classifier's sense of its own doubt.
 */
export const FACE_MIN_PROBABILITY = 0.6;

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
