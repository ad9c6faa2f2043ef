/**
 * npm run eval:masks -- DIR [--json] [--backend wasm|webgl|cpu] [--batch 16]
 *
 * DIR holds one sub-folder per class (any of with_mask, without_mask, mask_incorrect), each image one face crop.
 * Runs the page's own classifier (headless Chromium, lab.html, the worker and FramePipeline), all crops of a
 * batch in one call like the faces of one frame, and prints the confusion matrix and per-class figures, then
 * exactly one JSON line: {"n","accuracy","perClass":{"with_mask":{"n","precision","recall"},…},"msPerFace"}.
 * A crop the classifier calls not_a_face counts as a miss of its class; not_a_face then appears in perClass
 * with n 0, like any class answered but absent from DIR.
 * msPerFace is the classifier's own time in the worker (crop, resize, network) divided by the faces, warm.
 * --json prints the JSON line only.
 */
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { classificationMetrics, formatConfusion } from '../src/eval/classification-metrics.ts';
import { CLASSIFIER_LABELS, MASK_LABELS, type ClassifierLabel, type MaskLabel } from '../src/logic/frame.ts';
import { round } from '../src/logic/stats.ts';
import { isBackendName } from '../src/ml/pipeline-types.ts';
import { openLab } from './lib/lab.ts';

const IMAGE = /\.(jpe?g|png|webp)$/i;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    json: { type: 'boolean', default: false },
    backend: { type: 'string' },
    batch: { type: 'string', default: '16' },
  },
});

function usage(message: string): never {
  console.error(`${message}\nusage: npm run eval:masks -- DIR [--json] [--backend wasm|webgl|cpu] [--batch 16]`);
  process.exit(2);
}

const [dir] = positionals;
if (!dir || positionals.length > 1) usage('give exactly one DIR');
if (values.backend !== undefined && !isBackendName(values.backend)) usage(`unknown backend ${values.backend}`);
const batchSize = Number(values.batch);
if (!Number.isInteger(batchSize) || batchSize < 1) usage(`bad --batch ${values.batch}`);

const examples: { file: string; label: MaskLabel }[] = [];
for (const label of MASK_LABELS) {
  const folder = path.join(dir, label);
  if (!existsSync(folder)) continue;
  for (const name of (await readdir(folder)).filter((n) => IMAGE.test(n)).sort()) {
    examples.push({ file: path.join(folder, name), label });
  }
}
if (examples.length === 0) usage(`no images in ${MASK_LABELS.map((l) => path.join(dir, l)).join(', ')}`);

const lab = await openLab({ backend: values.backend });
const predicted: ClassifierLabel[] = [];
let classifyMs = 0;
try {
  const classify = async (files: string[]): Promise<{ labels: ClassifierLabel[]; ms: number }> => {
    const images = await Promise.all(files.map(async (f) => (await readFile(f)).toString('base64')));
    const result = await lab.page.evaluate((b64) => window.headcountLab.classifyCrops(b64), images);
    return { labels: result.predictions.map((p) => p.label), ms: result.classifyMs };
  };
  // Warm-up (kernel set-up on the first call), not timed.
  await classify(examples.slice(0, batchSize).map((e) => e.file));
  for (let start = 0; start < examples.length; start += batchSize) {
    const { labels, ms } = await classify(examples.slice(start, start + batchSize).map((e) => e.file));
    predicted.push(...labels);
    classifyMs += ms;
  }
} finally {
  await lab.close();
}

const metrics = classificationMetrics(CLASSIFIER_LABELS, examples.map((e, i) => ({ actual: e.label, predicted: predicted[i] })));
/** A metric to 4 decimals; null where it is undefined (a class never predicted or absent). */
const metric = (v: number): number | null => (Number.isNaN(v) ? null : round(v, 4));
// Classes in DIR, and any other the classifier answered (its precision is then 0).
const present = CLASSIFIER_LABELS.filter((l) => metrics.perClass[l].n > 0 || predicted.includes(l));
if (!values.json) {
  console.log(`${examples.length} crops from ${dir}; backend ${lab.backend.name}\n`);
  console.log(formatConfusion(metrics));
  console.log('');
  for (const l of present) {
    const c = metrics.perClass[l];
    console.log(`${l.padEnd(16)} n=${String(c.n).padEnd(6)} precision ${metric(c.precision) ?? '–'}  recall ${metric(c.recall) ?? '–'}`);
  }
}
console.log(JSON.stringify({
  n: metrics.n,
  accuracy: metric(metrics.accuracy),
  perClass: Object.fromEntries(present.map((l) => [l, { n: metrics.perClass[l].n,
    precision: metric(metrics.perClass[l].precision), recall: metric(metrics.perClass[l].recall) }])),
  msPerFace: round(classifyMs / examples.length, 3),
}));
