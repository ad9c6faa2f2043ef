/**
 * Chromium's fake camera, fed with a fixture clip: the same .y4m files (same folder, same ffmpeg settings) as
 * the end-to-end tests' global setup, so a clip converted by one is reused by the other.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT, SHARED_DIR } from './paths';

const Y4M_DIR = path.join(REPO_ROOT, '.cache', 'y4m');

/** The .y4m for `clip` (a file name in fixtures/video), made with ffmpeg unless a newer one exists. */
export function ensureY4m(clip: string): string {
  const source = path.join(SHARED_DIR, 'fixtures', 'video', clip);
  if (!existsSync(source)) throw new Error(`fixture clip not found: ${source}`);
  const target = path.join(Y4M_DIR, `${path.basename(clip, '.mp4')}.y4m`);
  if (existsSync(target) && statSync(target).mtimeMs > statSync(source).mtimeMs) return target;
  mkdirSync(Y4M_DIR, { recursive: true });
  execFileSync('ffmpeg', ['-loglevel', 'error', '-y', '-i', source, '-vf', 'scale=640:480,fps=15', '-pix_fmt', 'yuv420p', target]);
  return target;
}

/** Chromium flags: a granted camera that plays `y4m` in a loop. */
export function fakeCameraArgs(y4m: string): string[] {
  return ['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${y4m}`];
}
