import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { analyze } from './analyze';
import { expect, figure, startCamera, test } from './fixtures';
import { E2E_TMP_DIR, FIXTURE_IMG_DIR } from './paths';
import { WAIT, timed, waitForFrames } from './timing';

/** Takes the page's element out of the document and puts it back: its controllers let go, then connect again. */
async function takeOutAndPutBack(page: Page): Promise<void> {
  await page.evaluate(() => {
    const app = document.querySelector('headcount-app');
    const parent = app?.parentNode;
    if (!app || !parent) throw new Error('no headcount-app');
    app.remove();
    parent.appendChild(app);
  });
}

test.describe('faults on the live page', () => {
  test.use({ camera: 'one-face.mp4' });

  test('wasm files that fail to load: another backend takes over and says so', async ({ page }) => {
    await page.route('**/*.wasm', (route) => route.abort());
    await startCamera(page);
    await timed('firstCountFallback', (timeout) => expect(figure(page, 'faces-in-view')).toHaveText('1', { timeout }));
    const backend = page.getByTestId('backend');
    await expect(backend).not.toHaveAttribute('data-backend', 'wasm');
    await expect(backend).toContainText('wasm could not start');
  });

  test('a missing model file: a clear message, no crash', async ({ page }) => {
    await page.route('**/models/yunet/weights.bin', (route) => route.fulfill({ status: 404, body: 'Not found' }));
    await startCamera(page);
    await timed('failureMessage', (timeout) => expect(page.getByTestId('status')).toContainText('A model file could not be loaded', { timeout }));
  });

  test('a corrupt model file: a clear message, no crash', async ({ page }) => {
    await page.route('**/models/mask-classifier/model.json', (route) => route.fulfill({ status: 200, body: '{"modelTopology": trunc' }));
    await startCamera(page);
    await timed('failureMessage', (timeout) => expect(page.getByTestId('status')).toContainText('A model file could not be loaded', { timeout }));
  });

  test('the camera track ends mid-run (unplugged): the page says so and offers to start again', async ({ page }) => {
    // Keep a handle on the stream the page gets, to end its track as an unplugged camera would.
    await page.addInitScript(() => {
      const original = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
      navigator.mediaDevices.getUserMedia = async (constraints) => {
        const stream = await original(constraints);
        (window as unknown as { testStream: MediaStream }).testStream = stream;
        return stream;
      };
    });
    await startCamera(page);
    await timed('firstCount', (timeout) => expect(figure(page, 'faces-in-view')).toHaveText('1', { timeout }));
    await page.evaluate(() => {
      const track = (window as unknown as { testStream: MediaStream }).testStream.getVideoTracks()[0];
      track.stop();
      track.dispatchEvent(new Event('ended'));
    });
    await expect(page.getByTestId('status')).toContainText('The camera stopped');
    await expect(page.getByTestId('start')).toBeVisible();
  });

  test('the page’s element taken out of the document and put back: Start loads a new pipeline and counts', async ({ page }) => {
    await startCamera(page);
    await timed('firstCount', (timeout) => expect(figure(page, 'faces-in-view')).toHaveText('1', { timeout }));
    // Its camera and worker are ended on the way out (the element's controllers let go of what they hold).
    await takeOutAndPutBack(page);
    await page.getByTestId('start').click();
    await timed('firstCount', (timeout) => expect(figure(page, 'faces-in-view')).toHaveText('1', { timeout }));
  });

  test('taken out of the document with the detector comparison open: it comes back closed, and opens again', async ({ page }) => {
    await startCamera(page);
    await page.getByTestId('view-how').click();
    await page.getByTestId('compare-toggle').click();
    await timed('firstCount', (timeout) => expect(page.getByTestId('compare-faces-blazeface')).toHaveText('1', { timeout }));
    await takeOutAndPutBack(page);
    // Its worker (and the comparison's detector in it) ended: the toggle says so instead of showing a dead table.
    await expect(page.getByTestId('compare-toggle')).toHaveAttribute('aria-pressed', 'false');
    await expect(page.getByTestId('compare-table')).toHaveCount(0);
    await page.getByTestId('start').click();
    await page.getByTestId('compare-toggle').click();
    await timed('firstCount', (timeout) => expect(page.getByTestId('compare-faces-blazeface')).toHaveText('1', { timeout }));
  });

  test('the tab is frozen then resumed: counting goes on', async ({ page }) => {
    await startCamera(page);
    await timed('firstCount', (timeout) => expect(figure(page, 'faces-in-view')).toHaveText('1', { timeout }));
    const session = await page.context().newCDPSession(page);
    await session.send('Page.setWebLifecycleState', { state: 'frozen' });
    // The input of this test: the tab stays frozen for a second.
    await page.waitForTimeout(1000);
    await session.send('Page.setWebLifecycleState', { state: 'active' });
    await waitForFrames(page, 10);
    await expect(figure(page, 'faces-in-view')).toHaveText('1');
  });

  test('the WebGL context is lost mid-run: counting stops with a clear message, no crash', async ({ page }) => {
    await page.goto('./?backend=webgl');
    await page.getByTestId('start').click();
    await timed('firstCountFallback', (timeout) => expect(page.getByTestId('backend')).toHaveAttribute('data-backend', 'webgl', { timeout }));
    await timed('firstCountFallback', (timeout) => expect(figure(page, 'faces-in-view')).toHaveText('1', { timeout }));
    await page.locator('headcount-app').evaluate((app: HTMLElement & { loseWebglContext(): void }) => app.loseWebglContext());
    await timed('failureMessage', (timeout) => expect(page.getByTestId('status')).toContainText('The graphics engine (WebGL) was lost', { timeout }));
  });

  test('a corrupt file in the test bed: its own error line, the other files still run', async ({ page }) => {
    await page.goto('./');
    await page.getByTestId('view-testbed').click();
    await page.getByTestId('testbed-input').setInputFiles([
      { name: 'broken.png', mimeType: 'image/png', buffer: Buffer.from('not an image') },
      { name: 'astronaut.png', mimeType: 'image/png', buffer: readFileSync(path.join(FIXTURE_IMG_DIR, 'astronaut.png')) },
    ]);
    await timed('testBedFiles', (timeout) => expect(page.getByRole('alert')).toContainText('broken.png', { timeout }));
    const json = page.getByTestId('testbed-json');
    await expect(json).toContainText('"file":"astronaut.png"');
    const lines = ((await json.textContent()) ?? '').trim().split('\n').map((l) => JSON.parse(l) as { file: string; faces?: unknown[]; error?: string });
    expect(lines[0]).toMatchObject({ file: 'broken.png', error: expect.stringContaining('This is a text file') });
    expect(lines[1].faces).toHaveLength(1);
    await expect(page.getByTestId('testbed-download')).toHaveAttribute('download', 'headcount-analysis.jsonl');
  });
});

