import type { Locale } from '../i18n/i18n';
import type { LimitsLabels, RulesContent } from '../i18n/rules-content';
import { MASK_LABELS, type MaskLabel } from '../logic/frame';
import { formatNumber, formatPercent } from './format';
import type { DetectorLimits, MeasuredRate, ShakeLimits, SystemLimits } from '../logic/system-limits';

/** One row of a limits table: what was measured and its value as text ("not measured yet" when missing). */
export interface LimitRow {
  measure: string;
  value: string;
  /** Sample size and interval, when known; '' otherwise. */
  detail: string;
  measured: boolean;
}

export interface LimitTable {
  caption: string;
  rows: LimitRow[];
  /** Where the figures come from (the model card), or '' when not given. */
  source: string;
}

function fill(template: string, params: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
}

function rateRow(locale: Locale, labels: LimitsLabels, measure: string, rate: MeasuredRate | undefined): LimitRow {
  if (rate === undefined || !Number.isFinite(rate.value)) {
    return { measure, value: labels.notMeasured, detail: '', measured: false };
  }
  const details: string[] = [];
  if (rate.n !== undefined) details.push(fill(labels.sampleSize, { n: formatNumber(rate.n, locale) }));
  if (rate.low !== undefined && rate.high !== undefined) {
    details.push(fill(labels.interval, { low: formatPercent(rate.low, locale), high: formatPercent(rate.high, locale) }));
  }
  return { measure, value: formatPercent(rate.value, locale), detail: details.join(' · '), measured: true };
}

/** A masked share, true → estimated, or "not measured yet". */
function shareRow(locale: Locale, labels: LimitsLabels, measure: string, share: { true: number; estimated: number } | undefined): LimitRow {
  return share && Number.isFinite(share.true) && Number.isFinite(share.estimated)
    ? { measure, value: fill(labels.maskedShareValue, { true: formatPercent(share.true, locale), estimated: formatPercent(share.estimated, locale) }),
      detail: '', measured: true }
    : { measure, value: labels.notMeasured, detail: '', measured: false };
}

/** One class labelled right on the same faces, this page then the peer, with both sample sizes. */
function peerRow(locale: Locale, labels: LimitsLabels, label: MaskLabel, rates: { page: MeasuredRate; peer: MeasuredRate } | undefined): LimitRow {
  const measure = labels.peerRight[label];
  if (!rates || !Number.isFinite(rates.page.value) || !Number.isFinite(rates.peer.value)) {
    return { measure, value: labels.notMeasured, detail: '', measured: false };
  }
  const n = (r: MeasuredRate): string => (r.n === undefined ? '…' : formatNumber(r.n, locale));
  return {
    measure,
    value: fill(labels.peerValue, { page: formatPercent(rates.page.value, locale), peer: formatPercent(rates.peer.value, locale) }),
    detail: fill(labels.peerSampleSizes, { page: n(rates.page), peer: n(rates.peer) }),
    measured: true,
  };
}

/** The hardest shake band's label, with its amplitude and speed ranges in the view's number format ("±… " when unknown). */
function hardestBandLabel(locale: Locale, labels: LimitsLabels, band: ShakeLimits['hardestBand']): string {
  const range = (values: readonly number[] | undefined): string =>
    values && values.length > 0 ? values.map((v) => formatNumber(v, locale)).join('–') : '…';
  return fill(labels.shakeHardestBand, { amplitude: range(band?.amplitudeDeg), hz: range(band?.hz) });
}

/** False opt-outs on real footage, with the minutes of faces and the clips it rests on in the label. */
function realFalseOptOutsRow(locale: Locale, labels: LimitsLabels, real: ShakeLimits['realFalseOptOuts']): LimitRow {
  const measure = fill(labels.realFalseOptOuts, { minutes: real ? formatNumber(real.minutes, locale, 1) : '…', clips: real ? formatNumber(real.clips, locale, 0) : '…' });
  if (!real || real.minutes <= 0) return { measure, value: labels.notMeasured, detail: '', measured: false };
  return { measure, value: formatNumber(real.count, locale, 0), detail: '', measured: true };
}

