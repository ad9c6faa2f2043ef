import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { PixelReadComparison } from '../src/lab/lab';
import { expect, test } from './fixtures';
import { FIXTURE_IMG_DIR, FIXTURE_VIDEO_DIR } from './paths';

const base64 = (file: string) => readFileSync(file).toString('base64');

// The worker reads frames through VideoFrame.copyTo into a reused buffer (src/ml/frame-pixels.ts), not through a
// canvas: the pixels the detector sees must be the same ones, in the same order and colours.
test('frames read through VideoFrame match a canvas read of the same frame', async ({ page }) => {
  await page.goto('lab.html');
  await expect(page.locator('body')).toHaveAttribute('data-ready', 'true');
  const result = await page.evaluate(
    ([image, video]) => window.headcountLab.comparePixelReads(image, video, 1),
    [base64(path.join(FIXTURE_IMG_DIR, 'faces-3.png')), base64(path.join(FIXTURE_VIDEO_DIR, 'faces-3.mp4'))],
  );
  const sizes = (c: PixelReadComparison) => [c.width, c.height];
  expect(sizes(result.video)).toEqual([640, 480]);
  // A bitmap is already RGBA: the copy is exact.
  expect(result.image).toMatchObject({ maxDifference: 0, meanDifference: 0 });
  // A camera or video frame is YUV: both paths convert it (identical here; a browser may round differently).
  expect(result.video.meanDifference).toBeLessThan(1);
  expect(result.video.maxDifference).toBeLessThanOrEqual(4);
});
