import { describe, expect, it } from 'vitest';
import { FrameRate } from './frame-rate';

describe('FrameRate', () => {
  it('is the rate over the window: 15 fps for frames 66.7 ms apart, then 5 fps once only slow frames are in it', () => {
    const r = new FrameRate(3000);
    for (let i = 0; i < 60; i++) r.add((i * 1000) / 15);
    expect(r.rate()).toBeCloseTo(15, 5);
    const t0 = (59 * 1000) / 15;
    for (let i = 1; i <= 20; i++) r.add(t0 + i * 200);
    expect(r.rate()).toBeCloseTo(5, 5);
  });

  it('keeps two frames whatever their gap: a frame every 4 s still reads 0.25 fps', () => {
    const r = new FrameRate(3000);
    for (let i = 0; i < 4; i++) r.add(i * 4000);
    expect(r.rate()).toBeCloseTo(0.25, 5);
  });

  it('says nothing before two frames, or before the span asked for', () => {
    const r = new FrameRate(3000);
    expect(r.rate()).toBeNull();
    r.add(0);
    expect(r.rate()).toBeNull();
    r.add(100);
    expect(r.rate()).toBe(10);
    expect(r.rate(500)).toBeNull();
    r.clear();
    expect(r.rate()).toBeNull();
  });
});
