import { describe, expect, it } from 'vitest';
import { soakVerdict, type SoakSample } from './perf-stats';

const sample = (t: number, numTensors: number, fps: number, heapBytes = 1e7): SoakSample => ({ t, numTensors, fps, heapBytes });

describe('soakVerdict', () => {
  it('passes a flat run', () => {
    const samples = Array.from({ length: 10 }, (_, i) => sample(i * 10, 40, 14 + (i % 2)));
    const v = soakVerdict(samples);
    expect(v.ok).toBe(true);
    expect(v.failures).toEqual([]);
    expect(v.tensors).toEqual({ first: 40, last: 40 });
  });

  it('ignores a frame caught in flight (tensors above the resting count in one sample)', () => {
    const samples = [40, 40, 52, 40, 40, 40, 47, 40].map((n, i) => sample(i * 10, n, 15));
    expect(soakVerdict(samples).ok).toBe(true);
  });

  it('fails when tensors at rest grow', () => {
    const samples = Array.from({ length: 9 }, (_, i) => sample(i * 10, 40 + i * 150, 15));
    const v = soakVerdict(samples);
    expect(v.ok).toBe(false);
    expect(v.failures[0]).toMatch(/tensors grew from 40 to 940/);
  });

  it('fails when fps falls by more than 20 %, not when it falls by less', () => {
    const falling = (end: number) => Array.from({ length: 9 }, (_, i) => sample(i * 10, 40, i < 3 ? 15 : end));
    expect(soakVerdict(falling(11.5)).ok).toBe(false);
    expect(soakVerdict(falling(12.5)).ok).toBe(true);
    expect(soakVerdict(falling(11.5)).fps.drop).toBeCloseTo(0.233, 3);
  });

  it('compares halves of a short run, and refuses a run with fewer than 2 samples', () => {
    const v = soakVerdict([sample(10, 40, 15), sample(20, 40, 15), sample(30, 41, 15)]);
    expect(v.tensors).toEqual({ first: 40, last: 41 });
    expect(v.ok).toBe(false);
    expect(soakVerdict([sample(10, 40, 15)]).ok).toBe(false);
  });

  it('fails when no frame was processed', () => {
    expect(soakVerdict([sample(10, 40, 0), sample(20, 40, 0)]).failures).toContain('no frame was processed');
  });
});
