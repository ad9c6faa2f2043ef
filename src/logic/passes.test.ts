import { describe, expect, it } from 'vitest';
import type { MaskLabel } from './frame';
import { PASS_PARAMS, newPass, observe, verdict } from './passes';

function passOf(frames: { mask?: MaskLabel; maskScore?: number; h?: number }[], frameMs = 66): ReturnType<typeof newPass> {
  const pass = newPass(1, 0);
  frames.forEach((f, i) => observe(pass, { t: i * frameMs, faceHeight: f.h ?? 100, mask: f.mask, maskScore: f.maskScore }));
  return pass;
}

describe('pass verdict', () => {
  it('takes the confidence-weighted majority of the sure frames', () => {
    const v = verdict(passOf([...Array(8).fill({ mask: 'with_mask', maskScore: 0.9 }), ...Array(2).fill({ mask: 'without_mask', maskScore: 0.8 })]));
    expect(v.label).toBe('with_mask');
    expect(v.confidence).toBeCloseTo(7.2 / 8.8);
  });

  it('gives unsure frames no vote: a few hesitant frames never outvote the sure ones', () => {
    const unsure = PASS_PARAMS.minFaceProbability - 0.05;
    const v = verdict(passOf([...Array(6).fill({ mask: 'without_mask', maskScore: 0.9 }), ...Array(4).fill({ mask: 'with_mask', maskScore: unsure })]));
    expect(v).toEqual({ label: 'without_mask', confidence: 1, reason: null });
  });

  it('makes a pass seen mostly through unsure frames unknown ("unsure"), even when its few sure frames agree', () => {
    const unsure = PASS_PARAMS.minFaceProbability - 0.05;
    // The pattern of issue 27: a bare face the classifier mostly cannot judge, a few frames "with mask".
    const v = verdict(passOf([...Array(4).fill({ mask: 'with_mask', maskScore: 0.75 }), ...Array(12).fill({ mask: 'with_mask', maskScore: unsure }),
      ...Array(6).fill({ mask: 'without_mask', maskScore: unsure })]));
    expect(v).toEqual({ label: 'unknown', confidence: null, reason: 'unsure' });
  });

  it('makes a pass unknown ("unsure") when fewer than minVotingFrames frames are sure', () => {
    const unsure = PASS_PARAMS.minFaceProbability - 0.01;
    // 10 frames (long enough), all large; only minVotingFrames − 1 sure, the rest without a label.
    const v = verdict(passOf([...Array(PASS_PARAMS.minVotingFrames - 1).fill({ mask: 'with_mask', maskScore: 0.99 }),
      ...Array(2).fill({ mask: 'with_mask', maskScore: unsure }), ...Array(8 - PASS_PARAMS.minVotingFrames).fill({})]));
    expect(v.reason).toBe('unsure');
  });

  it('counts a frame exactly at the threshold as sure, and one without a score as sure at full weight', () => {
    const atThreshold = verdict(passOf(Array(10).fill({ mask: 'mask_incorrect', maskScore: PASS_PARAMS.minFaceProbability })));
    expect(atThreshold.label).toBe('mask_incorrect');
    const p = passOf(Array(10).fill({ mask: 'without_mask' }));
    expect(p.weights.without_mask).toBe(10);
    expect(verdict(p).label).toBe('without_mask');
  });

  it('needs two thirds of the sure vote weight: 6 against 4 is undecided, 7 against 3 is not', () => {
    const split = (a: number, b: number) => verdict(passOf([...Array(a).fill({ mask: 'with_mask', maskScore: 0.9 }),
      ...Array(b).fill({ mask: 'without_mask', maskScore: 0.9 })]));
    expect(split(6, 4)).toMatchObject({ label: 'unknown', reason: 'undecided' });
    expect(split(6, 4).confidence).toBeCloseTo(0.6);
    expect(split(7, 3).label).toBe('with_mask');
  });

  it('reports a near tie as unknown ("undecided"), not a coin toss', () => {
    const v = verdict(passOf([...Array(5).fill({ mask: 'with_mask', maskScore: 0.8 }), ...Array(5).fill({ mask: 'without_mask', maskScore: 0.8 })]));
    expect(v).toEqual({ label: 'unknown', confidence: 0.5, reason: 'undecided' });
  });

  it('makes a pass seen too small unknown: small frames do not vote', () => {
    const v = verdict(passOf(Array(20).fill({ mask: 'without_mask', maskScore: 0.99, h: PASS_PARAMS.minFaceHeightPx - 1 })));
    expect(v).toEqual({ label: 'unknown', confidence: null, reason: 'too-small' });
  });

  it('makes a pass seen too briefly unknown', () => {
    const v = verdict(passOf(Array(5).fill({ mask: 'with_mask', maskScore: 0.99 }), 50));
    expect(v.reason).toBe('too-brief');
  });

  it('says when the classifier never labelled the pass', () => {
    expect(verdict(passOf(Array(20).fill({}))).reason).toBe('not-classified');
  });
});
