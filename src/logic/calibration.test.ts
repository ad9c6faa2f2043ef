import { describe, expect, it } from 'vitest';
import { fitTemperature, meanNll, reliability, softmaxWithTemperature } from './calibration';
import { seededRandom } from '../eval/seeded-random';

describe('softmaxWithTemperature', () => {
  it('sums to one, keeps the order, and flattens as the temperature rises', () => {
    const p1 = softmaxWithTemperature([2, 0, -1], 1);
    const p3 = softmaxWithTemperature([2, 0, -1], 3);
    expect(p1.reduce((a, b) => a + b, 0)).toBeCloseTo(1);
    expect(p3[0]).toBeLessThan(p1[0]);
    expect(p3[0]).toBeGreaterThan(p3[1]);
    expect(softmaxWithTemperature([1000, 0], 1)[0]).toBeCloseTo(1);
  });
});

describe('fitTemperature', () => {
  it('recovers the temperature that made over-confident logits', () => {
    // Logits of a calibrated 3-class model, then multiplied by 2.5 (over-confident): the fit should find ≈ 2.5.
    const random = seededRandom(7);
    const logits: number[][] = [];
    const targets: number[] = [];
    for (let i = 0; i < 4000; i++) {
      const calibrated = [0, 1, 2].map(() => (random() - 0.5) * 4);
      const p = softmaxWithTemperature(calibrated, 1);
      const u = random();
      targets.push(u < p[0] ? 0 : u < p[0] + p[1] ? 1 : 2);
      logits.push(calibrated.map((l) => l * 2.5));
    }
    const t = fitTemperature(logits, targets);
    expect(t).toBeGreaterThan(2.2);
    expect(t).toBeLessThan(2.8);
    expect(meanNll(logits, targets, t)).toBeLessThan(meanNll(logits, targets, 1));
  });

  it('refuses an empty validation set', () => {
    expect(() => fitTemperature([], [])).toThrow(/no validation/);
  });
});

describe('reliability', () => {
  it('is 0 for answers exactly as right as they say, and the gap otherwise', () => {
    const honest = [...Array(8).fill({ confidence: 0.75, right: true }), ...Array(2).fill({ confidence: 0.75, right: false })];
    // 0.75 stated, 0.8 right.
    expect(reliability(honest).ece).toBeCloseTo(0.05);
    const r = reliability([{ confidence: 0.95, right: false }, { confidence: 1, right: true }, { confidence: 0.15, right: false }]);
    expect(r.n).toBe(3);
    expect(r.bins[9]).toMatchObject({ n: 2, accuracy: 0.5 });
    expect(r.bins[9].confidence).toBeCloseTo(0.975);
    expect(r.bins[1]).toMatchObject({ n: 1, accuracy: 0 });
    expect(r.ece).toBeCloseTo((2 / 3) * 0.475 + (1 / 3) * 0.15);
  });
});
