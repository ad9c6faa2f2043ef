import { describe, expect, it } from 'vitest';
import { faceReport } from './report';

describe('report', () => {
  it('rounds a face to the report schema and keeps mask fields only when present', () => {
    const face = {
      box: { x: 10.04, y: 20.06, w: 30, h: 31.26 },
      score: 0.912345,
      keypoints: [[1.23, 4.56] as const],
    };
    expect(faceReport(face)).toEqual({ x: 10, y: 20.1, w: 30, h: 31.3, score: 0.912, keypoints: [[1.2, 4.6]] });
    expect(faceReport({ ...face, mask: 'with_mask', maskScore: 0.98765 })).toMatchObject({ mask: 'with_mask', maskScore: 0.988 });
  });
});
