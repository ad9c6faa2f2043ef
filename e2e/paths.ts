import path from 'node:path';
import { REPO_ROOT, SHARED_DIR } from '../scripts/lib/paths';

export { CHROMIUM } from '../scripts/lib/chromium';
export { REPO_ROOT, SHARED_DIR };

export const FIXTURE_VIDEO_DIR = path.resolve(process.env.HEADCOUNT_FIXTURES_VIDEO ?? path.join(SHARED_DIR, 'fixtures', 'video'));
export const FIXTURE_IMG_DIR = path.resolve(process.env.HEADCOUNT_FIXTURES_IMG ?? path.join(SHARED_DIR, 'fixtures', 'img'));

/**
 * Where tests write the files they make (corrupt images, converted videos): inside this clone, so two test runs
 * on one machine never write over each other's files (a shared /tmp path once made one run analyse the other's).
 */
export const E2E_TMP_DIR = path.join(REPO_ROOT, '.cache', 'e2e-tmp');

/** Where test setup writes the fake-camera .y4m files made from the fixture clips. */
export const Y4M_DIR = path.join(REPO_ROOT, '.cache', 'y4m');

export function y4mFor(clip: string): string {
  return path.join(Y4M_DIR, `${path.basename(clip, '.mp4')}.y4m`);
}
