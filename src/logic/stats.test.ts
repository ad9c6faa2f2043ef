import { describe, expect, it } from 'vitest';
import { mean, median, medianP95, quantile, ratio, round } from './stats';

describe('stats', () => {
  it('quantiles interpolate between order statistics', () => {
    expect(quantile([3, 1, 2], 0.5)).toBe(2);
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantile([0, 10], 0.95)).toBeCloseTo(9.5);
    expect(quantile([], 0.5)).toBeNaN();
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('round to a number of decimals, and average', () => {
    expect(round(1.23456)).toBe(1.23);
    expect(round(1.23456, 3)).toBe(1.235);
    expect(round(1234.5, 0)).toBe(1235);
    expect(mean([1, 2, 6])).toBe(3);
  });

  it('summarise timings and guard empty samples', () => {
    expect(medianP95([1, 2, 3, 4, 100])).toEqual({ median: 3, p95: 80.8 });
    expect(medianP95([])).toEqual({ median: null, p95: null });
  });

  it('divide, or say null when there is nothing to divide', () => {
    expect(ratio(5, 20)).toBe(0.25);
    expect(ratio(5, 0)).toBeNull();
    expect(ratio(null, 3)).toBeNull();
    expect(ratio(3, undefined)).toBeNull();
  });
});
