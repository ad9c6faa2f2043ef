import { readFileSync } from 'node:fs';
import { expect, figure, startCamera, test } from './fixtures';

const AGGREGATES_KEY = 'headcount.aggregates.v1';

test.describe('one person in front of the camera', () => {
  test.use({ camera: 'one-face.mp4' });

  test('is counted as one pass; "Don\'t count me" (N key) removes them, confirms aloud and pauses counting', async ({ page }) => {
    await startCamera(page);
    await expect(figure(page, 'passes')).toHaveText('1', { timeout: 30_000 });
    await page.keyboard.press('n');
    const confirmation = page.getByTestId('opt-out-confirmation');
    await expect(confirmation).toHaveAttribute('role', 'status');
    await expect(confirmation).toContainText('Opt-out registered — you are not counted.');
    await expect(figure(page, 'opted-out')).toHaveText('1');
    await expect(figure(page, 'passes')).toHaveText('0');
    await expect(page.getByTestId('paused')).toBeVisible();
    // The same person stays in view: still not counted after the pause, because their track is opted out.
    await page.waitForTimeout(6000);
    await expect(figure(page, 'passes')).toHaveText('0');
  });

  test('counts survive a reload as per-minute aggregates only; export and reset work', async ({ page }) => {
    await startCamera(page);
    await expect(figure(page, 'passes')).toHaveText('1', { timeout: 30_000 });
    await page.reload();
    await expect(figure(page, 'passes')).toHaveText('1');

    const stored = await page.evaluate(() => Object.keys(localStorage).map((k) => [k, localStorage.getItem(k) ?? '']));
    expect(stored.map(([k]) => k)).toEqual([AGGREGATES_KEY]);
    const data = JSON.parse(stored[0][1]) as { version: number; buckets: Record<string, Record<string, number>> };
    expect(data.version).toBe(1);
    for (const [minute, counts] of Object.entries(data.buckets)) {
      expect(Number(minute) % 60_000).toBe(0);
      // Numbers only: no box, keypoint, image or identifier.
      for (const value of Object.values(counts)) expect(typeof value).toBe('number');
    }

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
    const csv = readFileSync(await download.path(), 'utf8');
    expect(csv.split('\n')[0]).toBe('minute,passes,withMask,withoutMask,maskIncorrect,unknown,optedOut,frames,faceFrames,frameWithMask,frameWithoutMask,frameMaskIncorrect,unknownTooBrief,unknownNotClassified,unknownTooSmall,unknownUnsure,unknownUndecided,frameUnknown');
    // One row per minute; the pass may land in the minute after the first frames, so the rows add up to it.
    const rows = csv.trim().split('\n').slice(1);
    for (const row of rows) expect(row).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:00\.000Z,\d+,/);
    expect(rows.reduce((sum, row) => sum + Number(row.split(',')[1]), 0)).toBe(1);

    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByTestId('reset').click();
    await expect(figure(page, 'passes')).toHaveText('0');
    expect(await page.evaluate((key) => localStorage.getItem(key), AGGREGATES_KEY)).toBeNull();
  });
});

test.describe('a head shake on the live camera', () => {
  test.use({ camera: 'head-shake.mp4' });

  test('is read as an opt-out, confirmed and counted as opted out', async ({ page }) => {
    await startCamera(page);
    await expect(page.getByTestId('opt-out-confirmation')).toContainText('Opt-out registered', { timeout: 30_000 });
    await expect(figure(page, 'opted-out')).not.toHaveText('0');
  });

});

// A still head, and the two hard negatives: talking to a phone, and talking while the handheld camera shakes
// from side to side (the face moves in the image without turning). The page must have read enough frames per second
// to judge a shake (no low-frame-rate warning), or "never opted out" would prove nothing; analyze, which reads every
// frame, covers the same clips.
for (const camera of ['head-still.mp4', 'real-d13-talk.mp4', 'real-d12-talk-handheld.mp4']) {
  test.describe(`${camera} on the live camera`, () => {
    test.use({ camera });

    test('is never read as an opt-out', async ({ page }) => {
      await startCamera(page);
      await expect(figure(page, 'passes')).toHaveText('1', { timeout: 30_000 });
      await page.waitForTimeout(10_000);
      await expect(figure(page, 'opted-out')).toHaveText('0');
      await expect(page.getByTestId('opt-out-confirmation')).toHaveText('');
      await expect(page.getByTestId('shake-warning')).toHaveCount(0);
    });
  });
}

test.describe('How it works on the live camera', () => {
  // A still head: its track keeps its shake reading (an opted-out track drops it).
  test.use({ camera: 'head-still.mp4' });

  test('draws the yaw trace with the band the shake detector uses', async ({ page }) => {
    await startCamera(page);
    await page.getByTestId('view-how').click();
    const trace = page.getByTestId('yaw-trace').first();
    await expect(trace.getByTestId('yaw-band')).toBeAttached({ timeout: 30_000 });
    await expect(trace).toContainText('±8°');
  });
});
