/**
 * Runs the page's own pipeline (headless Chromium, lab.html, as `npm run analyze`) over video clips and writes, per
 * frame, the faces it found (box, five keypoints, score) to src/eval/__fixtures__/CLIP.keypoints.json. The fixtures
 * feed the shake detector's tests and figures, so the detector is measured on the keypoints the page really sees.
 *
 *   npx tsx scripts/dump-keypoints.mts CLIP.mp4...
 *   npx tsx scripts/dump-keypoints.mts --from-report REPORT.json...   (the output of `npm run analyze -- CLIP --frames`)
 *   npx tsx scripts/dump-keypoints.mts --scene-change-only CLIP.mp4...
 *
 * `--scene-change-only` adds the page's per-frame scene change (FrameResult.sceneChange, the video-cut signal) to
 * the existing fixtures and keeps their keypoints: a fresh dump moves a few keypoints by tenths of a pixel, and with
 * them figures committed before the scene change existed. Frames are matched by time.
 *
 * Every frame of the clip at its own rate (ffprobe), as analyze reads it. Coordinates keep analyze's 0.1 px: the
 * detector's own jitter is larger, and it keeps the fixtures small. Fixtures dumped before analyze waited for each
 * sought frame to be presented can differ from a fresh dump on a few frames (a seek then sometimes showed the
 * previous frame).
 * Set HEADCOUNT_NO_BUILD=1 to reuse dist/.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { DumpedFrame } from '../src/eval/testing/fixtures.ts';
import type { FileReport, VideoReport } from '../src/logic/report.ts';
import { openLab } from './lib/lab.ts';
import { REPO_ROOT } from './lib/paths.ts';
import { probeFps } from './lib/probe.ts';

const FIXTURES = path.join(REPO_ROOT, 'src', 'eval', '__fixtures__');

const { values, positionals } = parseArgs({ allowPositionals: true, options: { 'from-report': { type: 'boolean', default: false }, 'scene-change-only': { type: 'boolean', default: false } } });
if (positionals.length === 0) {
  console.error('usage: npx tsx scripts/dump-keypoints.mts CLIP.mp4... | --from-report REPORT.json...');
  process.exit(2);
}

function framesOf(report: FileReport): DumpedFrame[] {
  if ('error' in report) throw new Error(`${report.file}: ${report.error}`);
  const frames = (report as VideoReport).perFrame;
  if (!frames) throw new Error(`${report.file}: no perFrame in the report (run analyze with --frames)`);
  return frames.map((f) => ({
    t: Math.round(f.t * 1000),
    faces: f.faces.map(({ x, y, w, h, keypoints, score }) => ({ box: { x, y, w, h }, keypoints, score })),
    ...(f.sceneChange === undefined ? {} : { sceneChange: f.sceneChange }),
  }));
}

async function write(clip: string, frames: DumpedFrame[]): Promise<void> {
  const file = path.join(FIXTURES, `${path.basename(clip).replace(/\.[^.]+$/, '')}.keypoints.json`);
  if (values['scene-change-only']) {
    const change = new Map(frames.map((f) => [f.t, f.sceneChange]));
    const old = JSON.parse(await readFile(file, 'utf8')) as DumpedFrame[];
    if (old.length !== frames.length || old.some((f) => !change.has(f.t))) throw new Error(`${file}: the frames' times differ from the fixture's`);
    frames = old.map(({ t, faces }) => {
      const c = change.get(t);
      return c === undefined ? { t, faces } : { t, faces, sceneChange: c };
    });
  }
  // One frame per line: diffable, and still small.
  await writeFile(file, '[\n' + frames.map((f) => JSON.stringify(f)).join(',\n') + '\n]\n');
  console.log(`${file}: ${frames.length} frames`);
}

if (values['from-report']) {
  for (const file of positionals) {
    const report = JSON.parse((await readFile(file, 'utf8')).trim().split('\n')[0]) as FileReport;
    await write(report.file, framesOf(report));
  }
} else {
  const lab = await openLab({});
  try {
    for (const clip of positionals) {
      const base64 = (await readFile(clip)).toString('base64');
      const options = { fps: probeFps(clip), perFrame: true };
      const report = await lab.page.evaluate(([f, b, o]) => window.headcountLab.analyzeFile(f, b, o), [clip, base64, options] as const);
      await write(clip, framesOf(report));
    }
  } finally {
    await lab.close();
  }
}
