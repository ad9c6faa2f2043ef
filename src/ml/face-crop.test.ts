import { describe, expect, it } from 'vitest';
import type { DetectedFace } from '../logic/frame';
import type { Point } from '../logic/geometry';
import { FACE_CROP_CONFIG, faceCropBoxes, faceCropSquare, normalizedCropBox } from './face-crop';

/** A face whose eyes sit at 40 % of the box height, as on a frontal face. */
function face(x: number, y: number, w: number, h: number, eyes?: [Point, Point]): Pick<DetectedFace, 'box' | 'keypoints'> {
  const [right, left] = eyes ?? [[x + 0.3 * w, y + 0.4 * h], [x + 0.7 * w, y + 0.4 * h]];
  return { box: { x, y, w, h }, keypoints: [right, left, [x + w / 2, y + 0.6 * h], [x + 0.35 * w, y + 0.8 * h], [x + 0.65 * w, y + 0.8 * h]] };
}

describe('faceCropSquare', () => {
  it('is a square grown by the margin on each side of the longer box side', () => {
    const crop = faceCropSquare(face(100, 50, 80, 100));
    expect(crop.w).toBeCloseTo(100 * (1 + 2 * FACE_CROP_CONFIG.margin));
    expect(crop.h).toBe(crop.w);
  });

  it('is centred between the eyes horizontally and below them by a share of the box height', () => {
    const crop = faceCropSquare(face(100, 50, 100, 100, [[120, 90], [170, 90]]));
    expect(crop.x + crop.w / 2).toBeCloseTo(145);
    expect(crop.y + crop.h / 2).toBeCloseTo(90 + FACE_CROP_CONFIG.eyesToCentre * 100);
  });

  it('follows the eyes when the box is off (the alignment the keypoints are for)', () => {
    const eyes: [Point, Point] = [[130, 90], [170, 90]];
    const a = faceCropSquare(face(100, 50, 100, 100, eyes));
    const b = faceCropSquare(face(110, 60, 100, 100, eyes));
    expect(b.x).toBeCloseTo(a.x);
    expect(b.y).toBeCloseTo(a.y);
  });

  it('scales with the face: twice the box, twice the crop, same relative position', () => {
    const small = faceCropSquare(face(10, 20, 50, 50));
    const big = faceCropSquare(face(20, 40, 100, 100));
    expect(big.w).toBeCloseTo(2 * small.w);
    expect(big.x).toBeCloseTo(2 * small.x);
    expect(big.y).toBeCloseTo(2 * small.y);
  });

  it('falls back to the box centre without eye keypoints', () => {
    const crop = faceCropSquare({ box: { x: 0, y: 0, w: 40, h: 60 }, keypoints: [] });
    expect(crop.x + crop.w / 2).toBeCloseTo(20);
    expect(crop.y + crop.h / 2).toBeCloseTo(30);
  });
});

describe('normalizedCropBox', () => {
  it('maps the first and last pixel centres to 0 and 1, as tf.image.cropAndResize reads them', () => {
    expect(normalizedCropBox({ x: 0, y: 0, w: 639, h: 479 }, 640, 480)).toEqual([0, 0, 1, 1]);
  });

  it('is [y1, x1, y2, x2] and lets crops reach outside the image', () => {
    const [y1, x1, y2, x2] = normalizedCropBox({ x: -10, y: 20, w: 50, h: 50 }, 101, 201);
    expect(x1).toBeCloseTo(-0.1);
    expect(y1).toBeCloseTo(0.1);
    expect(x2).toBeCloseTo(0.4);
    expect(y2).toBeCloseTo(0.35);
  });

  it('does not divide by zero on a one-pixel image', () => {
    expect(normalizedCropBox({ x: 0, y: 0, w: 1, h: 1 }, 1, 1).every(Number.isFinite)).toBe(true);
  });
});

describe('faceCropBoxes', () => {
  it('gives one box per face, in order', () => {
    const faces = [face(0, 0, 10, 10), face(50, 50, 20, 20)];
    const boxes = faceCropBoxes(faces, 100, 100);
    expect(boxes).toHaveLength(2);
    expect(boxes[1][1]).toBeGreaterThan(boxes[0][1]);
  });
});
