/**
 * Makes docs/workshop.png, the README's picture of a guided workshop: the built page in headless Chromium on
 * the fake camera (passes-5.mp4, people walking by), at 1280×800 in projector mode, once the first pass has
 * moved the workshop to its second step. Scaled down and palette-compressed, so the repository stays small.
 *
 *   npm run docs:screenshot      (HEADCOUNT_NO_BUILD=1 reuses dist/)
 */
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { CHROMIUM, QUIET_FLAGS } from './lib/chromium';
import { ensureY4m, fakeCameraArgs } from './lib/fake-camera';
import { ensureBuilt, serveSite } from './lib/lab';
import { REPO_ROOT } from './lib/paths';

const OUT = path.join(REPO_ROOT, 'docs', 'workshop.png');
const WIDTH = 960;

await ensureBuilt();
const { server, url } = await serveSite();
const browser = await chromium.launch({ executablePath: CHROMIUM, args: [...QUIET_FLAGS, ...fakeCameraArgs(ensureY4m('passes-5.mp4'))] });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
  await page.goto(new URL('?workshop=guided', url).href);
  await page.getByTestId('start').click();
  await page.getByTestId('workshop').and(page.locator('[data-step="return"]')).waitFor({ timeout: 120_000 });
  const png = await page.screenshot({ animations: 'disabled' });
  mkdirSync(path.dirname(OUT), { recursive: true });
  await sharp(png).resize({ width: WIDTH }).png({ palette: true, colours: 64, compressionLevel: 9 }).toFile(OUT);
  console.log(`wrote ${path.relative(REPO_ROOT, OUT)}`);
} finally {
  await browser.close();
  await server.close();
}
