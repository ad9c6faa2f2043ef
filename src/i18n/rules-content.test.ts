import { describe, expect, it } from 'vitest';
import { SOURCE_IDS, en, fr, type RulesContent, type SourceId } from './rules-content';

type Json = string | number | boolean | null | readonly Json[] | { readonly [key: string]: Json };

/** The shape of a value: object keys (sorted) and array lengths, recursively; strings become their type. */
function shape(value: Json): Json {
  if (Array.isArray(value)) return value.map((v: Json) => shape(v));
  if (value !== null && typeof value === 'object') {
    const obj = value as { readonly [key: string]: Json };
    return Object.fromEntries(
      Object.keys(obj)
        .sort()
        .map((k) => [k, shape(obj[k] as Json)]),
    );
  }
  return typeof value;
}

/** Every `sources` list found anywhere in the content, with a path for error messages. */
function sourceLists(value: Json, path = ''): { path: string; sources: readonly string[] }[] {
  if (Array.isArray(value)) return value.flatMap((v: Json, i) => sourceLists(v, `${path}[${i}]`));
  if (value !== null && typeof value === 'object') {
    const obj = value as { readonly [key: string]: Json };
    return Object.entries(obj).flatMap(([k, v]) =>
      k === 'sources' && Array.isArray(v)
        ? [{ path, sources: v as readonly string[] }]
        : sourceLists(v, path ? `${path}.${k}` : k),
    );
  }
  return [];
}

/** Every string in the content, with its path. */
function strings(value: Json, path = ''): { path: string; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((v: Json, i) => strings(v, `${path}[${i}]`));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value as { readonly [key: string]: Json }).flatMap(([k, v]) =>
      strings(v, path ? `${path}.${k}` : k),
    );
  }
  return [];
}

const asJson = (c: RulesContent) => c as unknown as Json;
const LOCALES: [string, RulesContent][] = [
  ['en', en],
  ['fr', fr],
];

describe('rules content', () => {
  it('English and French have the same structure: keys and number of items, everywhere', () => {
    expect(shape(asJson(fr))).toEqual(shape(asJson(en)));
  });

  it('every sourced section has items, and every claim, paragraph and item cites at least one known source', () => {
    for (const [locale, c] of LOCALES) {
      expect(c.story.paragraphs.length, locale).toBeGreaterThan(0);
      expect(c.story.claims.length, locale).toBeGreaterThan(0);
      expect(c.cnil.items.length, locale).toBeGreaterThan(0);
      expect(c.law.items.length, locale).toBeGreaterThan(0);
      expect(c.context.items.length, locale).toBeGreaterThan(0);
      const lists = sourceLists(asJson(c));
      const expected =
        c.story.paragraphs.length + c.story.claims.length + c.cnil.items.length + c.law.items.length + c.context.items.length;
      expect(lists.length, `${locale}: every paragraph, claim and item has a sources list`).toBe(expected);
      for (const { path, sources } of lists) {
        expect(sources.length, `${locale} ${path} has no source`).toBeGreaterThan(0);
        for (const id of sources) expect(SOURCE_IDS as readonly string[], `${locale} ${path}`).toContain(id);
        expect(new Set(sources).size, `${locale} ${path} cites a source twice`).toBe(sources.length);
      }
    }
  });

  it('French cites exactly the same sources as English, item by item', () => {
    expect(sourceLists(asJson(fr)).map((l) => l.sources)).toEqual(sourceLists(asJson(en)).map((l) => l.sources));
  });

  it('the law section covers GDPR 6, 12, 21, the 2021 decree and AI Act 5 and 50', () => {
    const titles = en.law.items.map((i) => i.title).join('\n');
    for (const needle of ['article 6', 'article 12', 'article 21', '2021-269', 'article 5', 'article 50']) {
      expect(titles).toContain(needle);
    }
    const frTitles = fr.law.items.map((i) => i.title).join('\n');
    expect(frTitles).toContain('Droit d’opposition');
    expect(frTitles).toContain('Licéité du traitement');
    expect(frTitles).toContain(
      'Décret n° 2021-269 du 10 mars 2021 relatif au recours à la vidéo intelligente pour mesurer le taux de port de masque dans les transports',
    );
  });

  it('every source is cited somewhere and every reference is complete in both languages', () => {
    const cited = new Set<string>(sourceLists(asJson(en)).flatMap((l) => l.sources));
    for (const id of SOURCE_IDS) expect(cited, `${id} is never cited`).toContain(id);
    for (const [locale, c] of LOCALES) {
      expect(Object.keys(c.references.entries).sort(), locale).toEqual([...SOURCE_IDS].sort());
      for (const id of SOURCE_IDS as readonly SourceId[]) {
        const e = c.references.entries[id];
        for (const field of ['short', 'title', 'titleLang', 'issuer', 'date', 'identifier'] as const) {
          expect(e[field].trim(), `${locale} ${id}.${field}`).not.toBe('');
        }
      }
    }
  });

  it('no visible string is empty, and French text is not a copy of the English', () => {
    for (const [locale, c] of LOCALES) {
      for (const { path, text } of strings(asJson(c))) {
        if (path.endsWith('.url')) continue;
        expect(text.trim(), `${locale} ${path}`).not.toBe('');
      }
    }
    const enTexts = new Map(strings(asJson(en)).map((s) => [s.path, s.text]));
    const prose = strings(asJson(fr)).filter(
      (s) => /\.(text|claim|test|relevance|intro|lead)$/.test(s.path) || /^(lead|title)$/.test(s.path),
    );
    expect(prose.length).toBeGreaterThan(20);
    for (const { path, text } of prose) expect(text, `fr ${path} is the English text`).not.toBe(enTexts.get(path));
  });
});
