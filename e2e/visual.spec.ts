import { expect, figure, startCamera, test } from './fixtures';

const VIEWS = ['counter', 'how', 'rules', 'testbed'] as const;

/** Each view in each language, as a first-time visitor sees it: no camera yet, nothing stored. */
for (const locale of ['en', 'fr'] as const) {
  for (const view of VIEWS) {
    test(`${view} view (${locale})`, async ({ page }) => {
      await page.setViewportSize({ width: 1024, height: 768 });
      await page.goto('./');
      await page.getByTestId('language').selectOption(locale);
      await page.getByTestId(`view-${view}`).click();
      await expect(page).toHaveScreenshot(`${view}-${locale}.png`, {
        fullPage: true,
        maxDiffPixelRatio: 0.002,
        animations: 'disabled',
        // Request counts depend on caching and timing.
        mask: [page.getByTestId('network-meter')],
      });
    });
  }
}

test.describe('on the fake camera', () => {
  test.use({ camera: 'one-face.mp4' });

  test('how it works, while counting (moving geometry and timings masked)', async ({ page }) => {
    await page.setViewportSize({ width: 1024, height: 768 });
    await startCamera(page);
    await expect(figure(page, 'faces-in-view')).toHaveText('1', { timeout: 30_000 });
    await page.getByTestId('view-how').click();
    await expect(page.getByTestId('how-scene')).toBeVisible();
    await expect(page).toHaveScreenshot('how-live-en.png', {
      fullPage: true,
      maxDiffPixelRatio: 0.002,
      animations: 'disabled',
      mask: [page.getByTestId('how-scene'), page.getByTestId('how-latency'), page.getByTestId('yaw-trace'), page.getByTestId('network-meter')],
    });
  });
});
