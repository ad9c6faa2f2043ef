import { describe, expect, it } from 'vitest';
import { addFrame, emptyTally, tallyShare } from './detector-comparison';
import type { ClassifiedFace, MaskLabel } from './frame';

const face = (mask?: MaskLabel): ClassifiedFace => ({ box: { x: 0, y: 0, w: 10, h: 10 }, score: 1, keypoints: [], mask });

describe('detector comparison tally', () => {
  it('sums every face of every frame, unclassified faces in `faces` only', () => {
    let t = emptyTally();
    t = addFrame(t, [face('with_mask'), face('without_mask'), face()]);
    t = addFrame(t, [face('with_mask'), face('mask_incorrect')]);
    t = addFrame(t, []);
    expect(t).toEqual({ frames: 3, faces: 5, withMask: 2, withoutMask: 1, maskIncorrect: 1 });
  });

  it('gives the page\'s masked share (incorrectly worn in the denominator) with its Wilson interval', () => {
    let t = emptyTally();
    for (let i = 0; i < 3; i++) t = addFrame(t, [face('with_mask'), face('with_mask'), face('mask_incorrect')]);
    const share = tallyShare(t);
    expect(share.share).toBeCloseTo(6 / 9);
    expect(share.interval?.low).toBeLessThan(6 / 9);
    expect(share.interval?.high).toBeGreaterThan(6 / 9);
  });

  it('shows no share below the page\'s minimum of classified faces', () => {
    expect(tallyShare(addFrame(emptyTally(), [face('with_mask')])).share).toBeNull();
  });
});
