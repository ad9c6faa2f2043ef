/**
 * npm run analyze -- FILE... [--backend wasm|webgl|cpu] [--frames] [--detector yunet|blazeface]
 *
 * Runs the page's own pipeline (headless Chromium, lab.html) on image and video files and prints one JSON
 * object per line per file. A video Chromium cannot decode is converted to H.264 with ffmpeg when it is
 * installed. A file that cannot be read gives {"file","error"}; the others still run and the exit code is 1
 * at the end. `--detector blazeface` finds the faces with the comparison detector instead of YuNet (the
 * classifier and counting are the same); each line says which detector ran.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { ErrorReport, FileReport } from '../src/logic/report.ts';
import { isBackendName } from '../src/ml/pipeline-types.ts';
import { DEFAULT_DETECTOR, DETECTOR_NAMES, isDetectorName, type DetectorName } from '../src/ml/pipeline-types.ts';
import { openLab, type Lab } from './lib/lab.ts';
import { errorMessage } from '../src/logic/error-message.ts';
import { bytesSource, probeMedia } from '../src/logic/media-probe.ts';
import { H264_OPTIONS } from '../src/logic/conversion.ts';
import { probeFps } from './lib/probe.ts';

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
const detector: DetectorName = isDetectorName(values.detector)
  ? values.detector
  : usage(`unknown detector ${values.detector}: use ${DETECTOR_NAMES.join(' or ')}`);

const hasFfmpeg = spawnSync('ffmpeg', ['-version'], { stdio: 'ignore' }).status === 0;

async function analyzeBytes(lab: Lab, file: string, bytes: Buffer, fps: number | undefined): Promise<FileReport> {
  const options = { fps, perFrame: values.frames };
  return lab.page.evaluate(([f, b, o, d]) => window.headcountLab.analyzeFile(f, b, o, d), [file, bytes.toString('base64'), options, detector] as const);
}

/**
 * A video Chromium cannot decode, converted to a temporary H.264 file with its timestamps as they are
 * (passthrough: the file's own clock and frame rate) and analysed under its own name.
 */
async function analyzeConverted(lab: Lab, file: string, failure: ErrorReport, codec: string, fps: number | undefined): Promise<FileReport> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'headcount-analyze-'));
  try {
    const converted = path.join(dir, 'converted.mp4');
    // CRF 18: close enough to the original that detection sees the same faces.
    const args = ['-loglevel', 'error', '-y', '-i', file, '-map', '0:v:0', '-an', ...H264_OPTIONS, '-crf', '18', '-preset', 'veryfast', '-fps_mode', 'passthrough', converted];
    const run = spawnSync('ffmpeg', args, { encoding: 'utf8' });
    if (run.status !== 0) return { ...failure, error: `${failure.error} (ffmpeg could not convert it: ${run.stderr.trim().split('\n').pop() ?? ''})` };
    const report = await analyzeBytes(lab, file, await readFile(converted), fps);
    return 'error' in report ? report : { ...report, convertedFrom: codec };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const lab = await openLab({ backend: values.backend as never });
let failed = false;
try {
  for (const file of positionals) {
    let report: FileReport;
    try {
      const bytes = await readFile(file);
      const fps = (await probeMedia(bytesSource(bytes))).kind === 'video' ? probeFps(file) : undefined;
      report = await analyzeBytes(lab, file, bytes, fps);
      const problem = 'error' in report ? report.problem : undefined;
      if ('error' in report && problem?.kind === 'undecodable-video') {
        report = hasFfmpeg
          ? await analyzeConverted(lab, file, report, problem.codec ?? problem.container.toLowerCase(), fps)
          : { ...report, error: `${report.error} (or install ffmpeg: analyze then converts it itself)` };
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
