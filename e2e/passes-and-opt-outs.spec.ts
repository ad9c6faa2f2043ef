import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { analyze } from './analyze';
import { FIXTURE_VIDEO_DIR } from './paths';
import { WAIT } from './timing';

interface ClipLabels {
  faces?: number;
  shakes?: { start: number; end: number }[];
}

const labels = (clip: string): ClipLabels =>
  JSON.parse(readFileSync(path.join(FIXTURE_VIDEO_DIR, clip.replace(/\.mp4$/, '.json')), 'utf8')) as ClipLabels;
const clipPath = (clip: string) => path.join(FIXTURE_VIDEO_DIR, clip);

/** Passes through the page's own pipeline and counting session, on clips with a known number of people. */
test('analyze counts one pass per person on real clips', async () => {
  test.setTimeout(WAIT.analyzeFew);
  const clips = ['faces-3.mp4', 'classroom.mp4', 'cat.mp4'];
  const { status, reports, stderr } = await analyze(clips.map(clipPath));
  expect(status, stderr).toBe(0);
  const byFile = Object.fromEntries(reports.map((r) => [path.basename(String(r.file)), r]));
  // Three people standing side by side for 3.4 s; four pupils at desks; a cat is nobody.
  expect(byFile['faces-3.mp4']).toMatchObject({ passes: labels('faces-3.mp4').faces, optOuts: [] });
  expect(byFile['classroom.mp4']).toMatchObject({ passes: 4, optOuts: [] });
  expect(byFile['cat.mp4']).toMatchObject({ passes: 0, optOuts: [] });
  const timeline = byFile['faces-3.mp4'].timeline as { t: number; facesInView: number; passes: number }[];
  expect(timeline.length).toBeGreaterThan(2);
  expect(timeline[timeline.length - 1].passes).toBe(3);
});

/**
 * Runs analyze on each clip and checks every opt-out against the labels: inside a shake window, none without one.
 * One run per clip, each allowed WAIT.analyzeClip; the test allows that for every clip.
 */
async function expectOptOutsMatchLabels(clips: string[]): Promise<void> {
  test.setTimeout(clips.length * WAIT.analyzeClip);
  for (const clip of clips) {
    const { status, reports, stderr } = await analyze([clipPath(clip)], [], WAIT.analyzeClip);
    // A failure says what analyze printed, not only its exit code.
    expect(status, `${clip}: ${stderr} ${JSON.stringify(reports)}`).toBe(0);
    expect(reports.map((r) => path.basename(String(r.file)))).toEqual([clip]);
    expectOptOutsMatch(reports[0]);
  }
}

function expectOptOutsMatch(report: Record<string, unknown>): void {
  const clip = path.basename(String(report.file));
  const windows = labels(clip).shakes ?? [];
  const optOuts = report.optOuts as { t: number; track: number }[];
  if (windows.length === 0) {
    expect(optOuts, `${clip} has no shake`).toEqual([]);
    return;
  }
  expect(optOuts.length, `${clip}: an opt-out`).toBeGreaterThan(0);
  for (const { t } of optOuts) expect(windows.some((w) => t >= w.start && t <= w.end), `${clip}: opt-out at ${t} s inside a window`).toBe(true);
  // The opted-out person is not a pass.
  expect(report.passes).toBe(0);
}

test('a head shake opts out inside its labeled window; nodding, stillness, talking and head tilts never do', async () => {
  await expectOptOutsMatchLabels(['head-shake.mp4', 'head-nod.mp4', 'head-still.mp4', 'face-talking.mp4', 'face-smiling.mp4', 'faces-2-head-tilt.mp4']);
});

test('talking to a phone, and talking while the handheld camera shakes from side to side, never opt out', async () => {
  // Portrait selfie clips at their own size and rate (no shake label: none expected).
  await expectOptOutsMatchLabels(['real-d13-talk.mp4', 'real-d12-talk-handheld.mp4']);
});

/**
 * Joins two fixture clips at 8 s with ffmpeg (`filter` makes `[v]` from inputs 0 and 1), runs the joined clip
 * through `npm run analyze`, and checks what a cut must give: two passes, the second right after the cut, and no
 * opt-out.
 */
async function expectCutEndsPass(name: string, clips: [string, string], filter: string): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'headcount-cut-'));
  try {
    const joined = path.join(dir, name);
    const ffmpeg = spawnSync(
      'ffmpeg',
      ['-loglevel', 'error', '-y', '-i', clipPath(clips[0]), '-i', clipPath(clips[1]), '-filter_complex', filter, '-map', '[v]', '-c:v', 'libx264', '-pix_fmt', 'yuv420p', joined],
      { encoding: 'utf8' },
    );
    expect(ffmpeg.status, ffmpeg.stderr).toBe(0);
    const { status, reports, stderr } = await analyze([joined], [], WAIT.analyzeClip);
    expect(status, stderr).toBe(0);
    const [report] = reports;
    expect(report).toMatchObject({ frames: 240, passes: 2, optOuts: [] });
    // One pass before the cut at 8 s, the second right after it.
    const timeline = report.timeline as { t: number; passes: number }[];
    expect(timeline.filter((p) => p.t < 7.9).every((p) => p.passes <= 1)).toBe(true);
    expect(timeline.find((p) => p.t >= 8.5)?.passes).toBe(2);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * A video cut from one real person to another, joined with ffmpeg here: face-talking (a man, face ≈ 146 px wide) for
 * 8 s, then real-d6-grimaces (a woman) for 8 s, scaled and placed so that her face (≈ 212 px) covers where his was.
 * The boxes overlap enough for the tracker's overlap rule (IoU ≈ 0.45), so before the size-jump rule this was one
 * pass; a cut must end the pass, and no head shake may span it.
 */
test('a video cut from one person to another ends the pass, and no shake spans the cut', async () => {
  test.setTimeout(WAIT.analyzeClip);
  await expectCutEndsPass(
    'face-talking-then-real-d6-grimaces.mp4',
    ['face-talking.mp4', 'real-d6-grimaces.mp4'],
    '[0:v]trim=0:8,setpts=PTS-STARTPTS,fps=15,setsar=1[a];' +
      '[1:v]trim=0:8,setpts=PTS-STARTPTS,scale=451:451,pad=640:480:103:24,fps=15,setsar=1[b];' +
      '[a][b]concat=n=2:v=1:a=0[v]',
  );
});

/**
 * A cut to a face of the same size at the same place, which the tracker's size rule cannot see: face-talking (a face
 * ≈ 146 px wide) for 8 s, then head-still from its 8th second (another shot, the face ≈ 140 px wide, overlapping his
 * box by IoU ≈ 0.4), both 640 × 480 at 15 fps, joined as they are. Only the picture changing at once (the scene-cut
 * signal, logic/scene-cut.ts) tells the cut: two passes, no opt-out.
 */
test('a video cut to a face of the same size at the same place ends the pass too', async () => {
  test.setTimeout(WAIT.analyzeClip);
  await expectCutEndsPass(
    'face-talking-then-head-still.mp4',
    ['face-talking.mp4', 'head-still.mp4'],
    '[0:v]trim=0:8,setpts=PTS-STARTPTS,setsar=1[a];[1:v]trim=8:16,setpts=PTS-STARTPTS,setsar=1[b];[a][b]concat=n=2:v=1:a=0[v]',
  );
});
