/**
 * The soak: the real page (index.html) on a looping fake camera, sampled every few seconds for tfjs tensors in
 * the worker, the page's JS heap and the processed frame rate. Shared by `npm run soak` and e2e/soak.spec.ts.
 */
import type { Page } from '@playwright/test';
import type { WorkerMemory } from '../../src/io/pipeline-protocol';
import { soakVerdict, type SoakSample, type SoakVerdict } from '../../src/eval/perf-stats';
import { round } from '../../src/logic/stats';

export interface SoakOptions {
  /** Sampling time after the warm-up: one sample per full interval. */
  durationMs: number;
  /** Time between samples (the issue: 10 s). */
  intervalMs?: number;
  /** Time between the first processed frame and the first sample: kernels compile, caches fill. */
  warmupMs?: number;
  onSample?: (sample: SoakSample) => void;
}

export interface SoakResult {
  backend: string | null;
  samples: SoakSample[];
  verdict: SoakVerdict;
  /** Uncaught errors in the page meanwhile: a soak with any is not clean whatever the figures say. */
  pageErrors: string[];
}

/** Readings of the worker's tensors per sample; the least is kept, so a frame in flight does not count. */
const MEMORY_READINGS = 5;

type AppWithMemory = HTMLElement & { pipelineMemory(): Promise<WorkerMemory | undefined> };

async function tensorsAtRest(page: Page): Promise<number> {
  let least = Infinity;
  for (let i = 0; i < MEMORY_READINGS; i++) {
    const memory = await page.evaluate(() => (document.querySelector('headcount-app') as AppWithMemory).pipelineMemory());
    if (!memory) throw new Error('the pipeline is not loaded');
    least = Math.min(least, memory.numTensors);
    await page.waitForTimeout(20);
  }
  return least;
}

/** Frames the page has processed (data-frames, inside the app's shadow root), and when, by the page's clock. */
const frameCount = (page: Page) =>
  page.evaluate(() => ({
    frames: Number(document.querySelector('headcount-app')?.shadowRoot?.querySelector('[data-testid="figures"]')?.getAttribute('data-frames') ?? 0),
    t: performance.now(),
  }));

/** Starts the camera on `url` (the site's root, fake camera already set on the browser) and soaks. */
export async function soakPage(page: Page, url: string, options: SoakOptions): Promise<SoakResult> {
  const intervalMs = options.intervalMs ?? 10_000;
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(url);
  await page.getByTestId('start').click();
  await page.getByTestId('figures').and(page.locator(':not([data-frames="0"])')).waitFor({ timeout: 60_000 });
  await page.waitForTimeout(options.warmupMs ?? 5_000);
  const backend = await page.getByTestId('backend').getAttribute('data-backend');
  // The main thread's heap through the DevTools protocol: performance.memory is coarse without extra flags.
  const cdp = await page.context().newCDPSession(page);
  const samples: SoakSample[] = [];
  let previous = await frameCount(page);
  const start = previous.t;
  const count = Math.max(1, Math.floor(options.durationMs / intervalMs));
  for (let i = 0; i < count; i++) {
    await page.waitForTimeout(intervalMs);
    const now = await frameCount(page);
    const fps = ((now.frames - previous.frames) * 1000) / (now.t - previous.t);
    previous = now;
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    const sample: SoakSample = {
      t: Math.round((now.t - start) / 100) / 10,
      numTensors: await tensorsAtRest(page),
      heapBytes: usedSize,
      fps: round(fps),
    };
    samples.push(sample);
    options.onSample?.(sample);
  }
  await cdp.detach();
  return { backend, samples, verdict: soakVerdict(samples), pageErrors };
}
