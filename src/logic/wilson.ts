/**
 * How sure a mask-wearing percentage can be: the Wilson score interval for a binomial proportion, and the
 * "% masked" figure built on it.
 */

/** Two-sided 95 %: the standard normal quantile 0.975. */
const Z_95 = 1.959963984540054;

/**
 * Below this many classified passes no percentage is shown: with 4 passes the 95 % interval of 2/4 is
 * 15–85 %, which says nothing, and a lone "100 %" from one pass reads as a fact.
 */
export const MIN_CLASSIFIED_FOR_SHARE = 5;

export interface Interval {
  low: number;
  high: number;
}

/**
 * Wilson score 95 % interval for `successes` out of `trials` (both integers, 0 ≤ successes ≤ trials, trials > 0).
 * Chosen over the textbook "p ± 1.96·√(p(1−p)/n)" because that one collapses to a zero-width interval at
 * 0 % and 100 % and leaves [0, 1] at small n — exactly the small counts a market stall produces.
 */
export function wilsonInterval(successes: number, trials: number): Interval {
  if (!Number.isInteger(successes) || !Number.isInteger(trials) || trials <= 0 || successes < 0 || successes > trials) {
    throw new RangeError(`wilsonInterval needs integers 0 ≤ successes ≤ trials, trials > 0; got ${successes}/${trials}`);
  }
  const p = successes / trials;
  const z2 = Z_95 * Z_95;
  const denominator = 1 + z2 / trials;
  const centre = (p + z2 / (2 * trials)) / denominator;
  const halfWidth = (Z_95 / denominator) * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials));
  // At 0 and all successes the exact end is 0 (resp. 1); floating point gives 0.9999999999999999, which a
  // page would print as "< 100 %". Set those ends exactly, and clamp any other rounding residue.
  return {
    low: successes === 0 ? 0 : Math.max(0, centre - halfWidth),
    high: successes === trials ? 1 : Math.min(1, centre + halfWidth),
  };
}

/** Passes (or faces) per known mask status: what a masked share is computed from. */
export interface MaskCounts {
  withMask: number;
  withoutMask: number;
  maskIncorrect: number;
}

/** Why no percentage is shown; the UI translates the code. */
export type NoShareReason = 'too-few-classified';

export type MaskedShare =
  | { share: number; interval: Interval; classified: number; reason: null }
  | { share: null; interval: null; classified: number; reason: NoShareReason };

/**
 * Share of passes wearing a mask, as withMask / (withMask + withoutMask + maskIncorrect).
 * The denominator is every pass whose mask status is known: "worn incorrectly" is in it (and not in the
 * numerator) because a mask under the nose does not count as wearing one under the 2020 rules; `unknown`
 * passes and opt-outs are left out because they carry no evidence either way, and counting them as
 * unmasked (or masked) would bias the figure by however many faces were too small or too brief.
 */
export function maskedShare({ withMask, withoutMask, maskIncorrect }: MaskCounts): MaskedShare {
  const classified = withMask + withoutMask + maskIncorrect;
  if (classified < MIN_CLASSIFIED_FOR_SHARE) {
    return { share: null, interval: null, classified, reason: 'too-few-classified' };
  }
  return { share: withMask / classified, interval: wilsonInterval(withMask, classified), classified, reason: null };
}
