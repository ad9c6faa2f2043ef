/**
 * Why passes are unknown, in words: the one table from the pass rules' reason codes to their text, for the
 * Counter (how many of each) and How it works (the reason of one pass).
 */
import type { MessageKey } from '../i18n/i18n';
import { UNKNOWN_COUNT_KEYS, type Figures } from '../logic/aggregates';
import { UNKNOWN_REASONS, type UnknownReason } from '../logic/passes';

export const UNKNOWN_REASON_TEXT: Record<UnknownReason, MessageKey> = {
  'too-brief': 'reasonTooBrief',
  'not-classified': 'reasonNotClassified',
  'too-small': 'reasonTooSmall',
  unsure: 'reasonUnsure',
  undecided: 'reasonUndecided',
};

/** The reasons that occurred, with their counts, in the rules' order; empty when no pass is unknown. */
export function unknownReasonCounts(figures: Figures): { reason: UnknownReason; text: MessageKey; n: number }[] {
  return UNKNOWN_REASONS.map((reason) => ({ reason, text: UNKNOWN_REASON_TEXT[reason], n: figures[UNKNOWN_COUNT_KEYS[reason]] }))
    .filter((r) => r.n > 0);
}
