import { test as base, chromium, expect, type ConsoleMessage, type LaunchOptions, type Page } from '@playwright/test';
import { QUIET_FLAGS } from '../scripts/lib/chromium';
import { CHROMIUM, y4mFor } from './paths';

/**
 * What the test browser's camera is: a fixture clip (file name in fixtures/video, permission granted),
 * `none` (no camera device: this machine has none), or `denied` (a camera exists, the prompt is refused).
 */
export type CameraSetting = string;

export function launchOptionsFor(camera: CameraSetting): LaunchOptions {
  const args = [...QUIET_FLAGS];
  if (camera === 'denied') args.push('--use-fake-device-for-media-stream', '--deny-permission-prompts');
  else if (camera === 'none') args.push('--use-fake-ui-for-media-stream');
  else
    args.push(
      '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream',
      `--use-file-for-fake-video-capture=${y4mFor(camera)}`,
    );
  return { executablePath: CHROMIUM, args };
}

/**
 * `page` comes from a browser launched for this test with its own camera (launch flags cannot change per
 * test otherwise), and every test fails on an uncaught error in the page.
 */
export const test = base.extend<{ camera: CameraSetting; pageErrors: Error[] }>({
  camera: ['none', { option: true }],
  page: async ({ camera, baseURL, serviceWorkers }, use) => {
    const browser = await chromium.launch(launchOptionsFor(camera));
    const context = await browser.newContext({ baseURL, serviceWorkers });
    const page = await context.newPage();
    await use(page);
    await browser.close();
  },
  pageErrors: [
    async ({ page }, use) => {
      const errors: Error[] = [];
      page.on('pageerror', (e) => errors.push(e));
      // A blocked resource or eval is reported on the console, not thrown: treat it as a failure too.
      const onConsole = (message: ConsoleMessage) => {
        if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) errors.push(new Error(message.text()));
      };
      page.on('console', onConsole);
      // The pipeline worker and the WASM threads' workers report their own.
      page.on('worker', (worker) => worker.on('console', onConsole));
      await use(errors);
      expect(errors, `uncaught page errors: ${errors.map((e) => e.message).join('; ')}`).toEqual([]);
    },
    { auto: true },
  ],
});

/** The big number of one figure on the page (`faces-in-view`, `passes`, `opted-out`…). */
export function figure(page: Page, testId: string) {
  return page.getByTestId(testId).locator('.value');
}

export async function startCamera(page: Page): Promise<void> {
  await page.goto('./');
  await page.getByTestId('start').click();
}

export { expect };
