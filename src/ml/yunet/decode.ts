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
 * Rows scoring at least `minScore`, by index. `logits` holds each row's cls and obj logits, interleaved (the
 * first two columns of the network's rows): the detector reads only these, then only the rows they select.
 */
export function rowsScoring(logits: Float32Array, minScore: number): number[] {
  const indices: number[] = [];
  for (let row = 0; row < logits.length / 2; row++) {
    if (yunetScore(logits[2 * row + CLS], logits[2 * row + OBJ]) >= minScore) indices.push(row);
  }
  return indices;
}

/**
 * The faces of the rows `indices` (ascending), in input-pixel coordinates (before NMS). `rows` holds those rows
 * only, in that order, YUNET_ROW values each; `inputWidth` × `inputHeight` is the input that gave them.
 */
export function decodeYunetRows(rows: Float32Array, indices: readonly number[], inputWidth: number, inputHeight: number): DetectedFace[] {
  if (rows.length !== indices.length * YUNET_ROW) {
    throw new Error(`${rows.length / YUNET_ROW} YuNet rows for ${indices.length} indices`);
  }
  const faces: DetectedFace[] = [];
  let first = 0;
  let k = 0;
  for (const stride of YUNET_STRIDES) {
    const columns = inputWidth / stride;
    const end = first + columns * (inputHeight / stride);
    for (; k < indices.length && indices[k] < end; k++) {
      const o = k * YUNET_ROW;
      const cell = indices[k] - first;
      const r = Math.floor(cell / columns);
      const c = cell - r * columns;
      const cx = (c + rows[o + BOX]) * stride;
      const cy = (r + rows[o + BOX + 1]) * stride;
      const w = Math.exp(rows[o + BOX + 2]) * stride;
      const h = Math.exp(rows[o + BOX + 3]) * stride;
      const keypoints: Point[] = [];
      for (let p = 0; p < KEYPOINTS; p++) {
        keypoints.push([(rows[o + KPS + 2 * p] + c) * stride, (rows[o + KPS + 2 * p + 1] + r) * stride]);
      }
      faces.push({ box: { x: cx - w / 2, y: cy - h / 2, w, h }, score: yunetScore(rows[o + CLS], rows[o + OBJ]), keypoints });
    }
    first = end;
  }
  if (k < indices.length) throw new Error(`YuNet row ${indices[k]} is past the last of ${first} rows`);
  return faces;
}

/**
 * Faces scoring at least `minScore`, in input-pixel coordinates (before NMS). `rows` is the network's whole output
 * for an input of `inputWidth` × `inputHeight`: stride 8's cells row-major, then 16's, then 32's.
 */
export function decodeYunet(rows: Float32Array, inputWidth: number, inputHeight: number, minScore: number): DetectedFace[] {
  const expected = yunetRowCount(inputWidth, inputHeight);
  if (rows.length !== expected * YUNET_ROW) {
    throw new Error(`YuNet output has ${rows.length / YUNET_ROW} rows, expected ${expected} for ${inputWidth}×${inputHeight}`);
  }
  const logits = new Float32Array(2 * expected);
  for (let row = 0; row < expected; row++) {
    logits[2 * row] = rows[row * YUNET_ROW + CLS];
    logits[2 * row + 1] = rows[row * YUNET_ROW + OBJ];
  }
  const indices = rowsScoring(logits, minScore);
  const selected = new Float32Array(indices.length * YUNET_ROW);
  indices.forEach((row, k) => selected.set(rows.subarray(row * YUNET_ROW, (row + 1) * YUNET_ROW), k * YUNET_ROW));
  return decodeYunetRows(selected, indices, inputWidth, inputHeight);
}
