import { describe, expect, it } from 'vitest';
import { keyAction } from './keys';

const base = { workshop: false, cameraRunning: true, consumed: false };

describe('keyAction', () => {
  it('N opts out whenever the camera runs, in either case', () => {
    expect(keyAction('n', base)).toBe('opt-out');
    expect(keyAction('N', { ...base, workshop: true })).toBe('opt-out');
    expect(keyAction('n', { ...base, cameraRunning: false })).toBeUndefined();
  });

  it('the workshop keys only act in a workshop', () => {
    expect(keyAction('ArrowRight', base)).toBeUndefined();
    const w = { ...base, workshop: true };
    expect(['ArrowRight', 'PageDown', 'ArrowLeft', 'PageUp', 'Home', 'G', 'Escape'].map((k) => keyAction(k, w))).toEqual([
      'next',
      'next',
      'back',
      'back',
      'restart',
      'new-group',
      'leave-workshop',
    ]);
  });

  it('leaves keys typed into a field, or with a modifier, to the browser', () => {
    expect(keyAction('n', { ...base, consumed: true })).toBeUndefined();
    expect(keyAction('ArrowLeft', { ...base, workshop: true, consumed: true })).toBeUndefined();
  });
});
