import { describe, expect, it } from 'vitest';
import { pairedComparison } from './paired-comparison';

const rights = (pattern: string): boolean[] => [...pattern].map((c) => c === '1');

describe('paired comparison (exact McNemar)', () => {
  it('counts agreements and disagreements face by face', () => {
    expect(pairedComparison(rights('1100'), rights('1010'))).toEqual({ n: 4, bothRight: 1, onlyFirst: 1, onlySecond: 1, bothWrong: 1, pValue: 1 });
  });

  it('gives the two-sided binomial tail of the disagreements', () => {
    // Six disagreements all one way: 2 · (½)^6.
    expect(pairedComparison(rights('000000'), rights('111111')).pValue).toBeCloseTo(2 / 64, 10);
    // 1 against 9: 2 · (1 + 10) / 1024.
    expect(pairedComparison(rights('1000000000'), rights('0111111111')).pValue).toBeCloseTo(22 / 1024, 10);
    // Faces both get right or both get wrong do not count.
    expect(pairedComparison(rights('11' + '000000' + '00'), rights('11' + '111111' + '00')).pValue).toBeCloseTo(2 / 64, 10);
  });

  it('calls a few faces apart on hundreds no difference, and many apart one', () => {
    const first = Array.from({ length: 500 }, (_, i) => i % 10 !== 0);
    const second = first.map((r, i) => (i < 20 ? !r : r)); // 18 faces only first, 2 only second
    expect(pairedComparison(first, second).pValue).toBeLessThan(0.001);
    const close = first.map((r, i) => (i === 1 || i === 2 || i === 10 || i === 20 ? !r : r)); // two faces each way
    expect(pairedComparison(first, close).pValue).toBe(1);
  });

  it('refuses faces that do not pair up', () => {
    expect(() => pairedComparison([true], [true, false])).toThrow(/1 and 2/);
  });
});
