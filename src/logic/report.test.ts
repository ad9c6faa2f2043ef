import { describe, expect, it } from 'vitest';
import { faceReport, reportTally } from './report';

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

describe('reportTally', () => {
  it('counts an image\'s faces and masks, a video\'s passes, and nothing for an error', () => {
    const face = (mask?: string) => ({ x: 0, y: 0, w: 1, h: 1, score: 1, keypoints: [], mask });
    expect(reportTally({ file: 'a', detector: 'yunet', width: 1, height: 1, ms: 1, faces: [face('with_mask'), face('without_mask'), face()] }))
      .toEqual({ found: 3, withMask: 1, classified: 2 });
    expect(reportTally({ file: 'v', detector: 'blazeface', frames: 1, fps: 1, msPerFrame: { median: 1, p95: 1 }, passes: 4, withMask: 2, withoutMask: 1, maskIncorrect: 1, unknown: 0, unknownWhy: { 'too-brief': 0, 'not-classified': 0, 'too-small': 0, unsure: 0, undecided: 0 }, optOuts: [], timeline: [] }))
      .toEqual({ found: 4, withMask: 2, classified: 4 });
    expect(reportTally({ file: 'x', error: 'bad' })).toBeUndefined();
  });
});
