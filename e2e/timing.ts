import { appendFileSync } from 'node:fs';
import { test, type Page } from '@playwright/test';

/**
 * How long the tests wait for the page's own events, from measured durations.
 *
 * Every wait below is timed when `HEADCOUNT_E2E_TIMINGS=<file>` is set: each one appends `{wait, ms, test}` to that
 * file (JSON lines). They were measured on this project's machine (2 cores, no GPU, Debian Chromium
 * 156.0.8078.129, WASM; 2026-12-07) under more load than CI sees: two whole `npm test` runs side by side while
 * other work (a training run, evaluations) used the same two cores, load average 10–16. Each timeout is the slowest
 * duration seen there times MARGIN, and never below Playwright's default expect timeout (20 s,
 * playwright.config.ts), which every unnamed wait has. A wait that needs more is a regression to look at, not a
 * timeout to raise. The slowest loaded duration is beside each constant.
 */
export const MARGIN = 3;
const EXPECT_DEFAULT_MS = 20_000;
/** A timeout from the slowest duration measured under load. */
export const fromMeasured = (slowestMs: number): number => Math.max(EXPECT_DEFAULT_MS, Math.ceil((slowestMs * MARGIN) / 1000) * 1000);

export const WAIT = {
  /**
   * Start pressed → the first face (or pass) counted on the fake camera: the engine and models start, the camera
   * opens, and its first frames are black. Slowest: 2.1 s (median 1.2 s, n = 38).
   */
  firstCount: fromMeasured(2_123),
  /** Start → counting on a fallback engine (WebGL, software-rendered here, or plain JavaScript), after WASM. 11.9 s. */
  firstCountFallback: fromMeasured(11_938),
  /** A missing or corrupt model, or a lost WebGL context → the page's message. 2.5 s. */
  failureMessage: fromMeasured(2_504),
  /** Start → an opt-out confirmed on the live head-shake clip. 4.1 s. */
  shakeOptOut: fromMeasured(4_128),
  /** "Don't count me" pressed → the 5-s pause over (the page's own clock). 5.1 s. */
  optOutPause: fromMeasured(5_107),
  /** The test bed: a few files chosen → all their lines (the engine and models start first). 1.0 s for two files. */
  testBedFiles: fromMeasured(1_011),
  /** The low-frame-rate warning shown, or cleared, once the page has measured its own rate. 5.3 s. */
  frameRateSettled: fromMeasured(5_316),
  /**
   * A workshop step moved on by an event on the looping clip (passes-5, 24 s). 11.3 s; three in a row: 17.9 s.
   */
  workshopEvent: fromMeasured(11_278),
  /** One `npm run analyze` call on a few images or short clips (its browser's start included). 74.8 s. */
  analyzeFew: fromMeasured(74_784),
  /** One `npm run analyze` call on one real clip, every frame (the 30 fps portrait talk clip is the longest). 200.7 s. */
  analyzeClip: fromMeasured(200_651),
} as const;

/**
 * Frames the page processes per second, at least, under that load: the fake camera gives 15; the slowest window
 * measured was 8 frames in 1.8 s (4.3 fps); 150 frames took at most 16.1 s.
 */
export const MIN_LOADED_FPS = 4;

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
