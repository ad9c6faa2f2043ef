/** The few statistics every figure Headcount reports is built with (the page, the report JSON, the scripts). */

/** `v` rounded to `digits` decimals. */
export function round(v: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(v * f) / f;
}

export function mean(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}

/** The q-quantile (0–1) of a sample, by linear interpolation between order statistics; NaN when empty. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const pos = (sorted.length - 1) * Math.min(1, Math.max(0, q));
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

/** The middle value (the mean of the two middle ones for an even count); NaN when empty. */
export function median(values: readonly number[]): number {
  return quantile(values, 0.5);
}

export interface MedianP95 {
  median: number | null;
  p95: number | null;
}

/** Median and p95 of a sample, rounded to 0.01 (ms); null fields when the sample is empty. */
export function medianP95(values: readonly number[]): MedianP95 {
  if (values.length === 0) return { median: null, p95: null };
  return { median: round(median(values)), p95: round(quantile(values, 0.95)) };
}

/** a / b rounded to 0.001, or null when either is missing or b is 0 (a ratio of nothing is not 0). */
export function ratio(a: number | null | undefined, b: number | null | undefined): number | null {
  if (a === null || a === undefined || b === null || b === undefined || !Number.isFinite(a) || !Number.isFinite(b) || b === 0) return null;
  return round(a / b, 3);
}
