/**
 * Measures the page's scene change (FrameResult.sceneChange, the video-cut signal) at every video cut eval:shake
 * makes from the real clips (`cutJoins` in src/eval/testing/shake-figures.ts), and writes it to
 * src/eval/__fixtures__/cut-joins.scene-change.json, so that the joined keypoints carry the signal the page would
 * have read at that cut.
 *
 *   npx tsx scripts/dump-cut-changes.mts
 *
 * For each cut, ffmpeg takes the two frames it joins (A's last before the cut, B's first after it, from the clips in
 * ../shared/fixtures/video), each fitted into 640×480 with black bars as a joined video would be; all pairs go into
 * one video at 10 fps, each frame twice (A, A, B, B), which the page's own pipeline reads (headless Chromium,
 * lab.html, as `npm run analyze`). A cut's change is the larger on B's two frames: analyze reads a video by seeking,
 * and before it waited for the sought frame to be presented a seek now and then showed the frame before; the
 * larger of the two is what a joined video gives either way. Set HEADCOUNT_NO_BUILD=1 to reuse dist/.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { VideoReport } from '../src/logic/report.ts';
import { cutJoinKey, cutJoins } from '../src/eval/testing/shake-figures.ts';
import { openLab } from './lib/lab.ts';
import { REPO_ROOT } from './lib/paths.ts';

const VIDEO_DIR = path.join(REPO_ROOT, '..', 'shared', 'fixtures', 'video');
const OUT = path.join(REPO_ROOT, 'src', 'eval', '__fixtures__', 'cut-joins.scene-change.json');
const FPS = 10;

function ffmpeg(args: string[]): void {
  const run = spawnSync('ffmpeg', ['-loglevel', 'error', '-y', ...args], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`ffmpeg ${args.join(' ')}: ${run.stderr}`);
}

const joins = cutJoins();
const dir = mkdtempSync(path.join(os.tmpdir(), 'headcount-cut-changes-'));
try {
  const fit = 'scale=640:480:force_original_aspect_ratio=decrease,pad=640:480:(ow-iw)/2:(oh-ih)/2,setsar=1';
  joins.forEach((join, i) => {
    // A fixture's time is the middle of its frame's display interval (analyze seeks there): the same frame here.
    const frame = (clip: string, ms: number, n: number) =>
      ffmpeg(['-ss', (ms / 1000).toFixed(3), '-i', path.join(VIDEO_DIR, `${clip}.mp4`), '-frames:v', '1', '-vf', fit, path.join(dir, `${String(n).padStart(4, '0')}.png`)]);
    frame(join.a, join.lastT, 4 * i);
    frame(join.a, join.lastT, 4 * i + 1);
    frame(join.b, join.firstT, 4 * i + 2);
    frame(join.b, join.firstT, 4 * i + 3);
  });
  const video = path.join(dir, 'cuts.mp4');
  ffmpeg(['-framerate', String(FPS), '-i', path.join(dir, '%04d.png'), '-c:v', 'libx264', '-crf', '18', '-pix_fmt', 'yuv420p', video]);
  const lab = await openLab({});
  let report: VideoReport;
  try {
    const base64 = readFileSync(video).toString('base64');
    const result = await lab.page.evaluate(([f, b, o]) => window.headcountLab.analyzeFile(f, b, o), [video, base64, { fps: FPS, perFrame: true }] as const);
    if ('error' in result) throw new Error(result.error);
    report = result as VideoReport;
  } finally {
    await lab.close();
  }
  const frames = report.perFrame ?? [];
  if (frames.length !== 4 * joins.length) throw new Error(`${frames.length} frames read, ${4 * joins.length} written`);
  const changes = Object.fromEntries(
    joins.map((join, i) => {
      const change = Math.max(frames[4 * i + 2].sceneChange ?? 0, frames[4 * i + 3].sceneChange ?? 0);
      // Both of B's frames the same as A's: the seeks never showed B.
      if (change === 0) throw new Error(`${cutJoinKey(join)}: no change on frames ${4 * i + 2}–${4 * i + 3}`);
      return [cutJoinKey(join), change];
    }),
  );
  writeFileSync(OUT, JSON.stringify(changes, null, 1) + '\n');
  console.log(`${OUT}: ${joins.length} cuts, scene change ${Math.min(...Object.values(changes))}–${Math.max(...Object.values(changes))}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
