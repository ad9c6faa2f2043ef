/**
 * The comparison detector, through @tensorflow-models/blazeface's own load/estimateFaces on the site's copy of
 * the weights: it finds the faces it should, maps its landmarks onto YuNet's five, and leaves no tensor behind.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileModel, initNodeTf, readImageTensor, REPO_ROOT } from '../../../scripts/lib/node-tf';
import { SHARED_DIR } from '../../../scripts/lib/paths';
import { createDetector } from '../create-detector';
import { blazefaceKeypoints } from './blazeface-detector';

const fixture = (name: string): string => path.join(SHARED_DIR, 'fixtures', 'img', name);
const tf = await initNodeTf();

describe('blazefaceKeypoints', () => {
  it('gives YuNet\'s five points, the mouth centre standing for both corners, scaled back', () => {
    const landmarks = [[10, 20], [30, 20], [20, 30], [20, 40], [0, 25], [40, 25]];
    expect(blazefaceKeypoints(landmarks, 0.5)).toEqual([[20, 40], [60, 40], [40, 60], [40, 80], [40, 80]]);
  });
  it('gives no keypoints rather than invented ones when landmarks are missing', () => {
    expect(blazefaceKeypoints([], 1)).toEqual([]);
  });
});

describe.skipIf(!existsSync(fixture('faces-2.png')))('BlazeFace on real images', () => {
  it('finds the two faces of faces-2 and the astronaut, eyes inside the box, and leaks no tensor over 5 frames', async () => {
    const detector = await createDetector((p) => fileModel(path.join(REPO_ROOT, p)), 'blazeface');
    const image = await readImageTensor(fixture('faces-2.png'));
    try {
      const faces = await detector.detect(image);
      expect(faces).toHaveLength(2);
      for (const { box, keypoints } of faces) {
        expect(keypoints).toHaveLength(5);
        // The person's right eye is on the image's left, as YuNet reports it.
        expect(keypoints[0][0]).toBeLessThan(keypoints[1][0]);
        for (const [x, y] of keypoints.slice(0, 2)) {
          expect(x).toBeGreaterThan(box.x);
          expect(x).toBeLessThan(box.x + box.w);
          expect(y).toBeGreaterThan(box.y);
          expect(y).toBeLessThan(box.y + box.h);
        }
      }
      const astronaut = await readImageTensor(fixture('astronaut.png'));
      expect(await detector.detect(astronaut)).toHaveLength(1);
      astronaut.dispose();
      const before = tf.memory().numTensors;
      for (let i = 0; i < 5; i++) await detector.detect(image);
      expect(tf.memory().numTensors).toBe(before);
    } finally {
      detector.dispose();
      image.dispose();
    }
  }, 60_000);
});
