import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { E2E_TMP_DIR, FIXTURE_VIDEO_DIR, Y4M_DIR, y4mFor } from './paths';

/**
 * Chromium's fake camera reads raw .y4m; they are large, so they are made here from the fixture .mp4 clips
 * rather than stored. A clip already converted (and newer than its source) is reused.
 */
export default function globalSetup(): void {
  if (!existsSync(FIXTURE_VIDEO_DIR)) {
    throw new Error(`Fixture clips not found at ${FIXTURE_VIDEO_DIR}: put ../shared beside the clone or set HEADCOUNT_SHARED.`);
  }
  mkdirSync(Y4M_DIR, { recursive: true });
  mkdirSync(E2E_TMP_DIR, { recursive: true });
  for (const clip of readdirSync(FIXTURE_VIDEO_DIR).filter((f) => f.endsWith('.mp4'))) {
    const source = path.join(FIXTURE_VIDEO_DIR, clip);
    const target = y4mFor(clip);
    if (existsSync(target) && statSync(target).mtimeMs > statSync(source).mtimeMs) continue;
    // 640×480 at 15 fps like a webcam; a clip of another shape (the portrait selfie clips) keeps its aspect,
    // letterboxed, so faces are not stretched.
    const fit = 'scale=640:480:force_original_aspect_ratio=decrease,pad=640:480:(ow-iw)/2:(oh-ih)/2,fps=15';
    execFileSync('ffmpeg', ['-loglevel', 'error', '-y', '-i', source, '-vf', fit, '-pix_fmt', 'yuv420p', target]);
  }
}
