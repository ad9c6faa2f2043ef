import { describe, expect, it } from 'vitest';
import { realSceneSplit, type AnnotatedScene, type RealSet } from '../lib/real-scenes';
import { checkCorrections, checkVerdicts, correctedLabel, loadLabelCorrections, type LabelCorrection } from './label-corrections';

// Names whose split the real-scenes test pins: maksssksksss0 train, 1 validation, 4 test.
const TRAIN = 'maksssksksss0.jpg';
const TEST = 'maksssksksss4.jpg';
const face = { x: 10, y: 20, w: 30, h: 36, label: 'with_mask' } as const;
const scene = (file: string): AnnotatedScene => ({ file, width: 400, height: 300, faces: [face] });
const scenes: Record<RealSet, AnnotatedScene[]> = { real_scenes: [scene(TRAIN), scene(TEST)], real_scenes_more: [] };
const entry = (over: Partial<LabelCorrection> = {}): LabelCorrection => ({ source: 'real_scenes', photo: TRAIN,
  box: { x: 10, y: 20, w: 30, h: 36 }, from: 'with_mask', to: 'mask_incorrect', reason: 'nose uncovered', ...over });

describe('checkCorrections', () => {
  it('refuses any correction on a test-split photo', () => {
    expect(realSceneSplit(TEST)).toBe('test');
    expect(() => checkCorrections([entry({ photo: TEST })], scenes)).toThrow(/test split/);
  });

  it('applies a correction on a training photo to that face only', () => {
    const corrections = checkCorrections([entry()], scenes);
    expect(correctedLabel(corrections, 'real_scenes', TRAIN, face)).toBe('mask_incorrect');
    expect(correctedLabel(corrections, 'real_scenes', TEST, face)).toBe('with_mask');
    expect(correctedLabel(corrections, 'real_scenes', TRAIN, { ...face, x: 11 })).toBe('with_mask');
  });

  it('refuses entries that match no annotation, disagree with it, change nothing, lack a reason or repeat', () => {
    expect(() => checkCorrections([entry({ photo: 'maksssksksss1.jpg' })], scenes)).toThrow(/no such photo/);
    expect(() => checkCorrections([entry({ box: { x: 10, y: 20, w: 30, h: 35 } })], scenes)).toThrow(/no annotated face/);
    expect(() => checkCorrections([entry({ from: 'without_mask' })], scenes)).toThrow(/annotated with_mask/);
    expect(() => checkCorrections([entry({ to: 'with_mask' })], scenes)).toThrow(/another mask label/);
    expect(() => checkCorrections([entry({ reason: ' ' })], scenes)).toThrow(/no reason/);
    expect(() => checkCorrections([entry(), entry({ to: 'unjudgeable' })], scenes)).toThrow(/twice/);
  });
});

describe('checkVerdicts', () => {
  it('refuses counts that do not add up to the errors looked at', () => {
    const audit = (errors: number) => ({ audited: 'test', corrections: [entry()],
      verdicts: { real_scenes: { errors, annotationRight: 2, ambiguous: 1 }, real_scenes_more: { errors: 0, annotationRight: 0, ambiguous: 0 } } });
    expect(() => checkVerdicts(audit(4))).not.toThrow();
    expect(() => checkVerdicts(audit(5))).toThrow(/5 errors looked at/);
  });
});

describe('label-corrections.json', () => {
  it('passes the checks against the shared annotations (no test photo, every face found)', async () => {
    const corrections = await loadLabelCorrections();
    expect(corrections.size).toBeGreaterThan(0);
    for (const c of corrections.values()) expect(realSceneSplit(c.photo)).not.toBe('test');
  });
});
