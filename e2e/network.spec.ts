import type { Request } from '@playwright/test';
import { expect, startCamera, test } from './fixtures';

test.use({ camera: 'one-face.mp4', serviceWorkers: 'allow' });

/** Non-negotiable: no network at run time beyond same-origin GETs of the page's own files. */
test('a counting session makes only same-origin GET requests, and no WebSocket', async ({ page, baseURL }) => {
  const origin = new URL(baseURL ?? '').origin;
  const requests: Request[] = [];
  const sockets: string[] = [];
  page.context().on('request', (r) => requests.push(r));
  page.on('websocket', (ws) => sockets.push(ws.url()));
  await startCamera(page);
  await expect(page.getByTestId('faces-in-view').locator('.value')).toHaveText('1', { timeout: 30_000 });
  await page.waitForTimeout(2000);

  const offending = requests.filter((r) => {
    const url = new URL(r.url());
    const local = url.protocol === 'data:' || url.protocol === 'blob:' || url.origin === origin;
    return !local || r.method() !== 'GET';
  });
  expect(offending.map((r) => `${r.method()} ${r.url()}`)).toEqual([]);
  expect(sockets).toEqual([]);
  // The models and the wasm binary did come from the site itself.
  const urls = requests.map((r) => r.url());
  expect(urls.some((u) => u.includes('/models/facemesh-detection-short.bin'))).toBe(true);
  expect(urls.some((u) => u.endsWith('.wasm'))).toBe(true);
});
