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
