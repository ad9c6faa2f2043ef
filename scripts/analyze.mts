/**
 * npm run analyze -- FILE... [--backend wasm|webgl|cpu] [--frames] [--detector yunet|blazeface]
 *
 * Runs the page's own pipeline (headless Chromium, lab.html) on image and video files and prints one JSON
 * object per line per file. A file that cannot be read gives {"file","error"}; the others still run and the
 * exit code is 1 at the end. `--detector blazeface` finds the faces with the comparison detector instead of YuNet
 * (the classifier and counting are the same); each line says which detector ran.
 */
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { FileReport } from '../src/logic/report.ts';
import { isBackendName } from '../src/ml/pipeline-types.ts';
import { DEFAULT_DETECTOR, DETECTOR_NAMES, isDetectorName } from '../src/ml/pipeline-types.ts';
import { openLab } from './lib/lab.ts';
import { errorMessage } from '../src/logic/error-message.ts';
import { round } from '../src/logic/stats.ts';

const IMAGE = /\.(jpe?g|png|webp)$/i;
const VIDEO = /\.(mp4|webm|mov|mkv)$/i;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    backend: { type: 'string' },
    frames: { type: 'boolean', default: false },
    detector: { type: 'string', default: DEFAULT_DETECTOR },
  },
});

function usage(message: string): never {
  console.error(`${message}\nusage: npm run analyze -- FILE... [--backend wasm|webgl|cpu] [--frames] [--detector ${DETECTOR_NAMES.join('|')}]`);
  process.exit(2);
}

if (positionals.length === 0) usage('no file given');
if (values.backend !== undefined && !isBackendName(values.backend)) usage(`unknown backend ${values.backend}`);
const detector = values.detector;
if (!isDetectorName(detector)) usage(`unknown detector ${detector}: use ${DETECTOR_NAMES.join(' or ')}`);

/** The container's frame rate, from ffprobe when it is installed; undefined lets the page measure it. */
function probeFps(file: string): number | undefined {
  try {
    const rate = execFileSync('ffprobe', ['-v', 'error', '-select_streams', 'v:0', '-show_entries', 'stream=r_frame_rate', '-of', 'csv=p=0', file], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    const [num, den] = rate.split('/').map(Number);
    const fps = den ? num / den : num;
    return Number.isFinite(fps) && fps > 0 ? round(fps, 3) : undefined;
  } catch {
    return undefined;
  }
}

const lab = await openLab({ backend: values.backend as never });
let failed = false;
try {
  for (const file of positionals) {
    let report: FileReport;
    try {
      const base64 = (await readFile(file)).toString('base64');
      if (IMAGE.test(file)) {
        report = await lab.page.evaluate(([f, b, d]) => window.headcountLab.analyzeImage(f, b, d), [file, base64, detector] as const);
      } else if (VIDEO.test(file)) {
        const options = { fps: probeFps(file), perFrame: values.frames };
        report = await lab.page.evaluate(([f, b, o, d]) => window.headcountLab.analyzeVideo(f, b, o, d), [file, base64, options, detector] as const);
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
