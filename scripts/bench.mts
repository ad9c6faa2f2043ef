/**
 * npm run bench [-- --json] [--repeats N] [--backends wasm,webgl,cpu] [--no-live | --live-only] [--cold-starts N]
 *
 * WASM unless told (--backends). For each backend that starts in headless Chromium, on fixture frames with 1, 3
 * and 5+ faces (640×480, made with ffmpeg into .cache/bench):
 * - the page's pipeline (lab.html, same worker and modules as the page): ms per stage — transfer (VideoFrame +
 *   worker messages), preprocess (pixels → tensor), detect, classify, track + shake (CountingSession.update,
 *   on the page side) — and the whole pipeline's median and p95;
 * - the same frames searched in full every time (640×480 into the detector), beside the ONNX model YuNet was
 *   converted from in onnxruntime-web (WASM, as many threads as the page) and onnxruntime-node (native), and the
 *   ratios of the detect stage to each (scripts/lib/bench-peers.ts);
 * - a naive baseline on the same frames (src/lab/baseline.ts: the detector on the full frame, then per face a
 *   tf.browser.fromPixels crop and one classifier call), and the ratio pipeline / baseline;
 * - the camera path on the classroom and faces-3 clips (analyze's msPerFrame: every frame at the clip's 15 fps
 *   clock, so the detector chooses its input size as it does live), against issue 12's 50 ms median / 66 ms p95;
 * - the real page on the fake camera: cold start (navigation → first processed frame, fresh profile, no
 *   service worker yet; --cold-starts runs, 5 unless told), frames per second, bytes fetched before the first
 *   count (gzip), and separately what the service worker precaches.
 * Pipeline and baseline runs alternate in rounds, and so do the full searches and the ONNX runtimes, so a
 * neighbour's load on a shared machine hits all alike. On WASM it writes models/performance-figures.json and
 * README's Performance tables (scripts/lib/performance-figures.ts). Ends with one JSON line (see README
 * "Performance"). Timings are measured here, never asserted in tests.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { chromium, type Request } from '@playwright/test';
import type { PerformanceFigures, PerformanceFrameFigures, PerformanceLiveFigures } from '../src/logic/measured-figures.ts';
import { median, medianP95, ratio, round } from '../src/logic/stats.ts';
import { isBackendName, STARTUP_MARK_PREFIX, type BackendName } from '../src/ml/pipeline-types.ts';
import type { BaselineTiming, ImageTiming } from '../src/lab/lab.ts';
import { openOrtNode, openOrtWeb, type Peer } from './lib/bench-peers.ts';
import { CHROMIUM, QUIET_FLAGS } from './lib/chromium.ts';
import { ensureY4m, fakeCameraArgs } from './lib/fake-camera.ts';
import { FIGURE_FILES, updateMarkdown, writeFigures } from './lib/figures.ts';
import { ensureBuilt, openLab, serveSite } from './lib/lab.ts';
import { performanceMarkdown } from './lib/performance-figures.ts';
import { REPO_ROOT, SHARED_DIR } from './lib/paths.ts';

const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    repeats: { type: 'string', default: '30' },
    // WASM is what the page runs nearly everywhere; the plain-JS backend alone takes ~10 minutes here.
    backends: { type: 'string', default: 'wasm' },
    'no-live': { type: 'boolean', default: false },
    // Only the real page's cold start and frame rate (no frame bench): quick to compare two builds.
    'live-only': { type: 'boolean', default: false },
    'cold-starts': { type: 'string', default: '5' },
  },
});
const repeats = Number(values.repeats);
const backends = values.backends.split(',').filter(isBackendName);
const coldStarts = Number(values['cold-starts']);
const loadStart = round(loadavg()[0], 1);
const log = (...args: unknown[]) => {
  if (!values.json) console.log(...args);
};

const CACHE = path.join(REPO_ROOT, '.cache', 'bench');
mkdirSync(CACHE, { recursive: true });
const VIDEO = path.join(SHARED_DIR, 'fixtures', 'video');

const IMG = path.join(SHARED_DIR, 'fixtures', 'img');
const FIT = 'scale=640:480:force_original_aspect_ratio=decrease,pad=640:480:(ow-iw)/2:(oh-ih)/2';

/** One mosaic cell (213×240): a square crop around a face, 200 px, a ~110-px face. */
const cell = (input: number, crop: string) => `[${input}]${crop},scale=200:200,pad=213:240:(ow-iw)/2:(oh-ih)/2:gray`;

