import { describe, expect, it } from 'vitest';
import { MEASURED_LIMITS } from '../logic/measured-limits';
import { WORKSHOP_STEPS } from '../logic/workshop';
import { en, fr } from '../i18n/messages';
import { PASS_OUTCOME, STEP_TEXT, arrivalMessage, lawLimitParams } from './workshop-text';

describe('workshop text', () => {
  it('every step has a title, and every step but the last a prompt and a waiting line, in both languages', () => {
    for (const step of WORKSHOP_STEPS) {
      const text = STEP_TEXT[step];
      expect(en[text.title] && fr[text.title]).toBeTruthy();
      if (step !== 'law') expect(text.prompt && text.waiting).toBeTruthy();
    }
  });

  it('says what moved the workshop on: an opt-out by shake or button, a label change; nothing for a key', () => {
    expect(arrivalMessage({ kind: 'start' })).toBeUndefined();
    expect(arrivalMessage({ kind: 'command', command: 'next' })).toBeUndefined();
    expect(arrivalMessage({ kind: 'event', event: { kind: 'opt-out', t: 0, track: 1, by: 'shake' }, from: null })?.key).toBe('outcomeOptOutShake');
    expect(arrivalMessage({ kind: 'event', event: { kind: 'opt-out', t: 0, track: 1, by: 'button' }, from: null })?.key).toBe('outcomeOptOutButton');
    expect(arrivalMessage({ kind: 'event', event: { kind: 'verdict', t: 0, track: 1, label: 'with_mask' }, from: 'without_mask' })).toEqual({
      key: 'outcomeMask',
      labels: { from: 'without_mask', to: 'with_mask' },
    });
    // A pass's outcome depends on the step it completed.
    expect(arrivalMessage({ kind: 'event', event: { kind: 'pass', t: 0, track: 1 }, from: null })).toBeUndefined();
    expect(Object.keys(PASS_OUTCOME)).toEqual(['return', 'mask', 'law']);
  });

  it('quotes the measured limits, and says "not measured" for a missing one', () => {
    const p = lawLimitParams(MEASURED_LIMITS, 'en', 'not measured');
    expect(p.accuracy).toMatch(/^\d+(\.\d)?%$/);
    expect(p.shakeRate).toMatch(/%$/);
    // The real-footage figure beside the synthetic one, from models/shake-figures.json.
    expect(p.realFalse).toBe(String(MEASURED_LIMITS.shake?.realFalseOptOuts?.count));
    expect(p.realMinutes).toMatch(/^\d+(\.\d)?$/);
    expect(lawLimitParams({}, 'fr', 'non mesuré')).toEqual({
      accuracy: 'non mesuré',
      n: '?',
      withoutRecall: 'non mesuré',
      shakeRate: 'non mesuré',
      falseRate: 'non mesuré',
      realFalse: 'non mesuré',
      realMinutes: '?',
    });
  });
});
