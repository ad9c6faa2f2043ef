import type { Locale, MessageKey } from '../i18n/i18n';
import type { MaskLabel } from '../logic/frame';
import type { MeasuredRate, SystemLimits } from '../logic/system-limits';
import type { Arrival, WorkshopStep } from '../logic/workshop';
import { formatNumber, formatPercent } from './format';

/** Each step's title, what to do, and what the page says while it waits; the last step has its own content. */
export const STEP_TEXT: Record<WorkshopStep, { title: MessageKey; prompt?: MessageKey; waiting?: MessageKey }> = {
  arrive: { title: 'stepArriveTitle', prompt: 'stepArrivePrompt', waiting: 'stepArriveWaiting' },
  return: { title: 'stepReturnTitle', prompt: 'stepReturnPrompt', waiting: 'stepReturnWaiting' },
  mask: { title: 'stepMaskTitle', prompt: 'stepMaskPrompt', waiting: 'stepMaskWaiting' },
  'opt-out': { title: 'stepOptOutTitle', prompt: 'stepOptOutPrompt', waiting: 'stepOptOutWaiting' },
  'count-again': { title: 'stepCountAgainTitle', prompt: 'stepCountAgainPrompt', waiting: 'stepCountAgainWaiting' },
  law: { title: 'stepLawTitle' },
};

export const MASK_LABEL_TEXT: Record<MaskLabel, MessageKey> = {
  with_mask: 'withMask',
  without_mask: 'withoutMask',
  mask_incorrect: 'maskIncorrect',
};

/**
 * What the live system just did to move the workshop here, as a message; undefined when the facilitator moved
 * it (nothing happened to report) or at the start.
 */
export function arrivalMessage(arrival: Arrival): { key: MessageKey; labels: Partial<Record<'from' | 'to', MaskLabel>> } | undefined {
  if (arrival.kind !== 'event') return undefined;
  const event = arrival.event;
  switch (event.kind) {
    case 'opt-out':
      return { key: event.by === 'shake' ? 'outcomeOptOutShake' : 'outcomeOptOutButton', labels: {} };
    case 'verdict':
      return { key: 'outcomeMask', labels: { to: event.label, ...(arrival.from ? { from: arrival.from } : {}) } };
    case 'pass':
      return undefined;
  }
}

/** The outcome of a pass depends on the step it completed: the step before the one it led to. */
export const PASS_OUTCOME: Partial<Record<WorkshopStep, MessageKey>> = {
  return: 'outcomeArrive',
  mask: 'outcomeReturn',
  law: 'outcomeCountAgain',
};

/** The measured figures the last step quotes (synthetic and real head-shake figures both), as text in the locale; a missing one reads "not measured". */
export function lawLimitParams(limits: SystemLimits, locale: Locale, notMeasured: string): Record<string, string> {
  const pct = (rate: MeasuredRate | undefined) =>
    rate && Number.isFinite(rate.value) ? formatPercent(rate.value, locale) : notMeasured;
  const accuracy = limits.classifier?.accuracy;
  const falseRate = limits.shake?.falseOptOutsPer10Min;
  const real = limits.shake?.realFalseOptOuts;
  return {
    accuracy: pct(accuracy),
    n: accuracy?.n !== undefined ? formatNumber(accuracy.n, locale) : '?',
    withoutRecall: pct(limits.classifier?.recall?.without_mask),
    shakeRate: pct(limits.shake?.detectionRate),
    falseRate: falseRate !== undefined && Number.isFinite(falseRate) ? formatNumber(falseRate, locale, 2) : notMeasured,
    // Real footage: a count over the minutes it rests on, not a rate (a handful of minutes makes no rate).
    realFalse: real ? formatNumber(real.count, locale, 0) : notMeasured,
    realMinutes: real ? formatNumber(real.minutes, locale, 1) : '?',
  };
}
