import { describe, expect, it } from 'vitest';
import { translate } from '../i18n/i18n';
import { emptyCounts, figuresOf } from '../logic/aggregates';
import { UNKNOWN_REASONS } from '../logic/passes';
import { UNKNOWN_REASON_TEXT, unknownReasonCounts } from './unknown-text';

describe('why passes are unknown, for the Counter', () => {
  it('lists the reasons that occurred with their counts, in the rules\' order', () => {
    const figures = figuresOf({ ...emptyCounts(), passes: 6, unknown: 4, unknownUnsure: 1, unknownTooBrief: 3 });
    expect(unknownReasonCounts(figures)).toEqual([
      { reason: 'too-brief', text: 'reasonTooBrief', n: 3 },
      { reason: 'unsure', text: 'reasonUnsure', n: 1 },
    ]);
    expect(unknownReasonCounts(figuresOf(emptyCounts()))).toEqual([]);
  });

  it('has words for every reason in both languages', () => {
    for (const reason of UNKNOWN_REASONS) {
      for (const locale of ['en', 'fr'] as const) expect(translate(locale, UNKNOWN_REASON_TEXT[reason])).not.toBe('');
    }
    expect(translate('fr', 'reasonUnsure')).toBe('classifieur incertain');
  });
});
