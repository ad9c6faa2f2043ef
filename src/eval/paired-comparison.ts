/**
 * Two classifiers judged on the same faces: where they agree and where only one is right, and whether the
 * difference is more than chance — the exact McNemar test (a two-sided binomial test on the faces only one gets
 * right). Two models a few faces apart on a small validation set are usually not different at all; this says how
 * far apart they would have to be.
 */

export interface PairedComparison {
  n: number;
  bothRight: number;
  /** Right by the first classifier only, by the second only. */
  onlyFirst: number;
  onlySecond: number;
  bothWrong: number;
  /** Two-sided exact p-value of "each is as likely to be the one right when they disagree" (1 when they never do). */
  pValue: number;
}

/** `first[i]` and `second[i]`: whether each classifier was right on face i. */
export function pairedComparison(first: readonly boolean[], second: readonly boolean[]): PairedComparison {
  if (first.length !== second.length) throw new Error(`pairedComparison: ${first.length} and ${second.length} faces`);
  let bothRight = 0;
  let onlyFirst = 0;
  let onlySecond = 0;
  first.forEach((a, i) => {
    if (a && second[i]) bothRight++;
    else if (a) onlyFirst++;
    else if (second[i]) onlySecond++;
  });
  const n = first.length;
  return { n, bothRight, onlyFirst, onlySecond, bothWrong: n - bothRight - onlyFirst - onlySecond,
    pValue: twoSidedBinomialHalf(Math.min(onlyFirst, onlySecond), onlyFirst + onlySecond) };
}

/** P(X ≤ k) · 2 for X ~ Binomial(n, ½), capped at 1; in logs, so n in the thousands stays exact enough. */
function twoSidedBinomialHalf(k: number, n: number): number {
  if (n === 0) return 1;
  let logChoose = 0; // log C(n, 0)
  let tail = 0;
  for (let i = 0; i <= k; i++) {
    if (i > 0) logChoose += Math.log(n - i + 1) - Math.log(i);
    tail += Math.exp(logChoose - n * Math.LN2);
  }
  return Math.min(1, 2 * tail);
}
