import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import type { ErrorReport, ImageReport, VideoReport } from '../src/logic/report';
import { analyze } from './analyze';
import { WAIT } from './timing';
import { E2E_TMP_DIR, FIXTURE_IMG_DIR, FIXTURE_VIDEO_DIR } from './paths';

/** `npm run analyze` end to end: the real CLI, the built site, headless Chromium. */
test('analyze prints one JSON line per file, reports bad files and exits non-zero', async () => {
  test.setTimeout(WAIT.analyzeFew);
  const corrupt = path.join(E2E_TMP_DIR, 'headcount-corrupt.png');
  writeFileSync(corrupt, 'not an image');
  const files = [path.join(FIXTURE_IMG_DIR, 'astronaut.png'), corrupt, path.join(FIXTURE_IMG_DIR, 'coffee.png'), path.join(FIXTURE_VIDEO_DIR, 'faces-3.mp4')];
  const run = await analyze(files, ['--frames']);
  expect(run.status, run.stderr).toBe(1);
  expect(run.reports).toHaveLength(4);
  // The lines' shapes are checked field by field below.
  const [astronaut, bad, coffee, clip] = run.reports as unknown as [ImageReport, ErrorReport, ImageReport, VideoReport];
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
  // Every frame of this clip differs from the one before: a change of 0 would be a frame read twice after a seek.
  const repeated = (clip.perFrame ?? []).slice(1).filter((frame) => frame.sceneChange === 0);
  expect(repeated).toEqual([]);
  expect(clip.msPerFrame.median).toBeGreaterThan(0);
});

test('analyze --detector blazeface runs the comparison detector; an unknown detector is a usage error', async () => {
  test.setTimeout(WAIT.analyzeFew);
  const file = path.join(FIXTURE_IMG_DIR, 'faces-2.png');
  const run = await analyze([file], ['--detector', 'blazeface']);
  expect(run.status, run.stderr).toBe(0);
  const [report] = run.reports as unknown as [ImageReport];
  expect(report).toMatchObject({ file, detector: 'blazeface', width: 480, height: 270 });
  expect(report.faces).toHaveLength(2);
  expect(report.faces[0].keypoints).toHaveLength(5);
  const bad = await analyze([file], ['--detector', 'mtcnn']);
  expect(bad.status).toBe(2);
  expect(bad.stderr).toContain('unknown detector mtcnn: use yunet or blazeface');
});
