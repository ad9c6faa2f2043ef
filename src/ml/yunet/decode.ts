/**
 * YuNet's raw rows → faces, as OpenCV's FaceDetectorYN decodes them (../shared/models/yunet/README.md): one row
 * per grid cell and stride, anchor-free — the cell itself is the prior. Pure, so it is tested without a model.
 */
import type { DetectedFace } from '../../logic/frame';
import type { Point } from '../../logic/geometry';
import { YUNET_ROW, YUNET_STRIDES } from './yunet-net';

/** Where each value sits in a row. */
const CLS = 0;
const OBJ = 1;
const BOX = 2;
const KPS = 6;
const KEYPOINTS = 5;

const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));
const unit = (x: number): number => Math.min(1, Math.max(0, x));

/** Rows the network gives for an input of this size (H and W multiples of 32). */
export function yunetRowCount(inputWidth: number, inputHeight: number): number {
  return YUNET_STRIDES.reduce((n, s) => n + (inputWidth / s) * (inputHeight / s), 0);
}

/** A face's score from its row's logits: the geometric mean of the class and objectness probabilities. */
export function yunetScore(clsLogit: number, objLogit: number): number {
  return Math.sqrt(unit(sigmoid(clsLogit)) * unit(sigmoid(objLogit)));
}

/**
 * Faces scoring at least `minScore`, in input-pixel coordinates (before NMS). `rows` is the network's output
 * for an input of `inputWidth` × `inputHeight`: stride 8's cells row-major, then 16's, then 32's.
 */
export function decodeYunet(rows: Float32Array, inputWidth: number, inputHeight: number, minScore: number): DetectedFace[] {
  const expected = yunetRowCount(inputWidth, inputHeight);
  if (rows.length !== expected * YUNET_ROW) {
    throw new Error(`YuNet output has ${rows.length / YUNET_ROW} rows, expected ${expected} for ${inputWidth}×${inputHeight}`);
  }
  const faces: DetectedFace[] = [];
  let row = 0;
  for (const stride of YUNET_STRIDES) {
    const columns = inputWidth / stride;
    const cells = columns * (inputHeight / stride);
    for (let cell = 0; cell < cells; cell++, row++) {
      const o = row * YUNET_ROW;
      const score = yunetScore(rows[o + CLS], rows[o + OBJ]);
      if (score < minScore) continue;
      const r = Math.floor(cell / columns);
      const c = cell - r * columns;
      const cx = (c + rows[o + BOX]) * stride;
      const cy = (r + rows[o + BOX + 1]) * stride;
      const w = Math.exp(rows[o + BOX + 2]) * stride;
      const h = Math.exp(rows[o + BOX + 3]) * stride;
      const keypoints: Point[] = [];
      for (let k = 0; k < KEYPOINTS; k++) {
        keypoints.push([(rows[o + KPS + 2 * k] + c) * stride, (rows[o + KPS + 2 * k + 1] + r) * stride]);
      }
      faces.push({ box: { x: cx - w / 2, y: cy - h / 2, w, h }, score, keypoints });
    }
  }
  return faces;
}