/**
 * Bench frames, all 640×480 like the camera, made with ffmpeg (the names are those of the first benches; what
 * costs time per face is what the pipeline found, so that is what the bench reports beside the name):
 * - 1 face: the one-face clip (the astronaut) at 3 s;
 * - 3 faces: data/scenes/scene-001 (11 real faces pasted on a background);
 * - 5+ faces: a 3×2 mosaic of six fixture faces.
 */
const FRAMES = [
  { name: '1 face', inputs: ['-ss', '3', '-i', path.join(VIDEO, 'one-face.mp4')], filter: `[0]${FIT}` },
  { name: '3 faces', inputs: ['-i', path.join(SHARED_DIR, 'data', 'scenes', 'scene-001.jpg')], filter: `[0]${FIT}` },
  {
    name: '5+ faces',
    inputs: ['-i', path.join(IMG, 'astronaut.png'), '-i', path.join(IMG, 'faces-2.png'), '-i', path.join(IMG, 'faces-2.png'),
      '-i', path.join(SHARED_DIR, 'data', 'scenes', 'scene-001.jpg'), '-i', path.join(SHARED_DIR, 'data', 'scenes', 'scene-001.jpg'),
      '-ss', '6', '-i', path.join(VIDEO, 'passes-5.mp4')],
    filter: [
      `${cell(0, 'crop=170:170:140:47')}[a]`, `${cell(1, 'crop=120:120:48:54')}[b]`, `${cell(2, 'crop=130:130:295:42')}[c]`,
      `${cell(3, 'crop=150:150:17:236')}[d]`, `${cell(4, 'crop=200:200:361:29')}[e]`, `${cell(5, 'scale=640:480,crop=220:220:132:197')}[f]`,
      '[a][b][c]hstack=3[top]', '[d][e][f]hstack=3[bottom]', '[top][bottom]vstack',
    ].join(';'),
  },
] as const;

function framePng(frame: (typeof FRAMES)[number]): string {
  const out = path.join(CACHE, `${frame.name.replace(/\W+/g, '-')}.png`);
  execFileSync('ffmpeg', ['-loglevel', 'error', '-y', ...frame.inputs, '-filter_complex', `${frame.filter},format=rgb24`, '-frames:v', '1', out]);
  return out;
}

/** Runs per frame and backend: the pure-JS backend is 10–20× slower, so fewer. Warm-up runs come on top. */
const runsFor = (backend: BackendName) => (backend === 'cpu' ? Math.max(6, Math.round(repeats / 4)) : repeats);
const WARMUP = 3;
/** Clips timed through the camera path (issue 12's speed target is set on these two). */
const CLIPS = ['classroom.mp4', 'faces-3.mp4'] as const;
/** Pipeline and baseline alternate in this many rounds. */
const ROUNDS = 3;

interface BackendBench {
  simd: boolean;
  threads: number;
  frames: PerformanceFrameFigures[];
  pooled: PerformanceFigures['pooled'];
  clips: PerformanceFigures['clips'];
  peers: PerformanceFigures['peers'];
  live?: PerformanceLiveFigures;
}

const images = FRAMES.map((f) => {
  const png = framePng(f);
  return { ...f, png, base64: readFileSync(png).toString('base64') };
});
await ensureBuilt();
process.env.HEADCOUNT_NO_BUILD = '1';

function perFace(ms: number | null, faces: number): number | null {
  return ms === null || faces === 0 ? null : round(ms / faces, 3);
}

/** onnxruntime-node when it loads here (it ships its native library in the npm package), else why not. */
async function nativePeer(threads: number): Promise<Peer | undefined> {
  try {
    return await openOrtNode(threads);
  } catch (e) {
    log(`onnxruntime-node did not start, no native reference: ${e instanceof Error ? e.message : String(e)}`);
    return undefined;
  }
}

