import { describe, expect, it } from 'vitest';
import { INPUT_SCALE_CONFIG, InputScalePlanner, searchScale } from './input-scale';

const FRAME_MS = 1000 / 15;

describe('InputScalePlanner', () => {
  it('searches a still image in full, scaled to 640 px on its long side', () => {
    const planner = new InputScalePlanner();
    expect(planner.scaleFor(640, 480)).toBe(1);
    expect(planner.scaleFor(1280, 720)).toBe(0.5);
    expect(searchScale(400, 300)).toBeCloseTo(1.6);
  });

  it('keeps searching in full while there is nobody or a small face', () => {
    const planner = new InputScalePlanner();
    for (let i = 0; i < 30; i++) {
      const t = i * FRAME_MS;
      expect(planner.scaleFor(640, 480, t)).toBe(1);
      planner.observe(t, i % 2 ? [] : [300, 30]);
    }
  });

  it('halves the input while every face is large, with a full search every 500 ms', () => {
    const planner = new InputScalePlanner();
    const scales: number[] = [];
    for (let i = 0; i < 45; i++) {
      const t = i * FRAME_MS;
      scales.push(planner.scaleFor(640, 480, t));
      planner.observe(t, [200]);
    }
    const full = scales.map((s, i) => (s === 1 ? i : -1)).filter((i) => i >= 0);
    expect(full[0]).toBe(0);
    expect(scales.filter((s) => s === 0.5).length).toBeGreaterThan(35);
    for (let k = 1; k < full.length; k++) {
      expect((full[k] - full[k - 1]) * FRAME_MS).toBeLessThanOrEqual(INPUT_SCALE_CONFIG.fullSearchEveryMs + FRAME_MS);
    }
  });

  it('searches in full again after a gap, or when the clock goes back (a new stream)', () => {
    const planner = new InputScalePlanner();
    planner.scaleFor(640, 480, 0);
    planner.observe(0, [200]);
    expect(planner.scaleFor(640, 480, 60)).toBe(0.5);
    planner.observe(60, [200]);
    expect(planner.scaleFor(640, 480, 60 + INPUT_SCALE_CONFIG.memoryMs + 1)).toBe(1);
    planner.observe(2000, [200]);
    expect(planner.scaleFor(640, 480, 10)).toBe(1);
  });
});
