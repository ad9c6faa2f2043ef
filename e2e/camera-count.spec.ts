import { expect, figure, startCamera, test } from './fixtures';
import { timed, waitForFrames } from './timing';

test.describe('one face in view', () => {
  test.use({ camera: 'one-face.mp4' });

  test('the count reaches 1 and the backend is shown', async ({ page }) => {
    await startCamera(page);
    // The fake camera's first frames are black: wait for real ones.
    await timed('firstCount', (timeout) => expect(figure(page, 'faces-in-view')).toHaveText('1', { timeout }));
    await expect(page.getByTestId('backend')).toHaveAttribute('data-backend', 'wasm');
    await expect(page.getByTestId('status')).toHaveText('');
  });

  test('cross-origin isolated, the detector runs a thread per core, its workers started under the CSP', async ({ page }) => {
    await startCamera(page);
    await timed('firstCount', (timeout) => expect(figure(page, 'faces-in-view')).toHaveText('1', { timeout }));
    const cores = await page.evaluate(() => (crossOriginIsolated ? navigator.hardwareConcurrency : 0));
    expect(cores).toBeGreaterThan(1);
    const backend = page.getByTestId('backend');
    await expect(backend).toHaveAttribute('data-backend', 'wasm');
    await expect(backend).toHaveAttribute('data-threads', String(cores));
    await expect(backend).toContainText(`threads: ${cores}`);
    // A refused worker script would have failed WASM over to another backend; the fixture also fails on any CSP
    // message from the page or its workers.
  });

  test('not isolated (a host without the COOP/COEP headers), it falls back to one thread', async ({ page }) => {
    await page.route(/\/(index\.html)?(\?.*)?$/, async (route) => {
      const response = await route.fetch();
      const headers = { ...response.headers() };
      delete headers['cross-origin-opener-policy'];
      delete headers['cross-origin-embedder-policy'];
      await route.fulfill({ response, headers });
    });
    await startCamera(page);
    await timed('firstCount', (timeout) => expect(figure(page, 'faces-in-view')).toHaveText('1', { timeout }));
    expect(await page.evaluate(() => crossOriginIsolated)).toBe(false);
    const backend = page.getByTestId('backend');
    await expect(backend).toHaveAttribute('data-backend', 'wasm');
    await expect(backend).toHaveAttribute('data-threads', '1');
  });
});

test.describe('no face in view', () => {
  test.use({ camera: 'no-face.mp4' });

  test('the count stays 0 while frames are processed', async ({ page }) => {
    await startCamera(page);
    await timed('firstCount', (timeout) => expect(figure(page, 'faces-in-view')).toHaveText('0', { timeout }));
    // 75 frames (5 s at the camera's 15 fps) of the zooming coffee cup, looked at every 8: never a face.
    for (let i = 0; i < 10; i++) {
      await waitForFrames(page, 8);
      await expect(figure(page, 'faces-in-view')).toHaveText('0', { timeout: 1 });
    }
  });
});
