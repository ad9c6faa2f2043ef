import { expect, figure, startCamera, test } from './fixtures';

test.describe('one face in view', () => {
  test.use({ camera: 'one-face.mp4' });

  test('the count reaches 1 and the backend is shown', async ({ page }) => {
    await startCamera(page);
    // The fake camera's first frames are black: wait for real ones.
    await expect(figure(page, 'faces-in-view')).toHaveText('1', { timeout: 30_000 });
    await expect(page.getByTestId('backend')).toHaveAttribute('data-backend', 'wasm');
    await expect(page.getByTestId('status')).toHaveText('');
  });
});

test.describe('no face in view', () => {
  test.use({ camera: 'no-face.mp4' });

  test('the count stays 0 while frames are processed', async ({ page }) => {
    await startCamera(page);
    await expect(figure(page, 'faces-in-view')).toHaveText('0', { timeout: 30_000 });
    // Several seconds of the zooming coffee cup: never a face.
    for (let i = 0; i < 10; i++) {
      await page.waitForTimeout(500);
      await expect(figure(page, 'faces-in-view')).toHaveText('0', { timeout: 1 });
    }
  });
});
