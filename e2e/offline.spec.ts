import { expect, figure, test } from './fixtures';
import { timed } from './timing';

test.use({ camera: 'one-face.mp4', serviceWorkers: 'allow' });

/** A workshop room without Wi-Fi: after one visit, the service worker serves the page, models and wasm. */
test('after one visit the page loads and counts offline', async ({ page }) => {
  await page.goto('./');
  // Precaching happens while the worker installs; `ready` resolves once it is active.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.context().setOffline(true);
  // Offline really is offline for a plain fetch that bypasses the cache.
  const online = await page.evaluate(() =>
    fetch(`./favicon.svg?nocache=${Date.now()}`, { cache: 'no-store' }).then(
      () => true,
      () => false,
    ),
  );
  expect(online).toBe(false);

  await page.reload();
  await page.getByTestId('start').click();
  await timed('firstCount', (timeout) => expect(figure(page, 'faces-in-view')).toHaveText('1', { timeout }));
});

/**
 * A static host that cannot send headers: the first visit is not isolated (one thread); the service worker adds
 * COOP/COEP to what it serves, so the next visit is, and the detector runs a thread per core.
 */
test('on a host without the isolation headers, the service worker isolates the page from the second visit', async ({ page }) => {
  // context.route also sees the service worker's own requests (its precache downloads).
  await page.context().route('**/*', async (route) => {
    const response = await route.fetch();
    const headers = { ...response.headers() };
    delete headers['cross-origin-opener-policy'];
    delete headers['cross-origin-embedder-policy'];
    await route.fulfill({ response, headers });
  });
  await page.goto('./');
  expect(await page.evaluate(() => crossOriginIsolated)).toBe(false);
  await page.getByTestId('start').click();
  await timed('firstCount', (timeout) => expect(figure(page, 'faces-in-view')).toHaveText('1', { timeout }));
  await expect(page.getByTestId('backend')).toHaveAttribute('data-threads', '1');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });

  await page.reload();
  const cores = await page.evaluate(() => (crossOriginIsolated ? navigator.hardwareConcurrency : 0));
  expect(cores).toBeGreaterThan(1);
  await page.getByTestId('start').click();
  await timed('firstCount', (timeout) => expect(figure(page, 'faces-in-view')).toHaveText('1', { timeout }));
  await expect(page.getByTestId('backend')).toHaveAttribute('data-threads', String(cores));
});