async function benchFrames(backend: BackendName): Promise<BackendBench | undefined> {
  const lab = await openLab({ backend });
  const peers: Peer[] = [];
  try {
    if (lab.backend.name !== backend) {
      log(`${backend}: unavailable here (fell back to ${lab.backend.name}: ${lab.backend.fallbacks.map((f) => f.reason).join('; ')}), skipped`);
      return undefined;
    }
    // The ONNX runtimes get as many threads as the page's backend uses (WASM: 1 today; 0 reported off WASM).
    const threads = Math.max(1, lab.backend.threads);
    const ortWeb = await openOrtWeb(threads);
    peers.push(ortWeb);
    const ortNode = await nativePeer(threads);
    if (ortNode) peers.push(ortNode);
    // What threads would give (README "Hosting"): onnxruntime-web with a thread per core, when there is more than one.
    const ortWebThreaded = cpus().length > threads ? await openOrtWeb(cpus().length) : undefined;
    if (ortWebThreaded) peers.push(ortWebThreaded);
    const frames: PerformanceFrameFigures[] = [];
    const all = { pipeline: [] as number[], baseline: [] as number[], fullDetect: [] as number[], fullPipeline: [] as number[], ortWeb: [] as number[], ortNode: [] as number[], ortWebThreaded: [] as number[] };
    for (const image of images) {
      const runs = runsFor(backend);
      const n = Math.ceil(runs / ROUNDS);
      const pipelineRuns: ImageTiming['runs'] = [];
      const fullRuns: ImageTiming['runs'] = [];
      const baselineRuns: BaselineTiming['runs'] = [];
      const ortWebMs: number[] = [];
      const ortNodeMs: number[] = [];
      const ortWebThreadedMs: number[] = [];
      let faces = 0;
      let baselineFaces = 0;
      // Warm-up: kernels compile, the baseline's own tfjs starts on the main thread.
      await lab.page.evaluate(([b, k]) => window.headcountLab.timeImage(b, k), [image.base64, WARMUP] as const);
      await lab.page.evaluate(([b, k]) => window.headcountLab.timeImage(b, k, true), [image.base64, WARMUP] as const);
      await lab.page.evaluate(([b, k, be]) => window.headcountLab.timeBaseline(b, k, be), [image.base64, WARMUP, backend] as const);
      for (let r = 0; r < ROUNDS; r++) {
        const p = await lab.page.evaluate(([b, k]) => window.headcountLab.timeImage(b, k), [image.base64, n] as const);
        const f = await lab.page.evaluate(([b, k]) => window.headcountLab.timeImage(b, k, true), [image.base64, n] as const);
        const q = await lab.page.evaluate(([b, k, be]) => window.headcountLab.timeBaseline(b, k, be), [image.base64, n, backend] as const);
        ortWebMs.push(...(await ortWeb.time(image.png, n, r === 0 ? WARMUP : 0)));
        if (ortNode) ortNodeMs.push(...(await ortNode.time(image.png, n, r === 0 ? WARMUP : 0)));
        if (ortWebThreaded) ortWebThreadedMs.push(...(await ortWebThreaded.time(image.png, n, r === 0 ? WARMUP : 0)));
        pipelineRuns.push(...p.runs);
        fullRuns.push(...f.runs);
        baselineRuns.push(...q.runs);
        faces = p.faces;
        baselineFaces = q.faces;
      }
      const pipelineMsRuns = pipelineRuns.map((r) => r.roundTripMs + r.trackMs);
      const fullPipelineMsRuns = fullRuns.map((r) => r.roundTripMs + r.trackMs);
      all.pipeline.push(...pipelineMsRuns);
      all.baseline.push(...baselineRuns.map((r) => r.totalMs));
      all.fullDetect.push(...fullRuns.map((r) => r.detectMs));
      all.fullPipeline.push(...fullPipelineMsRuns);
      all.ortWeb.push(...ortWebMs);
      all.ortNode.push(...ortNodeMs);
      all.ortWebThreaded.push(...ortWebThreadedMs);
      const pipelineMs = medianP95(pipelineMsRuns);
      const baselineMs = medianP95(baselineRuns.map((r) => r.totalMs));
      const classify = medianP95(pipelineRuns.map((r) => r.classifyMs));
      const fullDetect = medianP95(fullRuns.map((r) => r.detectMs));
      const ortWebSummary = medianP95(ortWebMs);
      const ortNodeSummary = ortNode ? medianP95(ortNodeMs) : null;
      const frame: PerformanceFrameFigures = {
        name: image.name,
        facesFound: faces,
        baselineFacesFound: baselineFaces,
        stagesMs: {
          transfer: medianP95(pipelineRuns.map((r) => r.roundTripMs - r.preprocessMs - r.detectMs - r.classifyMs)),
          preprocess: medianP95(pipelineRuns.map((r) => r.preprocessMs)),
          detect: medianP95(pipelineRuns.map((r) => r.detectMs)),
          classify,
          track: medianP95(pipelineRuns.map((r) => r.trackMs)),
        },
        pipelineMs,
        baselineMs,
        ratio: ratio(pipelineMs.median, baselineMs.median),
        classifierMsPerFace: perFace(classify.median, faces),
        fullSearch: {
          detectMs: fullDetect,
          pipelineMs: medianP95(fullPipelineMsRuns),
          ortWebMs: ortWebSummary,
          ortNodeMs: ortNodeSummary,
          ortWebThreadedMs: ortWebThreaded ? medianP95(ortWebThreadedMs) : null,
          ratioOrtWeb: ratio(fullDetect.median, ortWebSummary.median),
          ratioOrtNode: ratio(fullDetect.median, ortNodeSummary?.median),
        },
      };
      frames.push(frame);
      log(`${backend} ${image.name}: ${faces} found (baseline ${baselineFaces}); pipeline ${pipelineMs.median} ms (p95 ${pipelineMs.p95}),`
        + ` baseline ${baselineMs.median} ms, ratio ${frame.ratio}; stages ${JSON.stringify(frame.stagesMs)};`
        + ` full search: detect ${fullDetect.median} ms (p95 ${fullDetect.p95}), onnxruntime-web ${ortWebSummary.median},`
        + ` onnxruntime-node ${ortNodeSummary?.median ?? '–'} ms`);
    }
    const clips: BackendBench['clips'] = [];
    for (const clip of CLIPS) {
      const base64 = readFileSync(path.join(VIDEO, clip)).toString('base64');
      const report = await lab.page.evaluate(([f, b]) => window.headcountLab.analyzeFile(f, b, { fps: 15 }), [clip, base64] as const);
      if ('error' in report || !('msPerFrame' in report)) throw new Error(`${clip}: ${'error' in report ? report.error : 'not a video'}`);
      const c = { clip, frames: report.frames, median: round(report.msPerFrame.median, 1), p95: round(report.msPerFrame.p95, 1), passes: report.passes };
      clips.push(c);
      log(`${backend} ${clip}: ${c.frames} frames, ${c.median} ms median, p95 ${c.p95}, ${c.passes} passes`);
    }
    const pipelineMs = medianP95(all.pipeline);
    const baselineMs = medianP95(all.baseline);
    const fullSearchDetectMs = medianP95(all.fullDetect);
    const ortWebMs = medianP95(all.ortWeb);
    const ortNodeMs = ortNode ? medianP95(all.ortNode) : null;
    return {
      simd: lab.backend.simd,
      threads: lab.backend.threads,
      frames,
      pooled: {
        pipelineMs,
        baselineMs,
        ratio: ratio(pipelineMs.median, baselineMs.median),
        fullSearchDetectMs,
        fullSearchPipelineMs: medianP95(all.fullPipeline),
        ortWebMs,
        ortNodeMs,
        ortWebThreadedMs: ortWebThreaded ? medianP95(all.ortWebThreaded) : null,
        ratioOrtWeb: ratio(fullSearchDetectMs.median, ortWebMs.median),
        ratioOrtNode: ratio(fullSearchDetectMs.median, ortNodeMs?.median),
      },
      clips,
      peers: {
        ortWeb: { version: ortWeb.version, threads: ortWeb.threads },
        ortNode: ortNode ? { version: ortNode.version, threads: ortNode.threads } : null,
        ortWebThreaded: ortWebThreaded ? { version: ortWebThreaded.version, threads: ortWebThreaded.threads } : null,
      },
    };
  } finally {
    for (const peer of peers) await peer.close();
    await lab.close();
  }
}

