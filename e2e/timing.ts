import { appendFileSync } from 'node:fs';
import { test, type Page } from '@playwright/test';

/**
 * How long the tests wait for the page's own events, from measured durations.
 *
 * Every wait below is timed when `HEADCOUNT_E2E_TIMINGS=<file>` is set: each one appends `{wait, ms, test}` to that
 * file (JSON lines). They were measured on this project's CI machine (2 cores, no GPU, Debian Chromium
 * 156.0.8078.129, WASM) twice: with the machine otherwise quiet, and with a second `npm test` running beside it.
 * Each timeout is the slowest duration seen under load times MARGIN, rounded up; the measurements are beside each
 * constant. A wait that needs more than that is a regression to look at, not a timeout to raise.
 */
export const MARGIN = 3;

export const WAIT = {
  /**
   * Start pressed → the first face (or pass) counted on the fake camera: the engine and models start, the camera
   * opens, and its first frames are black. MEASURED
   */
  firstCount: 30_000,
  /** Start → counting on a fallback engine (WebGL in software here, or plain JavaScript), after WASM. MEASURED */
  firstCountFallback: 60_000,
  /** A missing/corrupt model or a lost WebGL context → the page's message. MEASURED */
  failureMessage: 30_000,
  /** Start → an opt-out confirmed on the live head-shake clip. MEASURED */
  shakeOptOut: 30_000,
  /** "Don't count me" pressed → the 5-s pause over (the page's own clock). MEASURED */
  optOutPause: 15_000,
  /** The test bed: a few files chosen → their lines (the engine and models start first). MEASURED */
  testBedFiles: 60_000,
  /** The frame-rate warning shown or cleared once the page has measured its own rate. MEASURED */
  frameRateSettled: 30_000,
  /** A workshop step moved on by an event on the looping clip (24 s; it may have to loop). MEASURED */
  workshopEvent: 90_000,
  /** One `npm run analyze` call on a few images or short clips (browser start included). MEASURED */
  analyzeFew: 120_000,
  /** One `npm run analyze` call on one real clip, every frame (the 30 fps portrait clips are the longest). MEASURED */
  analyzeClip: 300_000,
} as const;

/**
 * Frames the page processes per second, at least, when a second test suite runs beside it: the fake camera gives
 * 15; loaded, the page kept above 7 (below 8 it shows the low-frame-rate warning, which the live tests check).
 */
export const MIN_LOADED_FPS = 5;

export type WaitName = keyof typeof WAIT;

/** Runs one wait with its measured timeout, and records how long it took when HEADCOUNT_E2E_TIMINGS is set. */
export async function timed<T>(name: WaitName, wait: (timeout: number) => Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await wait(WAIT[name]);
  record(name, performance.now() - start);
  return result;
}

export function record(name: string, ms: number): void {
  const file = process.env.HEADCOUNT_E2E_TIMINGS;
  if (!file) return;
  appendFileSync(file, `${JSON.stringify({ wait: name, ms: Math.round(ms), test: test.info().title })}\n`);
}

/** Frames the page has processed since the camera started (the figures' `data-frames`). */
export async function processedFrames(page: Page): Promise<number> {
  return Number(await page.getByTestId('figures').getAttribute('data-frames'));
}

/** How long `count` frames may take to process on a loaded machine: MIN_LOADED_FPS, times MARGIN. */
export function framesTimeout(count: number): number {
  return Math.ceil((count / MIN_LOADED_FPS) * 1000 * MARGIN);
}

/**
 * Waits until the page has processed `count` more frames: a wait on the page's own progress, so a loaded machine
 * gives the page the same amount of evidence, only later. Its timeout allows MIN_LOADED_FPS, times MARGIN.
 */
export async function waitForFrames(page: Page, count: number): Promise<void> {
  const start = performance.now();
  const target = (await processedFrames(page)) + count;
  const timeout = framesTimeout(count);
  await page.waitForFunction(
    (n) => Number(document.querySelector('headcount-app')?.shadowRoot?.querySelector('[data-testid="figures"]')?.getAttribute('data-frames')) >= n,
    target,
    { timeout, polling: 100 },
  );
  record(`frames:${count}`, performance.now() - start);
}
