import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FACE_MIN_PROBABILITY } from '../src/logic/abstention';
import { MASK_LABELS } from '../src/logic/frame';
import type { MaskClassifierFigures, PeerFigures, PerformanceFigures } from '../src/logic/measured-figures';
import { allGeneratedMarkdown } from './all-figures';
import { FIGURE_FILES, withGenerated } from './lib/figures';
import { REPO_ROOT } from './lib/paths';

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

describe('the mask classifier figures and the constants the page runs with', () => {
  it('measured the abstention threshold the page uses, and the temperature model.json holds', async () => {
    const figures = JSON.parse(await readFile(path.join(REPO_ROOT, 'models', 'mask-classifier', 'figures.json'), 'utf8')) as MaskClassifierFigures;
    const model = JSON.parse(await readFile(path.join(REPO_ROOT, 'models', 'mask-classifier', 'model.json'), 'utf8')) as
      { modelTopology: { temperature?: number } };
    expect(figures.pipeline.minProbability).toBe(FACE_MIN_PROBABILITY);
    // The constant is the sweep's choice on validation: retrained weights that choose another must move it.
    expect(figures.pipeline.sweep.best).toBe(FACE_MIN_PROBABILITY);
    expect(model.modelTopology.temperature).toBe(figures.calibration.temperature);
  });
});

describe('the peer comparison and the classifier it compares', () => {
  it('judged the page with its threshold and the committed weights: the same faces and answers as the card (re-run eval:peer after training)', async () => {
    const peer = JSON.parse(await readFile(FIGURE_FILES.peer, 'utf8')) as PeerFigures;
    const classifier = JSON.parse(await readFile(FIGURE_FILES.maskClassifier, 'utf8')) as MaskClassifierFigures;
    expect(peer.pageMinProbability).toBe(FACE_MIN_PROBABILITY);
    for (const { set, split, perClass } of peer.sets) {
      const card = classifier.pipeline.bySplit[split as 'test'][set];
      for (const l of MASK_LABELS) {
        expect({ set, l, n: perClass[l].n, right: perClass[l].page.right.k })
          .toEqual({ set, l, n: card.perClass[l].right.n, right: card.perClass[l].right.k });
      }
    }
  });
});

describe('the performance figures and what the page says it runs', () => {
  it('were measured on the backend the footer names: WASM with SIMD, a thread per core (the bench page is isolated)', async () => {
    const figures = JSON.parse(await readFile(FIGURE_FILES.performance, 'utf8')) as PerformanceFigures;
    expect(figures.backend).toMatchObject({ name: 'wasm', simd: true });
    expect(figures.backend.threads).toBe(figures.machine.cores);
    // The peers ran with the page's thread count, so the ratios compare like with like.
    expect(figures.peers.ortWeb.threads).toBe(figures.backend.threads);
    if (figures.peers.ortNode) expect(figures.peers.ortNode.threads).toBe(figures.backend.threads);
  });
});
