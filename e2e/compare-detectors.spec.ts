import AxeBuilder from '@axe-core/playwright';
import path from 'node:path';
import type { Page, Request } from '@playwright/test';
import { expect, figure, startCamera, test } from './fixtures';
import { FIXTURE_IMG_DIR, REPO_ROOT } from './paths';
import { timed, waitForFrames } from './timing';
import { readFileSync } from 'node:fs';
import type { DetectionFigures } from '../src/logic/measured-figures';

/** The comparison's own files: BlazeFace's weights and its code chunk (src/worker/service-worker.ts, COMPARISON_FILES). */
const COMPARISON_FILE = /\/(models\/blazeface\/|assets\/blazeface-detector-)/;
/** Frames for each detector's tally to pass the page's minimum of classified faces (MIN_CLASSIFIED_FOR_SHARE). */
const FRAMES_FOR_A_SHARE = 8;

test.use({ camera: 'one-face.mp4' });

async function openComparison(page: Page): Promise<void> {
  await page.getByTestId('view-how').click();
  await page.getByTestId('compare-toggle').click();
  await expect(page.getByTestId('compare-toggle')).toHaveAttribute('aria-pressed', 'true');
  await timed('firstCount', (timeout) => expect(page.getByTestId('compare-scene')).toBeVisible({ timeout }));
}

test('How it works compares the detectors: nothing of BlazeFace is fetched before; both detectors\' faces and shares after; axe clean; en and fr', async ({ page, baseURL }) => {
  const origin = new URL(baseURL ?? '').origin;
  const requests: Request[] = [];
  page.context().on('request', (r) => requests.push(r));
  await page.setViewportSize({ width: 1280, height: 800 });
  await startCamera(page);
  await timed('firstCount', (timeout) => expect(figure(page, 'faces-in-view')).toHaveText('1', { timeout }));
  // Every view visited, the comparison not opened: not one request for its files.
  for (const view of ['how', 'rules', 'testbed', 'counter']) await page.getByTestId(`view-${view}`).click();
  await page.waitForLoadState('networkidle');
  expect(requests.filter((r) => COMPARISON_FILE.test(r.url())).map((r) => r.url())).toEqual([]);

  await openComparison(page);
  // The fake camera's one face, found by each detector and drawn as geometry in each detector's style.
  for (const detector of ['yunet', 'blazeface']) {
    await expect(page.getByTestId(`compare-faces-${detector}`)).toHaveText('1');
    await expect(page.getByTestId('compare-scene').locator(`g[data-detector="${detector}"] rect`)).toHaveCount(1);
  }
  await expect(page.getByTestId('compare-scene').locator('image, foreignObject, video, canvas')).toHaveCount(0);
  await waitForFrames(page, FRAMES_FOR_A_SHARE);
  for (const detector of ['yunet', 'blazeface']) {
    await expect(page.getByTestId(`compare-share-${detector}`)).toHaveText(/^\d+ % \(95 % interval: \d+–\d+ %\)$/);
  }
  const fetched = requests.filter((r) => COMPARISON_FILE.test(r.url()));
  expect(fetched.some((r) => r.url().endsWith('/models/blazeface/facemesh-detection-short.bin'))).toBe(true);
  expect(fetched.every((r) => new URL(r.url()).origin === origin && r.method() === 'GET')).toBe(true);

  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

  for (const locale of ['en', 'fr'] as const) {
    await page.getByTestId('language').selectOption(locale);
    if (locale === 'fr') await expect(page.getByTestId('compare-share-yunet')).toContainText('intervalle');
    // The drawing and the numbers move with the face; the layout, headings, legend and note are what is compared.
    // The whole page, like the other live snapshots: the section is taller than the window, and an element
    // screenshot of it was cropped at a different scroll offset from run to run.
    await expect(page).toHaveScreenshot(`compare-live-${locale}.png`, {
      fullPage: true,
      maxDiffPixelRatio: 0.002,
      animations: 'disabled',
      mask: [
        page.getByTestId('how-scene'),
        page.getByTestId('how-tracks'),
        page.getByTestId('how-latency'),
        page.getByTestId('yaw-trace'),
        page.getByTestId('network-meter'),
        page.getByTestId('compare-scene'),
        page.getByTestId('compare-table').locator('td, thead th:nth-child(3)'),
      ],
    });
  }
  // Counting went on from YuNet meanwhile; leaving the view closes the comparison.
  await page.getByTestId('view-counter').click();
  await expect(figure(page, 'faces-in-view')).toHaveText('1');
  await page.getByTestId('view-how').click();
  await expect(page.getByTestId('compare-toggle')).toHaveAttribute('aria-pressed', 'false');
});

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });

  test('after one visit with the comparison, it opens offline', async ({ page }) => {
    await page.goto('./');
    // The offline copy is in place and controls the page (and so the worker the camera starts).
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
      }
    });
    await page.getByTestId('start').click();
    await openComparison(page);
    await expect(page.getByTestId('compare-faces-blazeface')).toHaveText('1');
    // What the comparison fetched is in the service worker's run-time cache, not only in the HTTP cache.
    const cached = await page.evaluate(async () => (await (await caches.open('headcount-comparison')).keys()).map((r) => new URL(r.url).pathname));
    expect(cached.some((p) => p.endsWith('/models/blazeface/facemesh-detection-short.bin'))).toBe(true);
    expect(cached.some((p) => /\/assets\/blazeface-detector-[^/]+\.js$/.test(p))).toBe(true);

    await page.context().setOffline(true);
    await page.reload();
    await page.getByTestId('start').click();
    await openComparison(page);
    await expect(page.getByTestId('compare-faces-blazeface')).toHaveText('1');
    await expect(page.getByTestId('compare-status')).toHaveText('');
  });
});

