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
 * both real sets, T = 1.17), validation, masked-share error real_scenes / real_scenes_more and found faces left
 * unknown: 0 (guess all) −2.6 / −2.6 pts, 0 %; 0.35: −1.8 / −2.1, 1.1 %; 0.45: −0.7 / −2.1, 3.5 %;
 * **0.5: −0.4 / −1.7, 5.6 %**; 0.55: +1.8 / −1.2, 9.6 %; 0.6: +3.3 / −0.7, 12 %; 0.7: +3.6 / +0.7, 17 %.
 * Guessing every face, these weights put the share low; the answers they doubt are mostly "not masked" ones, so
 * leaving them out raises it, up to 0.5; above 0.55 it overshoots and about a tenth of the faces or more are
 * unknown. (With the weights before, trained without real_scenes_more, every threshold above 0.35 made the share
 * worse.) A threshold is no better than the classifier's sense of its own doubt.
 */
export const FACE_MIN_PROBABILITY = 0.5;

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
