import { describe, expect, it } from 'vitest';
import { FACE_MIN_PROBABILITY, faceLabel } from './abstention';

describe('faceLabel', () => {
  it('says unknown below the calibrated threshold, never a mask class', () => {
    expect(faceLabel('without_mask', FACE_MIN_PROBABILITY - 0.001)).toBe('unknown');
    expect(faceLabel('with_mask', 0.34)).toBe('unknown');
  });

  it('keeps the label from the threshold up', () => {
    expect(faceLabel('with_mask', FACE_MIN_PROBABILITY)).toBe('with_mask');
    expect(faceLabel('mask_incorrect', 0.99)).toBe('mask_incorrect');
  });

  it('keeps a label without a score, and has none where the classifier did not run', () => {
    expect(faceLabel('without_mask', undefined)).toBe('without_mask');
    expect(faceLabel(undefined, 0.99)).toBeUndefined();
  });

  it('takes another threshold when told (the training sweep)', () => {
    expect(faceLabel('with_mask', 0.55, 0.5)).toBe('with_mask');
    expect(faceLabel('with_mask', 0.55, 0.6)).toBe('unknown');
  });
});
