/**
 * The bench's peers: the ONNX file the YuNet port was converted from (../shared/models/yunet), run by
 * onnxruntime-web (WASM, in the same headless Chromium, one thread like the page) and by onnxruntime-node (native,
 * the reference for what the hardware gives), on the same 640×480 frames at full size. Timed: the network on the
 * frame's NCHW/BGR input and reading its outputs, as the page's detect stage does (which also decodes and
 * suppresses, a fraction of a millisecond). Bench only; neither runtime is part of the site.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import * as ortNode from 'onnxruntime-node';
import sharp from 'sharp';
import { CONTENT_SECURITY_POLICY, ISOLATION_HEADERS } from '../../vite.config';
import { CHROMIUM, QUIET_FLAGS } from './chromium';
import { REPO_ROOT, SHARED_DIR } from './paths';

/** The ONNX model the port was converted from (models/README.md). */
export const YUNET_ONNX = path.join(SHARED_DIR, 'models', 'yunet', 'yunet_s_dynamic.onnx');

/** A runtime running the ONNX model, ready to time frames. */
export interface Peer {
  runtime: 'onnxruntime-web' | 'onnxruntime-node';
  version: string;
  threads: number;
  /** ms per run on the PNG frame, after `warmup` untimed runs: session.run on the prepared input, the outputs read. */
  time(png: string, runs: number, warmup: number): Promise<number[]>;
  close(): Promise<void>;
}

/** The ONNX model's input for an RGB image: NCHW, BGR, 0–255 (as in yunet-port.test.ts). */
async function onnxInput(png: string): Promise<{ data: Float32Array; width: number; height: number }> {
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const { width, height } = info;
  const input = new Float32Array(3 * width * height);
  const plane = width * height;
  for (let i = 0; i < plane; i++) {
    for (let c = 0; c < 3; c++) input[c * plane + i] = data[i * 3 + (2 - c)];
  }
  return { data: input, width, height };
}

/** The installed version of a package (neither exports its package.json). */
function packageVersion(name: string): string {
  return (JSON.parse(readFileSync(path.join(REPO_ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
}

/** onnxruntime-node (native CPU), `threads` intra-op threads. */
export async function openOrtNode(threads: number): Promise<Peer> {
  const session = await ortNode.InferenceSession.create(YUNET_ONNX, { intraOpNumThreads: threads, interOpNumThreads: 1 });
  return {
    runtime: 'onnxruntime-node',
    version: packageVersion('onnxruntime-node'),
    threads,
    async time(png, runs, warmup) {
      const { data, width, height } = await onnxInput(png);
      const input = new ortNode.Tensor('float32', data, [1, 3, height, width]);
      const times: number[] = [];
      for (let i = 0; i < warmup + runs; i++) {
        const t0 = performance.now();
        const out = await session.run({ input });
        for (const name of session.outputNames) void out[name].data;
        if (i >= warmup) times.push(performance.now() - t0);
      }
      return times;
    },
    close: () => session.release(),
  };
}

/**
 * The origin the onnxruntime-web page is served at, by the route below (nothing listens there, no request leaves
 * Playwright): localhost, so it is a secure context and, with the site's isolation headers, cross-origin
 * isolated, which ORT's threads need (SharedArrayBuffer).
 */
const ORT_ORIGIN = 'http://localhost:9';
const ORT_DIST = path.join(REPO_ROOT, 'node_modules', 'onnxruntime-web', 'dist');
const ORT_FILES: Record<string, { file: string; type: string }> = {
  '/ort.mjs': { file: path.join(ORT_DIST, 'ort.wasm.min.mjs'), type: 'text/javascript' },
  '/ort-wasm-simd-threaded.mjs': { file: path.join(ORT_DIST, 'ort-wasm-simd-threaded.mjs'), type: 'text/javascript' },
  '/ort-wasm-simd-threaded.wasm': { file: path.join(ORT_DIST, 'ort-wasm-simd-threaded.wasm'), type: 'application/wasm' },
  '/yunet.onnx': { file: YUNET_ONNX, type: 'application/octet-stream' },
};

/**
 * onnxruntime-web's WASM build (SIMD) in headless Chromium under the site's CSP and isolation headers, `threads`
 * threads (1: no worker, like the page; more: its pthread workers, started from its own same-origin script).
 */
export async function openOrtWeb(threads: number): Promise<Peer> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: QUIET_FLAGS });
  const page = await browser.newPage();
  await page.route(`${ORT_ORIGIN}/**`, async (route) => {
    const { pathname } = new URL(route.request().url());
    // The site's own headers on every file, so ORT runs under the page's CSP: a violation fails the bench.
    const headers = { ...ISOLATION_HEADERS, 'Content-Security-Policy': CONTENT_SECURITY_POLICY };
    if (pathname === '/') {
      await route.fulfill({ contentType: 'text/html', headers, body: '<!doctype html><title>ort bench</title>' });
      return;
    }
    const served = ORT_FILES[pathname];
    if (!served) {
      await route.fulfill({ status: 404, headers });
      return;
    }
    await route.fulfill({ contentType: served.type, headers, body: readFileSync(served.file) });
  });
  const violations: string[] = [];
  await page.exposeFunction('ortBenchViolation', (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      void (window as unknown as { ortBenchViolation: (v: string) => Promise<void> }).ortBenchViolation(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  await page.goto(`${ORT_ORIGIN}/`);
  if (threads > 1 && !(await page.evaluate(() => crossOriginIsolated))) throw new Error('the onnxruntime-web page is not cross-origin isolated');
  await page.evaluate(async ([origin, n]) => {
    const ort = (await import(`${origin}/ort.mjs`)) as typeof import('onnxruntime-web');
    ort.env.wasm.numThreads = n;
    ort.env.wasm.proxy = false;
    ort.env.wasm.wasmPaths = `${origin}/`;
    const model = new Uint8Array(await (await fetch(`${origin}/yunet.onnx`)).arrayBuffer());
    const session = await ort.InferenceSession.create(model, { executionProviders: ['wasm'] });
    const w = window as unknown as { ortBench: { ort: typeof ort; session: typeof session } };
    w.ortBench = { ort, session };
  }, [ORT_ORIGIN, threads] as const);
  if (violations.length > 0) throw new Error(`onnxruntime-web broke the site's CSP: ${violations.join('; ')}`);
  return {
    runtime: 'onnxruntime-web',
    version: packageVersion('onnxruntime-web'),
    threads,
    async time(png, runs, warmup) {
      const { data, width, height } = await onnxInput(png);
      const base64 = Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('base64');
      return page.evaluate(async ([b64, w, h, r, k]) => {
        const { ort, session } = (window as unknown as { ortBench: { ort: typeof import('onnxruntime-web'); session: import('onnxruntime-web').InferenceSession } }).ortBench;
        const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
        const input = new ort.Tensor('float32', new Float32Array(bytes.buffer), [1, 3, h, w]);
        const out: number[] = [];
        for (let i = 0; i < k + r; i++) {
          const t0 = performance.now();
          const result = await session.run({ input });
          for (const name of session.outputNames) void result[name].data;
          if (i >= k) out.push(performance.now() - t0);
        }
        return out;
      }, [base64, width, height, runs, warmup] as const);
    },
    async close() {
      await browser.close();
      if (violations.length > 0) throw new Error(`onnxruntime-web broke the site's CSP: ${violations.join('; ')}`);
    },
  };
}