/** Opt-outs at video cuts joined from real clips, with the number of cuts in the label. */
function cutOptOutsRow(locale: Locale, labels: LimitsLabels, cuts: ShakeLimits['cutOptOuts']): LimitRow {
  const measure = fill(labels.cutOptOuts, { cuts: cuts ? formatNumber(cuts.cuts, locale) : '…' });
  if (!cuts || cuts.cuts <= 0) return { measure, value: labels.notMeasured, detail: '', measured: false };
  return { measure, value: formatNumber(cuts.count, locale), detail: '', measured: true };
}

/** How the detectors' names are written (their DetectorName in the figures file). */
const DETECTOR_DISPLAY: Readonly<Record<string, string>> = { yunet: 'YuNet', blazeface: 'BlazeFace' };

/** Recall per class, precision and the masked share (true → estimated) of one detector. */
function detectorRows(limits: DetectorLimits, labels: LimitsLabels, locale: Locale): LimitRow[] {
  const rows = [
    ...MASK_LABELS.map((label) => rateRow(locale, labels, labels.detectorRecall[label], limits.recall?.[label])),
    rateRow(locale, labels, labels.precision, limits.precision),
  ];
  rows.push(shareRow(locale, labels, labels.maskedShare, limits.maskedShare));
  return rows;
}

/**
 * One table per compared detector ("The number depends on the model"), the same measures as the detector's own
 * table; none when the comparison was not measured.
 */
export function detectorComparisonTables(limits: SystemLimits, content: RulesContent, locale: Locale): LimitTable[] {
  const comparison = limits.detectorComparison;
  if (!comparison) return [];
  return comparison.detectors.map((d, i) => {
    const name = DETECTOR_DISPLAY[d.name] ?? d.name;
    const caption = fill(content.detectors.caption, { name, score: formatNumber(d.minScore, locale) });
    return {
      caption: d.counts ? `${caption} · ${content.detectors.counts}` : caption,
      rows: detectorRows(d, content.limits, locale),
      // Said once, under the last table: the same run measured them all.
      source: i === comparison.detectors.length - 1 ? comparison.source : '',
    };
  });
}

/**
 * Turns the measured limits into the three tables the Rules and limits view shows, in the view's language.
 * Every expected measure gets a row; a missing one reads "not measured yet".
 */
export function limitTables(limits: SystemLimits, labels: LimitsLabels, locale: Locale): LimitTable[] {
  const { detector = {}, classifier = {}, shake = {} } = limits;
  const rows = detectorRows(detector, labels, locale);
  const px = detector.smallestFacePx;
  rows.push(
    px !== undefined && Number.isFinite(px)
      ? {
          measure: labels.smallestFace,
          value: fill(labels.pixels, { px: formatNumber(px, locale) }),
          detail: '',
          measured: true,
        }
      : { measure: labels.smallestFace, value: labels.notMeasured, detail: '', measured: false },
  );
  return [
    { caption: labels.detector, rows, source: detector.source ?? '' },
    {
      caption: labels.classifier,
      rows: [
        rateRow(locale, labels, labels.accuracy, classifier.accuracy),
        ...MASK_LABELS.map((label) => rateRow(locale, labels, labels.classRecall[label], classifier.recall?.[label])),
        rateRow(locale, labels, labels.unknownShare, classifier.unknownShare),
        shareRow(locale, labels, labels.pipelineMaskedShare, classifier.maskedShare),
        ...MASK_LABELS.map((label) => peerRow(locale, labels, label, classifier.peerRight?.[label])),
      ],
      source: classifier.source ?? '',
    },
    {
      caption: labels.shake,
      rows: [
        rateRow(locale, labels, labels.shakeDetection, shake.detectionRate),
        rateRow(locale, labels, hardestBandLabel(locale, labels, shake.hardestBand), shake.hardestBand?.rate),
        shake.falseOptOutsPer10Min !== undefined && Number.isFinite(shake.falseOptOutsPer10Min)
          ? {
              measure: labels.falseOptOuts,
              value: formatNumber(shake.falseOptOutsPer10Min, locale, 2),
              detail: '',
              measured: true,
            }
          : { measure: labels.falseOptOuts, value: labels.notMeasured, detail: '', measured: false },
        realFalseOptOutsRow(locale, labels, shake.realFalseOptOuts),
        cutOptOutsRow(locale, labels, shake.cutOptOuts),
      ],
      source: shake.source ?? '',
    },
  ];
}
