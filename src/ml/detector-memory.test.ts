/**
 * Tensor hygiene: every detector mode, run frame after frame on a real image, leaves tf.memory().numTensors
 * where it was. A leak of one tensor per frame would fill a phone's memory in minutes of camera use.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileModel, initNodeTf, readImageTensor, REPO_ROOT } from '../../scripts/lib/node-tf';
import { SHARED_DIR } from '../../scripts/lib/paths';
import { createDetector } from './create-detector';
import { DETECTOR_MODES, type DetectorMode } from './detector';

const fixture = (name: string): string => path.join(SHARED_DIR, 'fixtures', 'img', name);
/**
 * Images each mode finds faces on, so the whole path (decode, NMS) runs: near sees the astronaut's large face;
 * faces-3 (480 × 270, three faces ~45 px tall) is under near mode's reach, so far mode tiles it (three views a
 * frame) and auto mode runs near, finds nothing, then far.
 */
const IMAGES: Record<DetectorMode, string> = {
  near: fixture('astronaut.png'),
  far: fixture('faces-3.png'),
  auto: fixture('faces-3.png'),
};

/**
 * Frames per mode on the pure-JS CPU backend (what Node has here). Near runs the 100 frames (≈ 0.15 s
 * each). Far runs three 192-px views a frame (≈ 2.5 s a frame on CPU on this 2-core machine) and auto near plus
 * far: 100 frames would take minutes. The tensor count is exact, so a leak of even one tensor a frame shows
 * after one frame; 5 frames also catch a leak that only appears once caches are warm.
 */
const FRAMES: Record<DetectorMode, number> = { near: 100, far: 5, auto: 5 };

const tf = await initNodeTf();

describe.skipIf(!Object.values(IMAGES).every((f) => existsSync(f)))('detectors leave no tensor behind', () => {
  for (const mode of DETECTOR_MODES) {
    it(`${mode}: ${FRAMES[mode]} frames`, async () => {
      const image = await readImageTensor(IMAGES[mode]);
      const detector = await createDetector(mode, (p) => fileModel(path.join(REPO_ROOT, p)));
      try {
        // One warm-up frame: backends may cache tensors (e.g. constants) on first use, which is not a leak.
        const first = await detector.detect(image);
        expect(first.length).toBeGreaterThan(0);
        const before = tf.memory().numTensors;
        for (let i = 0; i < FRAMES[mode]; i++) await detector.detect(image);
        expect(tf.memory().numTensors).toBe(before);
      } finally {
        detector.dispose();
        image.dispose();
      }
    }, 60_000);
  }
});
