import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { FIXTURE_IMG_DIR, FIXTURE_VIDEO_DIR, REPO_ROOT } from './paths';

/** `npm run analyze` end to end: the real CLI, the built site, headless Chromium. */
test('analyze prints one JSON line per file, reports bad files and exits non-zero', () => {
  const corrupt = path.join(os.tmpdir(), 'headcount-corrupt.png');
  writeFileSync(corrupt, 'not an image');
  const files = [path.join(FIXTURE_IMG_DIR, 'astronaut.png'), corrupt, path.join(FIXTURE_IMG_DIR, 'coffee.png'), path.join(FIXTURE_VIDEO_DIR, 'faces-3.mp4')];
  const run = spawnSync('npx', ['tsx', 'scripts/analyze.mts', ...files, '--frames'], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    // The e2e web server has just built dist/.
    env: { ...process.env, HEADCOUNT_NO_BUILD: '1' },
    timeout: 120_000,
  });
  expect(run.status, run.stderr).toBe(1);
  const lines = run.stdout.trim().split('\n').map((l) => JSON.parse(l));
  expect(lines).toHaveLength(4);
  const [astronaut, bad, coffee, clip] = lines;
  expect(astronaut).toMatchObject({ file: files[0], width: 512, height: 512 });
  expect(astronaut.faces).toHaveLength(1);
  expect(astronaut.faces[0].keypoints).toHaveLength(5);
  // The astronaut's face is in the upper middle of the picture.
  expect(astronaut.faces[0].x).toBeGreaterThan(150);
  expect(astronaut.faces[0].x + astronaut.faces[0].w).toBeLessThan(300);
  expect(bad).toMatchObject({ file: corrupt, error: expect.stringContaining('This is a text file'), problem: { kind: 'not-media', text: true } });
  expect(coffee.faces).toEqual([]);
  expect(clip).toMatchObject({ file: files[3], fps: 15, frames: 51 });
  expect(clip.perFrame).toHaveLength(51);
  expect(clip.msPerFrame.median).toBeGreaterThan(0);
});
