import { describe, expect, it } from 'vitest';
import { area, centre, iou } from './geometry';

describe('geometry', () => {
  it('iou of identical boxes is 1 and of disjoint boxes is 0', () => {
    const a = { x: 10, y: 10, w: 20, h: 20 };
    expect(iou(a, a)).toBe(1);
    expect(iou(a, { x: 100, y: 100, w: 5, h: 5 })).toBe(0);
  });
  it('iou of half-overlapping boxes is 1/3', () => {
    expect(iou({ x: 0, y: 0, w: 2, h: 1 }, { x: 1, y: 0, w: 2, h: 1 })).toBeCloseTo(1 / 3);
  });
  it('area clamps negative sizes and centre is the middle', () => {
    expect(area({ x: 0, y: 0, w: -3, h: 4 })).toBe(0);
    expect(centre({ x: 2, y: 4, w: 6, h: 8 })).toEqual([5, 8]);
  });
});
