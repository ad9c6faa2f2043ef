import { describe, expect, it } from 'vitest';
import { addCounts, matchDetections, matchEach, NO_COUNTS, type MatchOptions } from './detection-metrics';

const byIou: MatchOptions = { rule: { kind: 'iou', minIou: 0.5 }, minFaceHeight: 24 };
const byCentre: MatchOptions = { rule: { kind: 'centre' }, minFaceHeight: 24 };

describe('matchDetections', () => {
  it('counts a detection overlapping a face by IoU ≥ 0.5 once, and a duplicate as a false positive', () => {
    const faces = [{ x: 0, y: 0, w: 40, h: 40 }];
    const detections = [
      { box: { x: 4, y: 4, w: 40, h: 40 }, score: 0.9 }, // IoU 36²/(2·40² − 36²) ≈ 0.68
      { box: { x: 2, y: 2, w: 40, h: 40 }, score: 0.8 },
    ];
    expect(matchDetections(detections, faces, byIou)).toEqual({
      faces: 1,
      truePositives: 1,
      falsePositives: 1,
      ignored: 0,
    });
  });

  it('rejects a detection below the IoU threshold but accepts it by centres', () => {
    const faces = [{ x: 0, y: 0, w: 40, h: 60 }];
    // Same centre, a smaller box (another size convention).
    const detections = [{ box: { x: 5, y: 15, w: 30, h: 30 }, score: 0.9 }]; // IoU 900/2400 = 0.375
    expect(matchDetections(detections, faces, byIou).truePositives).toBe(0);
    expect(matchDetections(detections, faces, byCentre).truePositives).toBe(1);
  });

  it('ignores faces under the minimum height: not required, and a detection on one is not wrong', () => {
    const faces = [
      { x: 0, y: 0, w: 20, h: 20 },
      { x: 100, y: 0, w: 30, h: 30 },
    ];
    const detections = [
      { box: { x: 1, y: 1, w: 20, h: 20 }, score: 0.9 },
      { box: { x: 300, y: 300, w: 30, h: 30 }, score: 0.8 },
    ];
    expect(matchDetections(detections, faces, byIou)).toEqual({
      faces: 1,
      truePositives: 0,
      falsePositives: 1,
      ignored: 1,
    });
  });

  it('ignores a detection under the minimum height that matches no required face, but not one that does', () => {
    const faces = [{ x: 100, y: 0, w: 26, h: 26 }];
    const detections = [
      { box: { x: 102, y: 3, w: 22, h: 22 }, score: 0.9 }, // on the 26-px face (centres): found
      { box: { x: 300, y: 300, w: 16, h: 16 }, score: 0.8 }, // a small face nobody annotated: neither way
      { box: { x: 400, y: 300, w: 30, h: 30 }, score: 0.7 }, // large enough to be wrong
    ];
    expect(matchEach(detections, faces, byCentre)).toEqual([0, 'small', null]);
  });

  it('gives the best-scored detection the face when two compete', () => {
    const faces = [{ x: 0, y: 0, w: 40, h: 40 }];
    const good = { box: { x: 0, y: 0, w: 40, h: 40 }, score: 0.6 };
    const worse = { box: { x: 8, y: 0, w: 40, h: 40 }, score: 0.9 };
    // The higher score wins even though its overlap is lower: precision is judged at the detector's ranking.
    expect(matchDetections([good, worse], faces, byIou)).toMatchObject({ truePositives: 1, falsePositives: 1 });
  });
});

describe('addCounts', () => {
  it('adds two photos’ counts field by field', () => {
    const one = { faces: 10, truePositives: 9, falsePositives: 1, ignored: 3 };
    expect(addCounts(addCounts(NO_COUNTS, one), { faces: 2, truePositives: 1, falsePositives: 0, ignored: 1 })).toEqual({
      faces: 12,
      truePositives: 10,
      falsePositives: 1,
      ignored: 4,
    });
  });
});