test('the test bed runs an image through both detectors, side by side', async ({ page }) => {
  await page.goto('./');
  await page.getByTestId('view-testbed').click();
  await page.getByTestId('testbed-compare').click();
  await page.getByTestId('testbed-input').setInputFiles([path.join(FIXTURE_IMG_DIR, 'faces-2.png')]);
  const table = page.getByTestId('testbed-compare-table');
  await timed('testBedFiles', (timeout) => expect(table.locator('tbody tr')).toHaveCount(2, { timeout }));
  await expect(page.getByTestId('testbed-found-yunet')).toHaveText('2');
  await expect(page.getByTestId('testbed-found-blazeface')).toHaveText('2');
  const lines = (await page.getByTestId('testbed-json').textContent())?.trim().split('\n') ?? [];
  expect(lines.map((l) => (JSON.parse(l) as { detector: string }).detector)).toEqual(['yunet', 'blazeface']);
});

test('Rules and limits explains why detectors differ, with both detectors\' measured figures, in both languages, axe clean', async ({ page }) => {
  await page.goto('./');
  await page.getByTestId('view-rules').click();
  const section = page.getByTestId('rules-detectors');
  await expect(section.getByRole('heading', { name: 'The number depends on the model' })).toBeVisible();
  // Figures from models/detection-figures.json: one table per detector, YuNet's marked as the one that counts.
  await expect(section.locator('caption')).toHaveText([/YuNet \(score ≥ 0\.7\) · counts on this page/, /BlazeFace \(score ≥ 0\.75\)/]);
  const figures = JSON.parse(readFileSync(path.join(REPO_ROOT, 'models', 'detection-figures.json'), 'utf8')) as DetectionFigures;
  const masked = figures.detectorComparison.detectors[0].figures.recallByClass.with_mask;
  await expect(section.locator('table').first().locator('td').first()).toContainText(`${((masked.value ?? Number.NaN) * 100).toFixed(1)}%n = ${masked.n}`);
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  await page.getByTestId('language').selectOption('fr');
  await expect(section.getByRole('heading', { name: 'Le chiffre dépend du modèle' })).toBeVisible();
  await expect(section.locator('caption').first()).toHaveText(/compte sur cette page/);
});

test('BlazeFace\'s weights missing: the comparison says so, counting on YuNet goes on', async ({ page }) => {
  await page.route('**/models/blazeface/*.bin', (route) => route.fulfill({ status: 404, body: 'Not found' }));
  await startCamera(page);
  await timed('firstCount', (timeout) => expect(figure(page, 'faces-in-view')).toHaveText('1', { timeout }));
  await page.getByTestId('view-how').click();
  await page.getByTestId('compare-toggle').click();
  await timed('failureMessage', (timeout) =>
    expect(page.getByTestId('compare-status')).toContainText('BlazeFace could not be loaded (models/blazeface/', { timeout }));
  await expect(page.getByTestId('compare-status')).toContainText('YuNet keeps counting');
  await expect(page.getByTestId('compare-toggle')).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByTestId('compare-scene')).toHaveCount(0);
  await waitForFrames(page, 5);
  await page.getByTestId('view-counter').click();
  await expect(figure(page, 'faces-in-view')).toHaveText('1');
  await expect(page.getByTestId('status')).not.toContainText('could not be loaded');
});
