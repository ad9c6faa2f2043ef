import path from 'node:path';
import { expect, test } from '@playwright/test';
import { NOT_A_FACE_MIN_PROBABILITY } from '../src/ml/mask-classifier';
import { analyze } from './analyze';
import { WAIT } from './timing';
import { FIXTURE_IMG_DIR, SHARED_DIR } from './paths';

interface Face {
  x: number;
  y: number;
  w: number;
  h: number;
  mask?: string;
  maskScore?: number;
}

/** The detected face whose centre is nearest the centre of an annotated box (pixels of the file). */
function faceAt(faces: Face[], box: { x: number; y: number; w: number; h: number }): Face | undefined {
  const distance = (f: Face): number => Math.hypot(f.x + f.w / 2 - (box.x + box.w / 2), f.y + f.h / 2 - (box.y + box.h / 2));
  const nearest = [...faces].sort((a, b) => distance(a) - distance(b))[0];
  return nearest && distance(nearest) < Math.max(box.w, box.h) / 2 ? nearest : undefined;
}

/**
 * The mask classifier end to end: `npm run analyze` (built site, headless Chromium, the page's worker) on the
 * astronaut (bare face) and a real street photo from scenes_v2, held out from training, with one masked and
 * one bare face (boxes from its annotation, scenes.json).
 */
test('analyze labels a bare face without_mask and a masked one with_mask', async () => {
  test.setTimeout(WAIT.analyzeFew);
  const astronaut = path.join(FIXTURE_IMG_DIR, 'astronaut.png');
  const scene = path.join(SHARED_DIR, 'data', 'scenes_v2', 'maksssksksss189.jpg');
  const run = await analyze([astronaut, scene]);
  expect(run.status, run.stderr).toBe(0);
  const [bare, street] = run.reports as unknown as { faces: Face[] }[];

  // Her face, in the upper middle.
  const face = faceAt(bare.faces, { x: 176, y: 84, w: 96, h: 96 });
  expect(face?.mask).toBe('without_mask');
  expect(face?.maskScore).toBeGreaterThan(0.5);

  const masked = faceAt(street.faces, { x: 226, y: 15, w: 45, h: 51 });
  const unmasked = faceAt(street.faces, { x: 201, y: 89, w: 34, h: 32 });
  expect(masked?.mask).toBe('with_mask');
  expect(unmasked?.mask).toBe('without_mask');
  for (const f of [...bare.faces, ...street.faces]) {
    expect(['with_mask', 'without_mask', 'mask_incorrect']).toContain(f.mask);
    // The likeliest mask class of a face not called "not a face" (decide): at least a third of what is left.
    expect(f.maskScore).toBeGreaterThan((1 - NOT_A_FACE_MIN_PROBABILITY) / 3);
    expect(f.maskScore).toBeLessThanOrEqual(1);
  }
});
