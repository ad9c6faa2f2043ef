import { describe, expect, it } from 'vitest';
import type { DetectedFace } from '../logic/frame';
import { weightedNonMaxSuppression } from './nms';

function face(x: number, y: number, size: number, score: number): DetectedFace {
  return {
    box: { x, y, w: size, h: size },
    score,
    keypoints: [0, 1, 2, 3, 4, 5].map((k) => [x + k, y + k] as const),
  };
}

describe('weightedNonMaxSuppression', () => {
  it('blends overlapping faces into their score-weighted mean and keeps the best score', () => {
    // Overlap 18 × 18 = 324 of a 476 union: IoU 0.68.
    const merged = weightedNonMaxSuppression([face(2, 2, 20, 0.6), face(0, 0, 20, 0.9)], 0.3, 10);
    expect(merged).toHaveLength(1);
    expect(merged[0].score).toBe(0.9);
    expect(merged[0].box.x).toBeCloseTo((2 * 0.6) / 1.5, 10);
    expect(merged[0].box.y).toBeCloseTo((2 * 0.6) / 1.5, 10);
    expect(merged[0].box.w).toBeCloseTo(20, 10);
  });

  it('keeps faces whose overlap is at or under the threshold apart, best first', () => {
    // Overlap 10 × 20 = 200, union 600: IoU 1/3.
    const faces = [face(0, 0, 20, 0.7), face(10, 0, 20, 0.8)];
    const apart = weightedNonMaxSuppression(faces, 0.34, 10);
    expect(apart.map((f) => f.score)).toEqual([0.8, 0.7]);
    expect(apart[0].box).toEqual({ x: 10, y: 0, w: 20, h: 20 });
    const blended = weightedNonMaxSuppression(faces, 0.3, 10);
    expect(blended).toHaveLength(1);
    expect(blended[0].score).toBe(0.8);
    expect(blended[0].box.x).toBeCloseTo((10 * 0.8 + 0 * 0.7) / 1.5, 10);
    expect(blended[0].box.w).toBeCloseTo(20, 10);
    expect(blended[0].keypoints[2][0]).toBeCloseTo((12 * 0.8 + 2 * 0.7) / 1.5, 10);
    expect(blended[0].keypoints[2][1]).toBeCloseTo(2, 10);
  });

  it('returns at most maxFaces faces, the best ones', () => {
    const faces = [face(0, 0, 10, 0.6), face(100, 0, 10, 0.9), face(200, 0, 10, 0.7)];
    expect(weightedNonMaxSuppression(faces, 0.3, 2).map((f) => f.score)).toEqual([0.9, 0.7]);
  });

  it('does not modify its input', () => {
    const faces = [face(0, 0, 20, 0.7), face(10, 0, 20, 0.8)];
    const copy = structuredClone(faces);
    weightedNonMaxSuppression(faces, 0.3, 10);
    expect(faces).toEqual(copy);
  });
});
