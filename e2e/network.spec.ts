import type { Request } from '@playwright/test';
import { expect, figure, startCamera, test } from './fixtures';
import { timed } from './timing';

test.use({ camera: 'one-face.mp4', serviceWorkers: 'allow' });

/** Non-negotiable: no network at run time beyond same-origin GETs of the page's own files. */
test('a full session makes only same-origin GET requests: no other origin, no upload, no WebSocket, no beacon', async ({ page, baseURL }) => {
  const origin = new URL(baseURL ?? '').origin;
  const requests: Request[] = [];
  const sockets: string[] = [];
  page.context().on('request', (r) => requests.push(r));
  page.on('websocket', (ws) => sockets.push(ws.url()));
  await startCamera(page);
  await timed('firstCount', (timeout) => expect(figure(page, 'faces-in-view')).toHaveText('1', { timeout }));
  // Everything a visitor can do: opt out, switch language, export, visit every view.
  await page.keyboard.press('n');
  await expect(figure(page, 'opted-out')).toHaveText('1');
  await page.getByTestId('language').selectOption('fr');
  await expect(page.getByTestId('start').or(page.getByTestId('stop'))).toContainText(/Arrêter|Démarrer/);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-json').click()]);
  expect(await download.failure()).toBeNull();
  for (const view of ['how', 'rules', 'testbed', 'counter']) await page.getByTestId(`view-${view}`).click();
  // Whatever the views load has been requested: no request for 500 ms (Playwright's network idle).
  await page.waitForLoadState('networkidle');
  // The page's own meter agrees: requests were made, none to another site.
  const meter = page.getByTestId('network-meter');
  await expect(meter).toHaveAttribute('data-other-origin', '0');
  await expect(meter).toContainText(/Réseau depuis le chargement : [1-9]\d* requêtes/);

  const offending = requests.filter((r) => {
    const url = new URL(r.url());
    const local = url.protocol === 'data:' || url.protocol === 'blob:' || url.origin === origin;
    return !local || r.method() !== 'GET' || r.resourceType() === 'ping';
  });
  expect(offending.map((r) => `${r.method()} ${r.url()}`)).toEqual([]);
  expect(sockets).toEqual([]);
  // The models and the wasm binary did come from the site itself.
  const urls = requests.map((r) => r.url());
  expect(urls.some((u) => u.includes('/models/yunet/weights.bin'))).toBe(true);
  expect(urls.some((u) => u.endsWith('.wasm'))).toBe(true);
});
