/**
 * npm run bench [-- --json] [--repeats N] [--backends wasm,webgl,cpu]
 *
 * Times the page's own pipeline in headless Chromium on fixture frames with 1, 3 and 5+ faces, per backend;
 * the live fake camera's frame rate; cold start (navigation → first count); first-load bytes (gzip).
 * Ends with one JSON line. Timings are measured here, never asserted in tests.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { quantile } from '../src/logic/report.ts';
import { BACKENDS, isBackendName, type BackendName } from '../src/ml/pipeline-types.ts';
import { CHROMIUM, QUIET_FLAGS } from './lib/chromium.ts';
import { ensureBuilt, openLab, serveSite } from './lib/lab.ts';
import { REPO_ROOT, SHARED_DIR } from './lib/paths.ts';

const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    repeats: { type: 'string', default: '40' },
    backends: { type: 'string', default: BACKENDS.join(',') },
  },
});
const repeats = Number(values.repeats);
const backends = values.backends.split(',').filter(isBackendName);
const log = (...args: unknown[]) => {
  if (!values.json) console.log(...args);
};

const CACHE = path.join(REPO_ROOT, '.cache', 'bench');
mkdirSync(CACHE, { recursive: true });
const VIDEO = path.join(SHARED_DIR, 'fixtures', 'video');

/** Bench frames, all 640×480 like the camera: extracted from the fixture clips and scenes with ffmpeg. */
const FRAMES = [
  { name: '1 face', source: path.join(VIDEO, 'one-face.mp4'), at: '3' },
  { name: '3 faces', source: path.join(VIDEO, 'faces-3.mp4'), at: '1.5' },
  { name: '5+ faces', source: path.join(SHARED_DIR, 'data', 'scenes_v2', 'maksssksksss2.jpg'), at: undefined },
];

function framePng(frame: (typeof FRAMES)[number]): string {
  const out = path.join(CACHE, `${frame.name.replace(/\W+/g, '-')}.png`);
  const seek = frame.at ? ['-ss', frame.at] : [];
  execFileSync('ffmpeg', ['-loglevel', 'error', '-y', ...seek, '-i', frame.source, '-frames:v', '1',
    '-vf', 'scale=640:480:force_original_aspect_ratio=decrease,pad=640:480:(ow-iw)/2:(oh-ih)/2', out]);
  return out;
}

const stat = (xs: number[]) => ({ median: round(quantile(xs, 0.5)), p95: round(quantile(xs, 0.95)) });
function round(v: number): number {
  return Math.round(v * 100) / 100;
}

await ensureBuilt();
process.env.HEADCOUNT_NO_BUILD = '1';
const images = FRAMES.map((f) => ({ ...f, base64: readFileSync(framePng(f)).toString('base64') }));

type FrameStats = { faces: number; preprocess: ReturnType<typeof stat>; detect: ReturnType<typeof stat>; classify: ReturnType<typeof stat>; pipeline: ReturnType<typeof stat> };
const byBackend: Partial<Record<BackendName, { simd: boolean; threads: number; frames: Record<string, FrameStats> }>> = {};
for (const backend of backends) {
  const lab = await openLab({ mode: 'near', backend });
  if (lab.backend.name !== backend) {
    log(`${backend}: unavailable here (fell back to ${lab.backend.name}), skipped`);
    await lab.close();
    continue;
  }
  const frames: Record<string, FrameStats> = {};
  for (const image of images) {
    const runs = backend === 'cpu' ? Math.max(5, Math.round(repeats / 4)) : repeats;
    const timing = await lab.page.evaluate(([b, n]) => window.headcountLab.timeImage(b, n), [image.base64, runs + 5] as const);
    const measured = timing.runs.slice(5); // the first runs warm up kernels and caches
    frames[image.name] = {
      faces: timing.faces,
      preprocess: stat(measured.map((r) => r.preprocessMs)),
      detect: stat(measured.map((r) => r.detectMs)),
      classify: stat(measured.map((r) => r.classifyMs)),
      pipeline: stat(measured.map((r) => r.roundTripMs)),
    };
    log(`${backend} ${image.name}: ${timing.faces} found, pipeline ${JSON.stringify(frames[image.name].pipeline)} ms, detect ${JSON.stringify(frames[image.name].detect)} ms`);
  }
  byBackend[backend] = { simd: lab.backend.simd, threads: lab.backend.threads, frames };
  await lab.close();
}

/** Cold start and live frame rate on the real page with the fake camera, and what the first load weighed. */
async function livePage(): Promise<{ coldStartMs: number; liveFps: number; firstLoadBytesGzip: number }> {
  const y4m = path.join(CACHE, 'one-face.y4m');
  execFileSync('ffmpeg', ['-loglevel', 'error', '-y', '-i', path.join(VIDEO, 'one-face.mp4'), '-vf', 'scale=640:480,fps=15', '-pix_fmt', 'yuv420p', y4m]);
  const { server, url } = await serveSite();
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [...QUIET_FLAGS, '--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${y4m}`],
  });
  try {
    const page = await browser.newPage();
    const loaded: string[] = [];
    page.context().on('requestfinished', (r) => loaded.push(new URL(r.url()).pathname));
    await page.goto(url);
    await page.getByTestId('start').click();
    await page.getByTestId('faces-in-view').locator('.value').filter({ hasText: /\d/ }).waitFor();
    const coldStartMs = await page.evaluate(() => performance.now());
    const frames = page.getByTestId('figures');
    const f0 = Number(await frames.getAttribute('data-frames'));
    const t0 = Date.now();
    await page.waitForTimeout(10_000);
    const liveFps = (Number(await frames.getAttribute('data-frames')) - f0) / ((Date.now() - t0) / 1000);
    const dist = path.join(REPO_ROOT, 'dist');
    const firstLoadBytesGzip = [...new Set(loaded)]
      .map((p) => path.join(dist, p === '/' ? 'index.html' : p))
      .reduce((sum, file) => {
        try {
          return sum + gzipSync(readFileSync(file)).length;
        } catch {
          return sum; // not a file of the site (blob: workers)
        }
      }, 0);
    return { coldStartMs: round(coldStartMs), liveFps: round(liveFps), firstLoadBytesGzip };
  } finally {
    await browser.close();
    await server.close();
  }
}

const live = await livePage();
log(`cold start ${live.coldStartMs} ms, live ${live.liveFps} fps, first load ${live.firstLoadBytesGzip} bytes gzip`);
const main = byBackend.wasm ?? Object.values(byBackend)[0];
const oneFace = main?.frames['1 face'];
const summary = {
  backend: byBackend.wasm ? 'wasm' : Object.keys(byBackend)[0],
  pipelineMsMedian: oneFace?.pipeline.median ?? null,
  detectMsMedian: oneFace?.detect.median ?? null,
  ...live,
  byBackend,
};
console.log(JSON.stringify(summary));
