/** A share in [0, 1] as a whole-number percentage, without the sign ("84" for 0.838): the views add " %". */
export const percent = (share: number): string => String(Math.round(share * 100));

/** A number in the locale's digits, with at most `maxDigits` decimals (Intl's own default: 3). */
export function formatNumber(value: number, locale: string, maxDigits = 3): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: maxDigits }).format(value);
}

/** A share in [0, 1] as the locale writes a percentage, to one decimal ("83,2 %" in French). */
export function formatPercent(share: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(share);
}
