import { describe, expect, it } from 'vitest';
import type { MaskLabel } from './frame';
import { PASS_PARAMS, newPass, observe, verdict } from './passes';

function passOf(frames: { mask?: MaskLabel; maskScore?: number; h?: number }[], frameMs = 66): ReturnType<typeof newPass> {
  const pass = newPass(1, 0);
  frames.forEach((f, i) => observe(pass, { t: i * frameMs, faceHeight: f.h ?? 100, mask: f.mask, maskScore: f.maskScore }));
  return pass;
}

describe('pass verdict', () => {
  it('takes the confidence-weighted majority', () => {
    const v = verdict(passOf([...Array(8).fill({ mask: 'with_mask', maskScore: 0.9 }), { mask: 'without_mask', maskScore: 0.6 }, { mask: 'without_mask', maskScore: 0.6 }]));
    expect(v.label).toBe('with_mask');
    expect(v.confidence).toBeCloseTo(7.2 / 8.4);
  });

  it('lets confident frames outweigh more numerous hesitant ones', () => {
    const v = verdict(passOf([...Array(4).fill({ mask: 'mask_incorrect', maskScore: 0.95 }), ...Array(5).fill({ mask: 'with_mask', maskScore: 0.4 })]));
    expect(v.label).toBe('mask_incorrect');
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
