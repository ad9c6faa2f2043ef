import { describe, expect, it } from 'vitest';
import { MIN_CLASSIFIED_FOR_SHARE, maskedShare, wilsonInterval } from './wilson';

describe('wilsonInterval', () => {
  // Reference values: Newcombe (1998), "Two-sided confidence intervals for the single proportion",
  // Statistics in Medicine 17:857–872, Table I, method 3 (Wilson score, no continuity correction).
  it.each([
    [81, 263, 0.2553, 0.3662],
    [15, 148, 0.0624, 0.1605],
    [0, 20, 0, 0.1611],
    [1, 29, 0.0061, 0.1718],
  ])('%i/%i → [%f, %f] as published', (k, n, low, high) => {
    const interval = wilsonInterval(k, n);
    expect(interval.low).toBeCloseTo(low, 4);
    expect(interval.high).toBeCloseTo(high, 4);
  });

  it('is exactly 0 at the low end for 0 successes and exactly 1 at the high end for all successes', () => {
    expect(wilsonInterval(0, 10).low).toBe(0);
    expect(wilsonInterval(10, 10).high).toBe(1);
    expect(wilsonInterval(10, 10).low).toBeCloseTo(0.7225, 4);
  });

  it('rejects impossible counts', () => {
    expect(() => wilsonInterval(3, 0)).toThrow(RangeError);
    expect(() => wilsonInterval(4, 3)).toThrow(RangeError);
    expect(() => wilsonInterval(1.5, 3)).toThrow(RangeError);
  });
});

describe('maskedShare', () => {
  it('gives no percentage below the minimum of classified passes, with a reason code', () => {
    const few = maskedShare({ withMask: 2, withoutMask: 1, maskIncorrect: 1 });
    expect(MIN_CLASSIFIED_FOR_SHARE).toBe(5);
    expect(few).toEqual({ share: null, interval: null, classified: 4, reason: 'too-few-classified' });
  });

  it('counts "worn incorrectly" in the denominator but not the numerator', () => {
    const s = maskedShare({ withMask: 3, withoutMask: 1, maskIncorrect: 1 });
    expect(s.reason).toBeNull();
    expect(s.share).toBeCloseTo(0.6);
    expect(s.classified).toBe(5);
    expect(s.interval).toEqual(wilsonInterval(3, 5));
  });
});
