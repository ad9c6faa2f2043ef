import { describe, expect, it } from 'vitest';
import { FULL_RANGE_ANCHOR_OPTIONS, generateSsdAnchors } from './anchors';
import { clippedSigmoid, decodeFaces, FULL_RANGE_OUTPUT_LAYOUT, letterboxRegion } from './decode';

const anchors = generateSsdAnchors(FULL_RANGE_ANCHOR_OPTIONS);
const layout = FULL_RANGE_OUTPUT_LAYOUT;
const ROW = layout.valuesPerAnchor;

/** A raw output of `batch` items where every anchor scores a logit of −20 (sigmoid ≈ 2e-9). */
function emptyOutput(batch = 1): Float32Array {
  const raw = new Float32Array(batch * anchors.length * ROW);
  for (let i = 0; i < batch * anchors.length; i++) raw[i * ROW + layout.scoreIndex] = -20;
  return raw;
}

/** Writes one anchor's row: logit, box (centre offset and size, input px), keypoint offsets (input px). */
function setAnchor(raw: Float32Array, index: number, logit: number, box: number[], keypoint: [number, number]): void {
  const row = index * ROW;
  raw[row + layout.scoreIndex] = logit;
  box.forEach((v, k) => (raw[row + layout.boxIndex + k] = v));
  for (let k = 0; k < layout.keypointCount; k++) {
    raw[row + layout.keypointIndex + 2 * k] = keypoint[0] + k;
    raw[row + layout.keypointIndex + 2 * k + 1] = keypoint[1];
  }
}

describe('clippedSigmoid', () => {
  it('is the logistic function inside the clip range', () => {
    expect(clippedSigmoid(0, 100)).toBe(0.5);
    expect(clippedSigmoid(2, 100)).toBeCloseTo(1 / (1 + Math.exp(-2)), 12);
  });

  it('clamps the logit so huge values neither overflow nor differ from the clip', () => {
    expect(clippedSigmoid(1e6, 5)).toBe(clippedSigmoid(5, 5));
    expect(clippedSigmoid(-1e6, 5)).toBe(clippedSigmoid(-5, 5));
    expect(clippedSigmoid(-1e6, 5)).toBeGreaterThan(0);
  });
});

describe('letterboxRegion', () => {
  it('centres the frame in a square of its longer side', () => {
    expect(letterboxRegion(640, 480)).toEqual({ x: 0, y: -80, side: 640 });
    expect(letterboxRegion(480, 640)).toEqual({ x: -80, y: 0, side: 640 });
    expect(letterboxRegion(300, 300)).toEqual({ x: 0, y: 0, side: 300 });
  });
});

describe('decodeFaces', () => {
  // Anchor at column 24, row 12: centre (24.5 / 48, 12.5 / 48) = input pixel (98, 50).
  const index = 12 * 48 + 24;

  it('maps box and keypoints from the letterboxed input back to source pixels', () => {
    const raw = emptyOutput();
    setAnchor(raw, index, 3, [4, -2, 24, 30], [-6, -5]);
    const region = letterboxRegion(640, 480); // 640 source px per 192 input px, 80 px of padding on top
    const faces = decodeFaces(raw, 0, anchors, layout, region, 0.5, 100);
    expect(faces).toHaveLength(1);
    const [face] = faces;
    const k = 640 / 192;
    expect(face.score).toBeCloseTo(1 / (1 + Math.exp(-3)), 6);
    expect(face.box.x).toBeCloseTo((98 + 4 - 12) * k, 6);
    expect(face.box.y).toBeCloseTo((50 - 2 - 15) * k - 80, 6);
    expect(face.box.w).toBeCloseTo(24 * k, 6);
    expect(face.box.h).toBeCloseTo(30 * k, 6);
    expect(face.keypoints).toHaveLength(6);
    expect(face.keypoints[0][0]).toBeCloseTo((98 - 6) * k, 6);
    expect(face.keypoints[0][1]).toBeCloseTo((50 - 5) * k - 80, 6);
    // Keypoints keep their order: the k-th was written 1 input px further right than the one before.
    expect(face.keypoints[5][0] - face.keypoints[0][0]).toBeCloseTo(5 * k, 6);
  });

  it('reads the requested batch item and places it by its own region', () => {
    const raw = emptyOutput(2);
    setAnchor(raw, anchors.length + index, 3, [0, 0, 19.2, 19.2], [0, 0]);
    const tile = { x: 100, y: 50, side: 384 };
    expect(decodeFaces(raw, 0, anchors, layout, tile, 0.5, 100)).toEqual([]);
    const [face] = decodeFaces(raw, 1, anchors, layout, tile, 0.5, 100);
    // Centre (24.5 / 48, 12.5 / 48) of the tile, a tenth of its side wide.
    expect(face.box.x + face.box.w / 2).toBeCloseTo(100 + (24.5 / 48) * 384, 6);
    expect(face.box.y + face.box.h / 2).toBeCloseTo(50 + (12.5 / 48) * 384, 6);
    // 19.2 is stored as float32, like the model's output: 38.4 only to float32 precision.
    expect(face.box.w).toBeCloseTo(38.4, 4);
  });

  it('drops anchors below the minimum score and boxes of non-positive size', () => {
    const raw = emptyOutput();
    setAnchor(raw, index, -0.1, [0, 0, 20, 20], [0, 0]); // score 0.475
    setAnchor(raw, index + 1, 5, [0, 0, -3, 20], [0, 0]);
    setAnchor(raw, index + 2, 5, [0, 0, 20, 0], [0, 0]);
    expect(decodeFaces(raw, 0, anchors, layout, { x: 0, y: 0, side: 192 }, 0.5, 100)).toEqual([]);
    expect(decodeFaces(raw, 0, anchors, layout, { x: 0, y: 0, side: 192 }, 0.4, 100)).toHaveLength(1);
  });
});
