/** The real keypoint sequences in `../__fixtures__`: the page's pipeline run on the labeled clips by scripts/dump-keypoints.mts. */
import { readFileSync } from 'node:fs';
import type { Box } from '../../logic/geometry';

export interface DumpedFrame {
  /** Milliseconds from the start of the clip. */
  t: number;
  faces: { box: Box; keypoints: [number, number][]; score: number }[];
  /** FrameResult.sceneChange as the page measured it (absent on the first frame). */
  sceneChange?: number;
}

export function loadFixture(name: string): DumpedFrame[] {
  return JSON.parse(readFileSync(new URL(`../__fixtures__/${name}.keypoints.json`, import.meta.url), 'utf8')) as DumpedFrame[];
}

/**
 * The scene change the page measured at each video cut of `cutJoins` (shake-figures.ts), by cutJoinKey:
 * scripts/dump-cut-changes.mts joins the two frames of each cut with ffmpeg and runs them through the page.
 */
export function loadCutChanges(): Map<string, number> {
  const joins = JSON.parse(readFileSync(new URL('../__fixtures__/cut-joins.scene-change.json', import.meta.url), 'utf8')) as Record<string, number>;
  return new Map(Object.entries(joins));
}
