import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { allGeneratedMarkdown } from './all-figures';
import { withGenerated } from './figures';
import { REPO_ROOT } from './paths';

const parts = allGeneratedMarkdown().map((part) => ({
  ...part,
  name: `${path.relative(REPO_ROOT, part.file)}${part.markers ? ` (${part.markers})` : ''}`,
}));

describe('measured figures shown in the Markdown', () => {
  it.each(parts)('$name matches its JSON in models/ (`npm run figures` rewrites it)', async (part) => {
    const committed = await readFile(part.file, 'utf8');
    expect(committed).toBe(withGenerated(committed, part));
  });
});
