/** What ffprobe says of a video, for the scripts that feed videos to the page's pipeline. */
import { execFileSync } from 'node:child_process';
import { round } from '../../src/logic/stats';

/** The container's frame rate, from ffprobe when it is installed; undefined lets the page measure it. */
export function probeFps(file: string): number | undefined {
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
