import { expect, figure, startCamera, test } from './fixtures';
import { timed, waitForFrames } from './timing';

test.describe('counting modes and projector mode', () => {
  test.use({ camera: 'one-face.mp4' });

  test('per frame counts every face in every frame; the decree withholds the open 20-minute window', async ({ page }) => {
    await startCamera(page);
    await timed('firstCount', (timeout) => expect(figure(page, 'passes')).toHaveText('1', { timeout }));
    // One person, many frames: after 30 more frames with a face, the per-frame count is far above the one pass.
    await waitForFrames(page, 30);
    await page.getByLabel('Per frame (no tracking)').check();
    expect(Number(await figure(page, 'per-frame-faces').textContent())).toBeGreaterThan(10);
    await expect(page.locator('hc-counter-view')).toContainText('more people than there were passes');

    await page.getByLabel('Decree 2021-269 (20-minute windows)').check();
    await expect(page.locator('hc-counter-view')).toContainText('withheld until it closes');
    await expect(page.getByTestId('decree-none')).toBeVisible();
  });

  test('projector mode: large high-contrast type, and a labeled mirror preview only on request', async ({ page }) => {
    await startCamera(page);
    await timed('firstCount', (timeout) => expect(figure(page, 'faces-in-view')).toHaveText('1', { timeout }));
    await expect(page.getByTestId('mirror')).toHaveCount(0);
    await page.getByTestId('projector').click();
    await expect(page.locator('headcount-app')).toHaveAttribute('projector', '');
    const fontSize = await page.locator('headcount-app').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(fontSize).toBeGreaterThanOrEqual(24);
    await expect(page.getByTestId('mirror-preview')).toHaveCount(0);
    await page.getByTestId('mirror').click();
    await expect(page.getByTestId('mirror-preview').locator('video')).toBeVisible();
    await expect(page.getByTestId('mirror-preview')).toContainText('never recorded');
    await page.getByTestId('mirror').click();
    await expect(page.getByTestId('mirror-preview')).toHaveCount(0);
    // Taking the video out of the page must not stop the counting.
    await waitForFrames(page, 10);
  });
});

// One detector for every distance: nothing to choose, from three people at ~50 px to a room of ~25-px faces.
for (const [clip, faces] of [['faces-3.mp4', '3'], ['classroom.mp4', '4']] as const) {
  test.describe(`the default detector on ${clip}`, () => {
    test.use({ camera: clip });

    test(`sees its ${faces} faces without any setting`, async ({ page }) => {
      await page.goto('./');
      await page.getByTestId('start').click();
      await timed('firstCount', (timeout) => expect(figure(page, 'faces-in-view')).toHaveText(faces, { timeout }));
    });
  });
}

test.describe('too slow to read a head shake', () => {
  test.use({ camera: 'head-still.mp4' });

  test('on the plain-JavaScript backend the page says the frame rate is too low and points to the button', async ({ page }) => {
    await page.goto('./?backend=cpu');
    await page.getByTestId('start').click();
    await timed('firstCountFallback', (timeout) => expect(page.getByTestId('backend')).toHaveAttribute('data-backend', 'cpu', { timeout }));
    await timed('frameRateSettled', (timeout) => expect(page.getByTestId('shake-warning')).toContainText('too low', { timeout }));
    await expect(page.getByTestId('shake-warning')).toContainText('Don’t count me');
  });
});
