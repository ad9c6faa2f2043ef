/**
 * The measured-figures files (schema: src/logic/measured-figures.ts) and the Markdown generated from them. Each
 * measuring command writes its JSON with `writeFigures`, then the Markdown with `updateMarkdown`; `npm run figures`
 * rewrites all the Markdown from the committed JSON (scripts/all-figures.ts), and scripts/figures.test.ts fails when the two disagree.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { REPO_ROOT } from './paths';

export const FIGURE_FILES = {
  detection: path.join(REPO_ROOT, 'models', 'detection-figures.json'),
  maskClassifier: path.join(REPO_ROOT, 'models', 'mask-classifier', 'figures.json'),
  shake: path.join(REPO_ROOT, 'models', 'shake-figures.json'),
  performance: path.join(REPO_ROOT, 'models', 'performance-figures.json'),
  peer: path.join(REPO_ROOT, 'models', 'peer-figures.json'),
} as const;

/** Rates that could not be measured (NaN) are written as null, which JSON can hold. */
export async function writeFigures(file: string, figures: object): Promise<void> {
  await writeFile(file, `${JSON.stringify(figures, null, 2)}\n`);
}

/** A generated part of a Markdown file: the whole file, or the text between `<!-- name:start -->` and `<!-- name:end -->`. */
export interface GeneratedMarkdown {
  file: string;
  markers?: string;
  text: string;
}

/** The file's text with the generated part put in. */
export function withGenerated(current: string, part: GeneratedMarkdown): string {
  if (part.markers === undefined) return part.text;
  const start = `<!-- ${part.markers}:start -->`;
  const end = `<!-- ${part.markers}:end -->`;
  const from = current.indexOf(start);
  const to = current.indexOf(end);
  if (from < 0 || to < from) throw new Error(`${path.relative(REPO_ROOT, part.file)}: no ${start} … ${end} markers`);
  return `${current.slice(0, from + start.length)}\n${part.text}\n${current.slice(to)}`;
}

export async function updateMarkdown(part: GeneratedMarkdown): Promise<void> {
  const current = part.markers === undefined ? '' : await readFile(part.file, 'utf8');
  await writeFile(part.file, withGenerated(current, part));
}

export const fixed = (v: number | null, digits = 2): string => (v !== null && Number.isFinite(v) ? v.toFixed(digits) : '–');
export const percent = (v: number | null): string => (v !== null && Number.isFinite(v) ? `${(100 * v).toFixed(1)} %` : '–');

export function markdownTable(header: string[], rows: string[][]): string {
  return [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

/** NaN (no items to measure on) as null, the JSON form. */
export const measured = (v: number): number | null => (Number.isNaN(v) ? null : v);