/** Bytes a file of the built site weighs gzip-compressed (level 6, what static servers use), 0 if not a file. */
function gzipBytes(sitePath: string): number {
  const dist = path.join(REPO_ROOT, 'dist');
  const file = path.join(dist, sitePath === '/' || sitePath === '' ? 'index.html' : sitePath);
  if (!file.startsWith(dist)) return 0;
  try {
    return gzipSync(readFileSync(file)).length;
  } catch {
    return 0;
  }
}

/** What the service worker downloads on install: itself (workbox bundled in) and its precache list. */
function precacheBytesGzip(): number {
  const sw = readFileSync(path.join(REPO_ROOT, 'dist', 'service-worker.js'), 'utf8');
  const files = new Set(['service-worker.js', ...[...sw.matchAll(/"url":"([^"]+)"/g)].map((m) => m[1])]);
  return [...files].reduce((sum, f) => sum + gzipBytes(f), 0);
}

/**
 * One visit of the real page on the fake camera, fresh profile: cold start, what it fetched until then and,
 * when `fpsSeconds` > 0, the live frame rate over that many seconds.
 */
async function visit(backend: BackendName, url: string, y4m: string, fpsSeconds: number):
Promise<{ coldStartMs: number; navigationToCountMs: number; steps: Map<string, number>; fps: number | null; fetched: Set<string> }> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: [...QUIET_FLAGS, ...fakeCameraArgs(y4m)] });
  try {
    const page = await browser.newPage();
    const site = new URL(url);
    const fetched = new Set<string>();
    let counting = true;
    // Requests by the page and its worker until the first count; the service worker's own precache
    // downloads are reported apart (precacheBytesGzip).
    const onRequest = (r: Request) => {
      if (!counting || r.serviceWorker()) return;
      const u = new URL(r.url());
      if (u.origin === site.origin) fetched.add(decodeURIComponent(u.pathname).replace(/^\//, ''));
    };
    page.context().on('requestfinished', onRequest);
    await page.goto(`${url}?backend=${backend}`);
    const figures = page.getByTestId('figures');
    // Watch data-frames from inside the page, so the first count is timed by the page's clock, not by polling.
    const firstCount = figures.evaluate((el) => new Promise<number>((resolve) => {
      new MutationObserver((_, observer) => {
        if (Number(el.getAttribute('data-frames')) > 0) {
          observer.disconnect();
          resolve(performance.now());
        }
      }).observe(el, { attributes: true, attributeFilter: ['data-frames'] });
    }));
    const start = page.getByTestId('start');
    const clicked = start.evaluate((el) => new Promise<number>((resolve) => {
      el.addEventListener('click', () => resolve(performance.now()), { once: true, capture: true });
    }));
    await start.click();
    const counted = await Promise.race([firstCount, page.waitForTimeout(VISIT_TIMEOUT_MS).then(() => {
      throw new Error(`no frame counted ${VISIT_TIMEOUT_MS / 1000} s after Start`);
    })]);
    const clickedAt = await clicked;
    const coldStartMs = counted - clickedAt;
    counting = false;
    // The cold start's steps, as the page marked them (markStartup), from the click.
    const marks = await page.evaluate((prefix) => performance.getEntriesByType('mark')
      .filter((m) => m.name.startsWith(prefix)).map((m): [string, number] => [m.name.slice(prefix.length), m.startTime]), STARTUP_MARK_PREFIX);
    const steps = new Map(marks.map(([step, t]) => [step, t - clickedAt]));
    if (fpsSeconds <= 0) return { coldStartMs, navigationToCountMs: counted, steps, fps: null, fetched };
    await page.waitForTimeout(2_000);
    const frames = async () => figures.evaluate((el) => ({ n: Number(el.getAttribute('data-frames')), t: performance.now() }));
    const f0 = await frames();
    await page.waitForTimeout(fpsSeconds * 1000);
    const f1 = await frames();
    return { coldStartMs, navigationToCountMs: counted, steps, fps: ((f1.n - f0.n) * 1000) / (f1.t - f0.t), fetched };
  } finally {
    await browser.close();
  }
}

/** Each step's median time over the runs that reached it, in the order of those medians. */
function medianSteps(runs: Map<string, number>[]): [string, number][] {
  const names = [...new Set(runs.flatMap((r) => [...r.keys()]))];
  return names.map((name): [string, number] => [name, round(median(runs.flatMap((r) => r.get(name) ?? [])), 0)]).sort((a, b) => a[1] - b[1]);
}

/** A visit whose first frame is not counted by then is given up (and said); the others still count. */
const VISIT_TIMEOUT_MS = 60_000;

/** The real page: `coldStarts` fresh visits (the first also measures the frame rate and what it fetched). */
async function livePage(backend: BackendName): Promise<PerformanceLiveFigures> {
  const y4m = ensureY4m('one-face.mp4');
  const { server, url } = await serveSite();
  try {
    const first = await visit(backend, url, y4m, 10);
    const runs = [first];
    for (let i = 1; i < coldStarts; i++) {
      try {
        runs.push(await visit(backend, url, y4m, 0));
      } catch (e) {
        log(`cold start run ${i + 1} given up: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
    const coldStartMs = runs.map((r) => round(r.coldStartMs, 0));
    const firstLoadFiles = [...first.fetched].map((p): [string, number] => [p || 'index.html', gzipBytes(p)]).sort((a, b) => b[1] - a[1]);
    return {
      coldStartMs,
      coldStartMedianMs: round(median(coldStartMs), 0),
      navigationToCountMs: runs.map((r) => round(r.navigationToCountMs, 0)),
      coldStartStepsMs: medianSteps(runs.map((r) => r.steps)),
      fps: round(first.fps ?? NaN),
      firstLoadBytesGzip: firstLoadFiles.reduce((sum, [, bytes]) => sum + bytes, 0),
      firstLoadFiles,
      precacheBytesGzip: precacheBytesGzip(),
    };
  } finally {
    await server.close();
  }
}

const byBackend: Partial<Record<BackendName, BackendBench>> = {};
if (values['live-only'] && values['no-live']) throw new Error('--live-only and --no-live exclude each other');
for (const backend of backends) {
  if (values['live-only']) {
    const live = await livePage(backend);
    console.log(JSON.stringify({ backend, live }));
    continue;
  }
  const bench = await benchFrames(backend);
  if (!bench) continue;
  if (!values['no-live']) {
    bench.live = await livePage(backend);
    log(`${backend} live: cold start (Start → first count) ${bench.live.coldStartMs.join(', ')} ms (median ${bench.live.coldStartMedianMs}),`
      + ` from navigation ${bench.live.navigationToCountMs.join(', ')} ms; steps after Start ${bench.live.coldStartStepsMs.map(([k, v]) => `${k} ${v}`).join(', ')};`
      + ` ${bench.live.fps} fps,`
      + ` first load ${bench.live.firstLoadBytesGzip} B gzip (${bench.live.firstLoadFiles.map(([f, b]) => `${f} ${b}`).join(', ')});`
      + ` service-worker precache ${bench.live.precacheBytesGzip} B gzip`);
  }
  byBackend[backend] = bench;
}

/** The Chromium build the bench ran in (its version line). */
function chromiumVersion(): string {
  try {
    return execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
}

// The figures file and README's tables are the WASM backend's (the page's default), and only from a run that
// measured the live page too: a partial run (--no-live, another backend) prints its JSON and writes nothing.
const wasm = byBackend.wasm;
if (wasm?.live) {
  const figures: PerformanceFigures = {
    measuredOn: new Date().toISOString().slice(0, 10),
    machine: { cores: cpus().length, loadAverage: [loadStart, round(loadavg()[0], 1)], chromium: chromiumVersion() },
    backend: { name: 'wasm', simd: wasm.simd, threads: wasm.threads },
    runsPerFrame: Math.ceil(runsFor('wasm') / ROUNDS) * ROUNDS,
    peers: wasm.peers,
    frames: wasm.frames,
    pooled: wasm.pooled,
    clips: wasm.clips,
    live: wasm.live,
  };
  await writeFigures(FIGURE_FILES.performance, figures);
  await updateMarkdown(performanceMarkdown(figures));
  log(`wrote ${path.relative(REPO_ROOT, FIGURE_FILES.performance)} and README.md (bench)`);
}

// The headline is WASM (the page's default) when it ran; every backend's figures in byBackend. (--live-only has
// printed its own line per backend.)
if (values['live-only']) process.exit(0);
const main = (byBackend.wasm ? 'wasm' : (Object.keys(byBackend)[0] as BackendName | undefined)) ?? null;
const mainBench = main ? byBackend[main] : undefined;
console.log(JSON.stringify({
  backend: main,
  pipelineMsMedian: mainBench?.pooled.pipelineMs.median ?? null,
  baselineMsMedian: mainBench?.pooled.baselineMs.median ?? null,
  ratio: mainBench?.pooled.ratio ?? null,
  fullSearchDetectMsMedian: mainBench?.pooled.fullSearchDetectMs.median ?? null,
  ratioOrtWeb: mainBench?.pooled.ratioOrtWeb ?? null,
  ratioOrtNode: mainBench?.pooled.ratioOrtNode ?? null,
  classifierMsPerFace: mainBench?.frames.find((f) => f.name === '5+ faces')?.classifierMsPerFace ?? null,
  clips: mainBench?.clips ?? null,
  coldStartMs: mainBench?.live?.coldStartMedianMs ?? null,
  firstLoadBytesGzip: mainBench?.live?.firstLoadBytesGzip ?? null,
  byBackend,
}));
