/**
 * npm run soak [-- --minutes N] [--clip passes-5.mp4] [--backend wasm|webgl|cpu] [--interval 10] [--json]
 *
 * The built page in headless Chromium on a looping fake camera for N minutes; every `--interval` seconds:
 * tfjs tensors in the worker, the page's JS heap, processed frames per second. Exit code 1 if the tensors
 * grow or the frame rate falls by more than 20 % from the first samples (src/logic/perf-stats.ts), or on
 * an uncaught page error. Prints one line per sample, then one JSON line with the verdict.
 */
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { isBackendName } from '../src/ml/pipeline-types.ts';
import { CHROMIUM, QUIET_FLAGS } from './lib/chromium.ts';
import { ensureY4m, fakeCameraArgs } from './lib/fake-camera.ts';
import { ensureBuilt, serveSite } from './lib/lab.ts';
import { soakPage } from './lib/soak.ts';

const { values } = parseArgs({
  options: {
    minutes: { type: 'string', default: '5' },
    clip: { type: 'string', default: 'passes-5.mp4' },
    backend: { type: 'string', default: 'wasm' },
    interval: { type: 'string', default: '10' },
    json: { type: 'boolean', default: false },
  },
});
const minutes = Number(values.minutes);
const intervalMs = Number(values.interval) * 1000;
if (!(minutes > 0) || !(intervalMs > 0) || !isBackendName(values.backend)) {
  console.error('usage: npm run soak -- --minutes N [--clip file.mp4] [--backend wasm|webgl|cpu] [--interval seconds] [--json]');
  process.exit(2);
}

const y4m = ensureY4m(values.clip);
await ensureBuilt();
const { server, url } = await serveSite();
const browser = await chromium.launch({ executablePath: CHROMIUM, args: [...QUIET_FLAGS, ...fakeCameraArgs(y4m)] });
let ok = false;
try {
  const page = await browser.newPage();
  const result = await soakPage(page, `${url}?backend=${values.backend}`, {
    durationMs: minutes * 60_000,
    intervalMs,
    onSample: (s) => {
      if (!values.json) console.log(`t=${s.t}s tensors=${s.numTensors} heap=${(s.heapBytes / 1e6).toFixed(1)}MB fps=${s.fps}`);
    },
  });
  ok = result.verdict.ok && result.pageErrors.length === 0;
  const summary = { clip: values.clip, minutes, backend: result.backend, ...result.verdict, ok, pageErrors: result.pageErrors,
    ...(values.json ? { samples: result.samples } : {}) };
  console.log(JSON.stringify(summary));
} finally {
  await browser.close();
  await server.close();
}
process.exit(ok ? 0 : 1);
