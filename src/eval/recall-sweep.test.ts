import { describe, expect, it } from 'vitest';
import type { JudgedDetection } from './pipeline-figures';
import { sweepDetections } from './recall-sweep';

const box = { x: 0, y: 0, w: 40, h: 40 };
const detections: JudgedDetection[] = [
  { box, score: 0.9, label: 'without_mask', probability: 0.9 },
  { box, score: 0.5, label: 'with_mask', probability: 0.8 },
  { box, score: 0.5, label: 'mask_incorrect', probability: 0.6 },
  { box, score: 0.5, label: 'without_mask', probability: 0.9 },
  // Masked but unsure: unknown, not taken below the page's threshold.
  { box, score: 0.4, label: 'with_mask', probability: 0.4 },
  { box, score: 0.4, label: 'not_a_face', probability: 0.95 },
  { box, score: 0.2, label: 'with_mask', probability: 0.9 },
];

describe('recall sweep second stages', () => {
  it('notAFace keeps every detection from the threshold up (the not-a-face filter comes after, as on the page)', () => {
    expect(sweepDetections(detections, 0.3, 'notAFace', 0.7)).toEqual(detections.slice(0, 6));
  });

  it('maskedOnly takes a detection under the page threshold only when the classifier surely sees a mask', () => {
    expect(sweepDetections(detections, 0.3, 'maskedOnly', 0.7)).toEqual(detections.slice(0, 3));
  });

  it('is the page itself at the page threshold', () => {
    expect(sweepDetections(detections, 0.7, 'maskedOnly', 0.7)).toEqual([detections[0]]);
    expect(sweepDetections(detections, 0.7, 'notAFace', 0.7)).toEqual([detections[0]]);
  });
});
