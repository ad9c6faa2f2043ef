import { describe, expect, it } from 'vitest';
import { classificationMetrics, formatConfusion } from './classification-metrics';

const LABELS = ['a', 'b', 'c'] as const;
type L = (typeof LABELS)[number];
const ex = (actual: L, predicted: L, times = 1): { actual: L; predicted: L }[] =>
  Array.from({ length: times }, () => ({ actual, predicted }));

describe('classificationMetrics', () => {
  it('counts the confusion matrix with true classes as rows', () => {
    const m = classificationMetrics(LABELS, [...ex('a', 'a', 3), ...ex('a', 'b'), ...ex('b', 'b', 2), ...ex('c', 'a')]);
    expect(m.confusion).toEqual([[3, 1, 0], [0, 2, 0], [1, 0, 0]]);
    expect(m.n).toBe(7);
    expect(m.accuracy).toBeCloseTo(5 / 7);
  });

  it('gives precision over predictions and recall over true examples', () => {
    const m = classificationMetrics(LABELS, [...ex('a', 'a', 3), ...ex('a', 'b'), ...ex('b', 'b', 2), ...ex('c', 'a')]);
    expect(m.perClass.a).toEqual({ n: 4, precision: 3 / 4, recall: 3 / 4 });
    expect(m.perClass.b).toEqual({ n: 2, precision: 2 / 3, recall: 1 });
    expect(m.perClass.c.n).toBe(1);
    expect(m.perClass.c.recall).toBe(0);
    expect(m.perClass.c.precision).toBeNaN();
  });

  it('is NaN, not an error, when a class (or everything) is absent', () => {
    const m = classificationMetrics(LABELS, []);
    expect(m.accuracy).toBeNaN();
    expect(m.perClass.b.recall).toBeNaN();
  });

  it('rejects labels outside the list', () => {
    expect(() => classificationMetrics(LABELS, [{ actual: 'a', predicted: 'z' as L }])).toThrow(/z/);
  });

  it('formats one row per true class', () => {
    const text = formatConfusion(classificationMetrics(LABELS, [...ex('a', 'b', 12)]));
    const lines = text.split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[1]).toMatch(/^a\s+0\s+12\s+0$/);
  });
});
