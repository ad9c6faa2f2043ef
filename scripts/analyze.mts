/**
 * npm run analyze -- FILE... [--backend wasm|webgl|cpu] [--frames]
 *
 * Runs the page's own pipeline (headless Chromium, lab.html) on image and video files and prints one JSON
 * object per line per file. A file that cannot be read gives {"file","error"}; the others still run and the
 * exit code is 1 at the end.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { FileReport } from '../src/logic/report.ts';
import { isBackendName } from '../src/ml/pipeline-types.ts';
import { openLab } from './lib/lab.ts';
import { errorMessage } from '../src/logic/error-message.ts';
import { probeFps } from './lib/probe.ts';

const IMAGE = /\.(jpe?g|png|webp)$/i;
const VIDEO = /\.(mp4|webm|mov|mkv)$/i;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    backend: { type: 'string' },
    frames: { type: 'boolean', default: false },
  },
});

function usage(message: string): never {
  console.error(`${message}\nusage: npm run analyze -- FILE... [--backend wasm|webgl|cpu] [--frames]`);
  process.exit(2);
}

if (positionals.length === 0) usage('no file given');
if (values.backend !== undefined && !isBackendName(values.backend)) usage(`unknown backend ${values.backend}`);

const lab = await openLab({ backend: values.backend as never });
let failed = false;
try {
  for (const file of positionals) {
    let report: FileReport;
    try {
      const base64 = (await readFile(file)).toString('base64');
      if (IMAGE.test(file)) {
        report = await lab.page.evaluate(([f, b]) => window.headcountLab.analyzeImage(f, b), [file, base64] as const);
      } else if (VIDEO.test(file)) {
        const options = { fps: probeFps(file), perFrame: values.frames };
        report = await lab.page.evaluate(([f, b, o]) => window.headcountLab.analyzeVideo(f, b, o), [file, base64, options] as const);
      } else {
        report = { file, error: `unsupported file type ${path.extname(file) || '(none)'}: use jpg, png, webp, mp4 or webm` };
      }
    } catch (e) {
      report = { file, error: errorMessage(e).split('\n')[0] };
    }
    if ('error' in report) failed = true;
    process.stdout.write(`${JSON.stringify(report)}\n`);
  }
} finally {
  await lab.close();
}
process.exitCode = failed ? 1 : 0;
