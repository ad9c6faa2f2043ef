/** The real keypoint sequences in `../__fixtures__`: the page's pipeline run on the labeled clips by scripts/dump-keypoints.mts. */
import { readFileSync } from 'node:fs';
import type { Box } from '../geometry';

export interface DumpedFrame {
  /** Milliseconds from the start of the clip. */
  t: number;
  faces: { box: Box; keypoints: [number, number][]; score: number }[];
}

export function loadFixture(name: string): DumpedFrame[] {
  return JSON.parse(readFileSync(new URL(`../__fixtures__/${name}.keypoints.json`, import.meta.url), 'utf8')) as DumpedFrame[];
}
