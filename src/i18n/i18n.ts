import { LOCALES, type Locale, type MessageKey } from './messages';

export type { Locale, MessageKey };

/** The browser's preferred language if Headcount speaks it, else English. */
export function preferredLocale(languages: readonly string[]): Locale {
  for (const tag of languages) {
    const base = tag.toLowerCase().split('-')[0];
    if (base in LOCALES) return base as Locale;
  }
  return 'en';
}

/** Looks up a message and fills its `{name}` placeholders. */
export function translate(locale: Locale, key: MessageKey, params: Record<string, string | number> = {}): string {
  return LOCALES[locale][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
