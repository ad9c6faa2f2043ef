/**
 * Issue 27, item 4: would a lower detector threshold, with the mask classifier as a second stage, find masked faces
 * as often as bare ones? `npm run eval:detect -- --recall-sweep` runs the detector once per photo at a low floor and
 * the classifier once per detection; each (second stage, threshold) row keeps a subset of those detections. Pure, so
 * the sweep in models/detection-figures.json comes from tested code.
 */
import { faceLabel } from '../logic/abstention';
import type { MaskLabel } from '../logic/frame';
import type { JudgedDetection } from './pipeline-figures';

/**
 * What decides on a detection scoring between the swept threshold and the page's:
 * - `notAFace`: the page's own second stage, nothing more (the classifier's not-a-face answer, applied by
 *   addJudgedPhoto as on the page);
 * - `maskedOnly`: also keep only those the classifier calls with_mask or mask_incorrect with a known (not unknown)
 *   answer. The detector doubts masked faces more than bare ones, so the extra detections are taken only where the
 *   classifier sees a mask; a class-aware rule, so it can only move the masked share up.
 */
export const SECOND_STAGES = ['notAFace', 'maskedOnly'] as const;
export type SecondStage = (typeof SECOND_STAGES)[number];

const MASKED: readonly MaskLabel[] = ['with_mask', 'mask_incorrect'];

/** The detections that reach the classifier's verdict at `minScore` with `stage` (the page runs at `pageMinScore`). */
export function sweepDetections(detections: readonly JudgedDetection[], minScore: number, stage: SecondStage,
  pageMinScore: number): JudgedDetection[] {
  return detections.filter((d) => {
    if (d.score < minScore) return false;
    if (d.score >= pageMinScore || stage === 'notAFace') return true;
    const label = faceLabel(d.label === 'not_a_face' ? undefined : d.label, d.probability);
    return label !== undefined && label !== 'unknown' && MASKED.includes(label);
  });
}
