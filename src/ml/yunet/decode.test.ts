import { describe, expect, it } from 'vitest';
import { decodeYunet, decodeYunetRows, rowsScoring, yunetRowCount, yunetScore } from './decode';
import { YUNET_ROW } from './yunet-net';

// A 64×32 input: stride 8 has 8×4 cells (rows 0–31), 16 has 4×2 (32–39), 32 has 2×1 (40–41).
const WIDTH = 64;
const HEIGHT = 32;
const LOGIT_HIGH = 4; // sigmoid ≈ 0.982
const LOGIT_LOW = -4;

/** Network rows with every cell scoring low, except `faces` (row index → box and keypoint offsets). */
function syntheticRows(faces: Record<number, { dx: number; logW: number }>): Float32Array {
  const rows = new Float32Array(yunetRowCount(WIDTH, HEIGHT) * YUNET_ROW).fill(LOGIT_LOW);
  for (const [index, face] of Object.entries(faces)) {
    const o = Number(index) * YUNET_ROW;
    rows.set([LOGIT_HIGH, LOGIT_HIGH, face.dx, 0.5, face.logW, face.logW], o);
    for (let k = 0; k < 5; k++) rows.set([0.1 * k, 0.2], o + 6 + 2 * k);
  }
  return rows;
}

describe('YuNet decoding', () => {
  it('places a face from its cell, its stride and its row’s offsets', () => {
    // Row 33: stride 16, cell 1 → column 1, row 0.
    const [face] = decodeYunet(syntheticRows({ 33: { dx: 0.5, logW: 0 } }), WIDTH, HEIGHT, 0.5);
    expect(face.box).toEqual({ x: 16, y: 0, w: 16, h: 16 });
    expect(face.keypoints[1][0]).toBeCloseTo((0.1 + 1) * 16, 5);
    expect(face.keypoints[1][1]).toBeCloseTo(0.2 * 16, 5);
    expect(face.score).toBeCloseTo(yunetScore(LOGIT_HIGH, LOGIT_HIGH), 6);
  });

  it('reads the selected rows only and gives the same faces as decoding every row', () => {
    const rows = syntheticRows({ 3: { dx: 0.2, logW: 0.3 }, 31: { dx: 0.9, logW: -0.2 }, 38: { dx: 0.4, logW: 0.1 }, 41: { dx: 0, logW: 1 } });
    const logits = new Float32Array(2 * yunetRowCount(WIDTH, HEIGHT));
    for (let row = 0; row < logits.length / 2; row++) logits.set(rows.subarray(row * YUNET_ROW, row * YUNET_ROW + 2), 2 * row);
    const indices = rowsScoring(logits, 0.5);
    expect(indices).toEqual([3, 31, 38, 41]);
    const selected = new Float32Array(indices.flatMap((row) => [...rows.subarray(row * YUNET_ROW, (row + 1) * YUNET_ROW)]));
    const faces = decodeYunetRows(selected, indices, WIDTH, HEIGHT);
    expect(faces).toEqual(decodeYunet(rows, WIDTH, HEIGHT, 0.5));
    [8 * Math.exp(0.3), 8 * Math.exp(-0.2), 16 * Math.exp(0.1), 32 * Math.exp(1)].forEach((w, i) => expect(faces[i].box.w).toBeCloseTo(w, 4));
  });

  it('refuses rows that do not match the input size or the indices', () => {
    expect(() => decodeYunet(new Float32Array(YUNET_ROW), WIDTH, HEIGHT, 0.5)).toThrow(/expected 42/);
    expect(() => decodeYunetRows(new Float32Array(YUNET_ROW), [1, 2], WIDTH, HEIGHT)).toThrow(/1 YuNet rows for 2 indices/);
    expect(() => decodeYunetRows(new Float32Array(YUNET_ROW), [42], WIDTH, HEIGHT)).toThrow(/past the last/);
  });
});
