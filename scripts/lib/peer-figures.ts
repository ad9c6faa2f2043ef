/** The peer comparison tables of models/README.md and README.md, generated from models/peer-figures.json (npm run eval:peer). */
import path from 'node:path';
import { MASK_LABELS } from '../../src/logic/frame.ts';
import type { ClassifierRate, PeerFigures } from '../../src/logic/measured-figures.ts';
import { fixed, type GeneratedMarkdown } from './figures.ts';
import { REPO_ROOT } from './paths.ts';

const withInterval = (r: ClassifierRate): string => `${fixed(r.value)} [${fixed(r.low)}–${fixed(r.high)}] (${r.k}/${r.n})`;

function peerLines(f: PeerFigures): string[] {
  return [
    `Measured by \`npm run eval:peer -- --model-dir DIR\` (${f.measuredOn}; DIR: the \`models/\` folder of ${f.peer.source.split(' ')[0]}, ` +
      `${f.peer.license}, not shipped here): ${f.peer.name}, run with ${f.peer.runtime} as its own opencv_dnn_infer.py runs it — ` +
      `RGB scaled to 0–1, ${f.peer.inputSize}×${f.peer.inputSize} input, score > ${f.peer.minScore}, NMS at IoU ${f.peer.nmsIou} (its defaults). ` +
      `The faces compared: the annotated faces ≥ ${f.minFaceHeight} px of each test split (by photo) that the page's pipeline found ` +
      `(detector ≥ ${f.pageMinScore}, the committed classifier, not-a-face filter, abstention below ${f.pageMinProbability}; matched by ` +
      `${f.pageRule}). AIZOO's faces are matched to the same annotated boxes by ${f.peerRule} (found by ${'centres inside each other'} beside it). ` +
      'The page is right when it gives the annotated class (unknown counts as wrong). AIZOO has two classes, Mask and NoMask: it is right ' +
      'on with_mask when it says Mask, and on without_mask and mask_incorrect when it says NoMask (a mask below the nose is what a mask ' +
      'camera should flag, and the page\'s masked share counts only with_mask); "says Mask" shows how it labels each class. AIZOO\'s ' +
      'right is over the faces it found; the last column is the page on those same faces. Brackets: 95 % Wilson interval (k/n). ' +
      `Load average ${f.loadAverage.join(' then ')} (2 cores, shared).`,
    '',
    '| set (test photos) | class | faces the page found | page right | page unknown | AIZOO found (IoU ≥ 0.5) | AIZOO found (centres) | AIZOO right | AIZOO says Mask | page right where AIZOO found |',
    '|---|---|---|---|---|---|---|---|---|---|',
    ...f.sets.flatMap((s) => MASK_LABELS.map((l) => {
      const c = s.perClass[l];
      return `| ${s.set} ${s.split} (${s.photos}) | ${l} | ${c.n} | ${withInterval(c.page.right)} | ${fixed(c.page.unknown.value)} | ` +
        `${withInterval(c.peer.found)} | ${fixed(c.peer.foundByCentre.value)} | ${withInterval(c.peer.right)} | ${fixed(c.peer.masked.value)} | ` +
        `${withInterval(c.page.rightWherePeerFound)} |`;
    })),
    '',
    `Issue 27's bar, no class below AIZOO on the same faces: ${belowPeer(f)}.`,
  ];
}

/** The classes where the page's right share is below AIZOO's, per set, or that none is. */
function belowPeer(f: PeerFigures): string {
  const below = f.sets.flatMap((s) => MASK_LABELS.flatMap((l) => {
    const { page, peer } = s.perClass[l];
    if (page.right.value === null || peer.right.value === null || page.right.value >= peer.right.value) return [];
    return [`${s.set} ${l} (${fixed(page.right.value)} against ${fixed(peer.right.value)})`];
  }));
  return below.length === 0 ? 'met, every class at or above it' : `not met, the page is below it on ${below.join(', ')}`;
}

export function peerMarkdown(f: PeerFigures): GeneratedMarkdown[] {
  const text = peerLines(f).join('\n');
  return [
    { file: path.join(REPO_ROOT, 'models', 'README.md'), markers: 'eval:peer', text },
    { file: path.join(REPO_ROOT, 'README.md'), markers: 'peer-comparison', text },
  ];
}
