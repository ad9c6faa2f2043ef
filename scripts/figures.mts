/**
 * npm run figures
 *
 * Rewrites the Markdown made from the measured-figures files (models/README.md's detection tables, the mask model
 * card, README.md's head-shake table) without measuring anything: after changing how a table is written, or to
 * check (`git diff`) that the committed text matches its JSON. The measuring commands write both themselves.
 */
import path from 'node:path';
import { allGeneratedMarkdown } from './all-figures.ts';
import { updateMarkdown } from './lib/figures.ts';
import { REPO_ROOT } from './lib/paths.ts';

for (const part of allGeneratedMarkdown()) {
  await updateMarkdown(part);
  console.log(`wrote ${path.relative(REPO_ROOT, part.file)}${part.markers ? ` (${part.markers})` : ''}`);
}
