import { describe, expect, it } from 'vitest';
import { preferredLocale, translate } from './i18n';
import { en, fr } from './messages';

describe('i18n', () => {
  it('picks the first supported browser language, else English', () => {
    expect(preferredLocale(['fr-FR', 'en'])).toBe('fr');
    expect(preferredLocale(['de-DE', 'en-GB'])).toBe('en');
    expect(preferredLocale(['de'])).toBe('en');
  });
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('en', 'loadingDetector', { percent: 42 })).toBe('Loading the face detector… 42 %');
    expect(translate('fr', 'backend', {})).toBe('Calcul sur : {backend}');
  });
  it('French uses the same placeholders as English for every message', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(placeholders(fr[key]), key).toEqual(placeholders(en[key]));
    }
  });
});
