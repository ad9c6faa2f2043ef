/**
 * The detector on a stream: the half-size search with one full-size band a frame (input-scale.ts) finds a
 * newcomer too small for the half-size search, within one round of the bands, and leaves no tensor behind.
 */
import path from 'node:path';
import type * as tfc from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import type { DetectedFace } from '../../logic/frame';
import { fileModel, initNodeTf, readImageTensor, REPO_ROOT } from '../../../scripts/lib/node-tf';
import { SHARED_DIR } from '../../../scripts/lib/paths';
import { MODEL_FILES } from '../model-paths';
import { INPUT_SCALE_CONFIG, searchBands } from './input-scale';
import { keptFromBand, outsideOf, YunetDetector } from './yunet-detector';

const tf = await initNodeTf();
const FRAME_MS = 1000 / 15;

const face = (y: number, h: number): DetectedFace => ({ box: { x: 10, y, w: h * 0.8, h }, score: 0.9, keypoints: [] });

describe('keptFromBand', () => {
  const band = { top: 64, height: 128 };
  it('keeps the faces a band holds whole, up to the overlap tall', () => {
    expect(keptFromBand([face(0, 64), face(64, 64), face(10, 30)], band, 480)).toHaveLength(3);
  });
  it('drops a face cut by an edge inside the frame, and a face taller than the overlap', () => {
    expect(keptFromBand([face(-5, 30), face(110, 30), face(20, INPUT_SCALE_CONFIG.bandOverlap + 1)], band, 480)).toEqual([]);
  });
  it('keeps a face cut by the frame\'s own edge, as a full search would', () => {
    expect(keptFromBand([face(-5, 30)], { top: 0, height: 128 }, 480)).toHaveLength(1);
    expect(keptFromBand([face(110, 30)], { top: 352, height: 128 }, 480)).toHaveLength(1);
  });
});

describe('outsideOf', () => {
  it('drops a band face centred inside a face of the half-size search (part of it), keeps one beside it', () => {
    const large = { box: { x: 100, y: 100, w: 160, h: 200 }, score: 0.9, keypoints: [] };
    const eye = { box: { x: 130, y: 150, w: 30, h: 30 }, score: 0.8, keypoints: [] };
    const neighbour = { box: { x: 270, y: 150, w: 30, h: 30 }, score: 0.8, keypoints: [] };
    expect(outsideOf([eye, neighbour], [large])).toEqual([neighbour]);
    expect(outsideOf([eye], [])).toEqual([eye]);
  });
});

describe('YunetDetector on a stream', () => {
  // On the pure-JS CPU backend (what Node has here) a frame takes seconds: one round of the bands.
  it('finds a small newcomer in the band that holds it, after the large face is seen at half size', async () => {
    const detector = await YunetDetector.load(fileModel(path.join(REPO_ROOT, MODEL_FILES.yunet)));
    const astronaut = await readImageTensor(path.join(SHARED_DIR, 'fixtures', 'img', 'astronaut.png'));
    const group = await readImageTensor(path.join(SHARED_DIR, 'fixtures', 'img', 'faces-3.png'));
    // 640×480: the astronaut's face (~100 px) on the left; on the right, three ~22-px faces (faces-3 at a third)
    // at rows 300–390, or gray.
    const [left, right, empty] = tf.tidy(() => {
      const gray = tf.fill([480, 160, 3], 128, 'int32');
      const small = tf.cast(tf.image.resizeBilinear(group, [90, 160]), 'int32');
      return [
        tf.cast(tf.image.resizeBilinear(astronaut, [480, 480]), 'int32'),
        tf.concat([tf.slice(gray, [0, 0, 0], [300, 160, 3]), small, tf.slice(gray, [0, 0, 0], [90, 160, 3])], 0),
        gray,
      ];
    });
    const alone = tf.concat([left, empty], 1) as tfc.Tensor3D;
    const withGroup = tf.concat([left, right], 1) as tfc.Tensor3D;
    try {
      const before = tf.memory().numTensors;
      expect(await detector.detect(alone, 0)).toHaveLength(1);
      // The bands come in order from the top; the first holding the small faces (rows ~320–355) whole is the fifth.
      const holding = searchBands(480).findIndex((b) => b.top <= 315 && 360 <= b.top + b.height);
      expect(holding).toBe(4);
      const found: number[] = [];
      for (let i = 1; i <= holding + 1; i++) found.push((await detector.detect(withGroup, i * FRAME_MS)).length);
      // Too small for the half-size search: only the astronaut until the band holding them is searched.
      expect(found).toEqual([1, 1, 1, 1, 4]);
      expect(tf.memory().numTensors).toBe(before);
    } finally {
      detector.dispose();
      tf.dispose([astronaut, group, left, right, empty, alone, withGroup]);
    }
  }, 200_000);
});