test('analyze: a crowd of 25 faces and a very dark frame give reports, not errors', async () => {
  test.setTimeout(WAIT.analyzeFew);
  const crowd = path.join(E2E_TMP_DIR, 'headcount-crowd.png');
  const dark = path.join(E2E_TMP_DIR, 'headcount-dark.png');
  const corruptVideo = path.join(E2E_TMP_DIR, 'headcount-corrupt.mp4');
  writeFileSync(corruptVideo, 'not a video');
  // The fixtures hold at most 13 faces per image: tile the astronaut portrait 5×5 for 25 faces.
  const astronaut = path.join(FIXTURE_IMG_DIR, 'astronaut.png');
  const ffmpeg = (args: string[]) => {
    const run = spawnSync('ffmpeg', ['-loglevel', 'error', '-y', ...args], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
  };
  ffmpeg(['-loop', '1', '-i', astronaut, '-vf', 'scale=256:256,tile=5x5', '-frames:v', '1', crowd]);
  ffmpeg(['-i', astronaut, '-vf', 'eq=brightness=-0.45:contrast=0.4', '-frames:v', '1', dark]);
  const { status, reports } = await analyze([crowd, dark, corruptVideo]);
  expect(status).toBe(1);
  const [crowdReport, darkReport, videoReport] = reports as { faces?: unknown[]; error?: string }[];
  expect(crowdReport.error).toBeUndefined();
  expect(crowdReport.faces?.length ?? 0).toBeGreaterThanOrEqual(20);
  expect(darkReport.error).toBeUndefined();
  expect(darkReport.faces).toBeDefined();
  expect(darkReport.faces?.length).toBeLessThanOrEqual(1);
  expect(videoReport.error).toContain('This is a text file');
});
