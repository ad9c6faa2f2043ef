/**
 * The figures one training run measured: models/mask-classifier/figures.json (schema: MaskClassifierFigures) and
 * the Markdown generated from it — CARD.md, and the short summary in README.md and models/README.md. Nothing in
 * any of them is typed by hand; `npm run figures` regenerates the Markdown from the JSON.
 */
import path from 'node:path';
import { CLASSIFIER_LABELS, type ClassifierLabel } from '../../src/logic/frame';
import type {
  ClassifierRate, MaskClassifierFigures, MaskEvaluationFigures, NotAFaceEffectFigures, PipelineFigures, ReliabilityFigures,
} from '../../src/logic/measured-figures';
import { MASK_LABELS } from '../../src/logic/frame';
import { FIGURE_FILES, markdownTable as table, percent as pct, updateMarkdown, writeFigures, type GeneratedMarkdown } from '../lib/figures';
import { REPO_ROOT } from '../lib/paths';
import { NOT_A_FACE_MIN_PROBABILITY } from '../../src/ml/mask-classifier';
import { REAL_FACE_SOURCES, SOURCES, type SourceName } from './dataset';

type Evaluation = MaskEvaluationFigures;
type TrainingFigures = MaskClassifierFigures;

/** Writes figures.json, then every Markdown part generated from it. */
export async function writeClassifierFigures(figures: MaskClassifierFigures): Promise<void> {
  await writeFigures(FIGURE_FILES.maskClassifier, figures);
  for (const part of classifierMarkdown(figures)) await updateMarkdown(part);
}

/** "93.2 % [90.1–95.4] (n=155)": value, Wilson 95 % interval, sample size. */
function withInterval(r: ClassifierRate): string {
  if (r.value === null || r.low === null || r.high === null) return `– (n=${r.n})`;
  return `${pct(r.value)} [${(100 * r.low).toFixed(1)}–${(100 * r.high).toFixed(1)}] (n=${r.n})`;
}

/** "83.2 % → 84.9 % (+1.7 pts)". */
function share(m: MaskClassifierFigures['maskedShare']['test']): string {
  return `${pct(m.true.value)} → ${pct(m.estimated.value)} (${points(m.errorPoints)})`;
}

/** "+1.7 pts": an error in percentage points, signed. */
function points(v: number): string {
  return `${v > 0 ? '+' : ''}${v.toFixed(1)} pts`;
}

function confusion(e: Evaluation): string {
  // Only the classes that occur or were predicted, so a three-class source does not show empty rows.
  const used = e.confusion.labels.map((l, i) => ({ l, i })).filter(({ l }) => e.perClass[l as ClassifierLabel] !== undefined);
  const width = Math.max(...used.map(({ l }) => l.length)) + 2;
  const cell = (s: string | number): string => String(s).padStart(width);
  const header = `${'true \\ predicted'.padEnd(width + 6)}${used.map(({ l }) => cell(l)).join('')}`;
  const rows = used.map(({ l, i }) => `${l.padEnd(width + 6)}${used.map(({ i: j }) => cell(e.confusion.counts[i][j])).join('')}`);
  return ['```', header, ...rows, '```'].join('\n');
}

function figuresOf(e: Evaluation): string {
  const rows = (Object.keys(e.perClass) as ClassifierLabel[]).sort((a, b) => CLASSIFIER_LABELS.indexOf(a) - CLASSIFIER_LABELS.indexOf(b))
    .map((l) => {
      const c = e.perClass[l];
      return c ? [l, String(c.n), withInterval(c.precision), withInterval(c.recall)] : [];
    });
  return `**${e.name}** — n=${e.n}, accuracy **${withInterval(e.accuracy)}**\n\n` +
    `${table(['class', 'n', 'precision [95 % interval] (n predicted)', 'recall [95 % interval] (n)'], rows)}\n\n${confusion(e)}`;
}

/** "+1.7 pts", or "–" when not measurable. */
function maybePoints(v: number | null): string {
  return v === null ? '–' : points(v);
}

/** One row per (real set, class) of the page's pipeline: found, right (unknown = wrong), unknown. */
function pipelineRows(bySet: Record<string, PipelineFigures>): string[][] {
  return Object.entries(bySet).flatMap(([set, f]) => MASK_LABELS.map((l) => {
    const c = f.perClass[l];
    return [set, l, String(c.n), withInterval(c.detected), withInterval(c.right), withInterval(c.unknown)];
  }));
}

function pipelineShareRows(bySet: Record<string, PipelineFigures>): string[][] {
  return Object.entries(bySet).map(([set, f]) => [set, String(f.photos), withInterval(f.unknownShare), withInterval(f.countedUnknown),
    withInterval(f.maskedShare.true), withInterval(f.maskedShare.estimated), maybePoints(f.maskedShare.errorPoints)]);
}

/** A reliability diagram as a table: per confidence bin, n, mean stated confidence, share right. */
function reliabilityTable(r: ReliabilityFigures): string {
  return table(['confidence', 'n', 'stated', 'right', 'gap'], r.bins.filter((b) => b.n > 0).map((b) => [
    `${b.from.toFixed(1)}–${b.to.toFixed(1)}`, String(b.n), pct(b.confidence), pct(b.accuracy),
    b.confidence === null || b.accuracy === null ? '–' : points(100 * (b.accuracy - b.confidence)),
  ]));
}

/** The test rows of the page as it runs (with abstention), leaving out each set's "every face guessed" twin. */
function abstainingTestRows(p: TrainingFigures['pipeline']): [string, PipelineFigures][] {
  return Object.entries(p.bySplit.test).filter(([set]) => !set.includes('guessed'));
}

/** "Unknown instead of a guess": issue 27's figures, from figures.json. */
function abstentionMarkdown(r: TrainingFigures): string {
  const p = r.pipeline;
  const c = r.calibration;
  const sweepSets = Object.keys(p.sweep.rows[0]?.perSet ?? {});
  return `## Unknown instead of a guess: the page's pipeline on real photos (issue 27)
A face whose calibrated probability (below) is under **${p.minProbability}** (\`FACE_MIN_PROBABILITY\`, src/logic/abstention.ts) is
\`unknown\`: never counted as masked or bare. Measured through the page's own code in Node on both real sets' photos
(detector at ${r.pageMinScore}, \`MaskClassifier.classify\`, the not-a-face filter, then the threshold; ${p.rule}).
"found" is the detection recall; "right" is over the faces found, an unknown answer counting as wrong. The rows
"every face guessed" are the same faces with no abstention (the page before issue 27).

**test photos (never trained on, split by photo)**

${table(['set', 'class', 'n', 'found', 'right (unknown = wrong)', 'unknown'], pipelineRows(p.bySplit.test))}

${table(['set', 'photos', 'unknown, faces found', 'unknown, every counted detection', 'masked share, true', 'page (known answers)', 'error'], pipelineShareRows(p.bySplit.test))}

**validation photos** (chose the threshold)

${table(['set', 'class', 'n', 'found', 'right (unknown = wrong)', 'unknown'], pipelineRows(p.bySplit.validation))}

${table(['set', 'photos', 'unknown, faces found', 'unknown, every counted detection', 'masked share, true', 'page (known answers)', 'error'], pipelineShareRows(p.bySplit.validation))}

**The threshold, chosen for the masked share, not for accuracy.** On the ${p.sweep.on} photos, each threshold's
masked-share error per set and the share of found faces it leaves unknown; the best is the smallest worst-set
error with at most ${pct(p.sweep.maxUnknownShare)} unknown: **${p.sweep.best}** (the page uses ${p.minProbability}).

${table(['threshold', 'unknown (faces found, both sets)', ...sweepSets.map((set) => `${set} error`), ...sweepSets.map((set) => `${set} unknown, every counted detection`)],
    p.sweep.rows.map((row) => [String(row.minProbability), withInterval(row.unknownShare),
      ...sweepSets.map((set) => maybePoints(row.perSet[set].errorPoints)), ...sweepSets.map((set) => pct(row.perSet[set].countedUnknown.value))]))}

## Calibration
Temperature scaling: the logits are divided by **T = ${c.temperature.toFixed(3)}** before the softmax (model.json's
\`temperature\`, src/ml/mask-cnn.ts \`maskCnnProbabilities\`), T fitted by minimising the negative log-likelihood on
the ${c.fittedOn}. One parameter: the answers (argmax) do not change, the stated probabilities do; the not-a-face
rule (${NOT_A_FACE_MIN_PROBABILITY}) now reads a calibrated probability. Expected calibration error (10 equal bins, the
probability of \`decide\`'s answer against right or wrong: for a mask class its probability given that the crop is a face),
before (T = 1) → after:

${table(['set', 'n', 'ECE before', 'ECE after'], [['validation (fitted here)', String(c.validation.after.n), c.validation.before.ece.toFixed(4), c.validation.after.ece.toFixed(4)],
    ...Object.entries(c.validationBySource).map(([source, x]) => [`validation: ${source}`, String(x.after.n), x.before.ece.toFixed(4), x.after.ece.toFixed(4)]),
    ...Object.entries(c.test).map(([source, x]) => [`test: ${source}`, String(x.after.n), x.before.ece.toFixed(4), x.after.ece.toFixed(4)])])}

Reliability diagram, test faces of real photos (after calibration; "gap" = right − stated):

${Object.entries(c.test).map(([source, x]) => `**${source}** (n=${x.after.n}, ECE ${x.after.ece.toFixed(4)})\n\n${reliabilityTable(x.after)}`).join('\n\n')}

Reliability of what the page states, test photos: the faces ≥ 24 px its pipeline found (the faces of "Unknown instead
of a guess" above), the probability of its mask answer before abstention. The faces the detector missed are left out:
the page states nothing about them.

${abstainingTestRows(p).map(([set, f]) =>
    `**${set}, faces found** (n=${f.reliability.n}, ECE ${f.reliability.ece.toFixed(4)})\n\n${reliabilityTable(f.reliability)}`).join('\n\n')}
`;
}

/** The label audit's paragraph and table (scripts/train/label-corrections.json). */
function auditMarkdown(a: TrainingFigures['labelAudit']): string {
  if (!a) {
    return `**Label audit.** Not applied to these weights: they were trained, calibrated and their "unknown" threshold chosen on
the real faces' labels as annotated, before the label audit of \`scripts/train/label-corrections.json\` (see README, "Mask
classifier"), which the next \`npm run train\` applies.`;
  }
  return `**Label audit.** Looked at: ${a.audited}. Where the annotation was clearly wrong the face is relabelled, where
its mask cannot be judged at all (a few pixels, or nose and mouth hidden) it is left out of training and validation;
each with its reason in \`scripts/train/label-corrections.json\`, which training reads and whose loader refuses any face
on a test photo (so the test figures are of the annotators' labels). The rest stay as annotated: the annotation right
(the model's error) or ambiguous (a mask on the chin is mask_incorrect for some annotators, without_mask for others).

${table(['real set', 'errors looked at', 'annotation right', 'ambiguous', 'unjudgeable', 'relabelled'], a.bySource.map((b) =>
    [b.source, String(b.errors), String(b.annotationRight), String(b.ambiguous), String(b.unjudgeable),
      b.relabelled.length === 0 ? '0' : b.relabelled.map((k) => `${k.count} ${k.from} → ${k.to}`).join(', ')]))}`;
}

function detectionRows(effects: NotAFaceEffectFigures[]): string[][] {
  return effects.flatMap((d) => [
    [d.rule, 'every detection', String(d.before.faces), withInterval(d.before.recall), withInterval(d.before.precision)],
    [d.rule, '"not a face" dropped', String(d.after.faces), withInterval(d.after.recall), withInterval(d.after.precision)],
  ]);
}

/** CARD.md, all of it, from the figures. */
function cardMarkdown(r: TrainingFigures): GeneratedMarkdown {
  const byName = (name: string): Evaluation | undefined => r.evaluations.find((x) => x.name === name);
  const heldOut = r.evaluations.filter((e) => e.name.startsWith('held out: '));
  const slices = r.evaluations.filter((e) => !e.name.startsWith('held out: ') && !e.name.startsWith('validation'));
  const validation = r.evaluations.find((e) => e.name.startsWith('validation'));
  const real = byName('held out: realScenes');
  const count = (source: SourceName, label: ClassifierLabel, split?: string): number =>
    r.splitCounts.filter((c) => c.source === source && (split === undefined || c.split === split)).reduce((n, c) => n + c[label], 0);
  const recallOf = (e: Evaluation | undefined, l: ClassifierLabel): string => {
    const c = e?.perClass[l];
    return c && c.n > 0 ? withInterval(c.recall) : '–';
  };
  const text = `# Mask classifier — model card

${r.provenance === null ? `Generated by \`npm run train${!r.fineTunedFrom ? '' : ` -- --fine-tune-from ${r.fineTunedFrom.commit} --epochs ${r.epochs}`}\` (scripts/train/train.mts, seed ${r.seed}) together with \`figures.json\` (the same
figures, for the page and the README); every figure below was measured by that run. Re-running it reproduces the
weights: same seed, same splits, same order${!r.fineTunedFrom ? '' : `, same start: the classifier committed at ${r.fineTunedFrom.commit}
(weights.bin sha256 ${r.fineTunedFrom.weightsSha256}), itself trained from seeded random weights by \`npm run train\`
as that commit's card says`}.` : `**These weights were not trained by the current \`npm run train\`.** ${r.provenance} Every figure below was
measured on them by \`npm run train -- --evaluate-only\` (scripts/train/train.mts), which also wrote \`figures.json\` (the
same figures, for the page and the README); the data, splits and crops described are the current script's.`}

## What it does
For each face the detector finds, one of \`with_mask\`, \`without_mask\`, \`mask_incorrect\` (nose or chin uncovered)
— or \`not_a_face\`: the detection is no face (a bag, a sign, foliage), and the pipeline (src/ml/pipeline.ts) drops
it before tracking and counting — with its probability. "Not a face" is answered only from a probability of
${NOT_A_FACE_MIN_PROBABILITY} up (\`decide\` in src/ml/mask-classifier.ts), otherwise the likeliest mask class: an argmax dropped
small, blurred real faces. Every figure below uses that rule. Input: a ${r.topology.inputSize}×${r.topology.inputSize} RGB crop cut by
\`src/ml/face-crop.ts\`: a square of the detector box's longer side + ${r.crop.margin * 100} % per side, centred between the eyes and
${r.crop.eyesToCentre} of the box height below them (the median measured on the training faces was ${r.measuredEyesToCentre?.toFixed(3) ?? '–'}); no roll
correction. All faces of a frame go through \`tf.image.cropAndResize\` in one batch (src/ml/mask-classifier.ts).

Network (src/ml/mask-cnn.ts, tfjs-core ops only, no tfjs-layers or converter): 3×3 stride-2 convolution
(${r.topology.stem} channels), ${r.topology.blocks.length} depthwise-separable blocks (${r.topology.blocks.map((b) => `${b.filters}${b.stride === 2 ? '/2' : ''}`).join(', ')}),
global average pooling, dense layer to ${r.topology.labels.length} classes. ${r.parameters.toLocaleString('en')} parameters, ${(r.weightBytes / 1024).toFixed(0)} KiB of float32 weights.

## Headline: real faces the classifier never trained on
real_scenes test photos (${r.maskedShare.test.photos} photos; split by photo with scripts/lib/real-scenes.ts, the split \`eval:detect\`
uses), faces cut from the detector's box where it found the face, else from the annotated box:

${table(['class', 'recall [95 % interval] (n)'], (['with_mask', 'without_mask', 'mask_incorrect'] as const).map((l) => [l, recallOf(real, l)]))}

Accuracy ${real ? withInterval(real.accuracy) : '–'}. Issue 13's bar: with_mask and without_mask recall ≥ 95 %, accuracy
≥ 97 % on with/without, mask_incorrect recall ≥ 60 % on real faces — read the intervals: ${count('realScenes', 'mask_incorrect', 'test')}
real incorrectly worn test faces cannot pin a recall down.

Masked share behind the page's detector (YuNet at ${r.pageMinScore}), counted as \`eval:detect\` counts it (with_mask over the
annotated faces ≥ 24 px, true; with_mask over the detections this classifier keeps, false positives included,
estimated), but here in Node on the training's cached detections: \`eval:detect\` runs the page in Chromium, whose
image decoding and resizing differ slightly, so its figures (models/README.md) may differ by a face or two:

${table(['real_scenes split', 'photos', 'true', 'estimated', 'error', 'without the not-a-face filter'],
    (['validation', 'test'] as const).map((split) => {
      const m = r.maskedShare[split];
      return [split, String(m.photos), withInterval(m.true), withInterval(m.estimated), points(m.errorPoints),
        `${withInterval(m.estimatedWithoutFilter)}, ${points(m.errorPointsWithoutFilter)}`];
    }))}

Where the error comes from: the detector's misses (the true share of the faces it found differs from all faces'),
the classifier on those faces, and the detector's false positives (detections on no annotated face, many of
them real faces nobody boxed), which the estimate counts with whatever class they get:

${table(['real_scenes split', 'true, all faces', 'true, faces found', 'classifier on faces found', 'false positives'],
    (['validation', 'test'] as const).map((split) => {
      const m = r.maskedShare[split];
      return [split, pct(m.true.value), pct(m.found.true.value), `${withInterval(m.found.estimated)}, ${points(100 * ((m.found.estimated.value ?? 0) - (m.found.true.value ?? 0)))}`,
        String(m.falsePositives)];
    }))}

${abstentionMarkdown(r)}
## What "not a face" does to detection (real_scenes photos never trained on)
The detector's faces on whole photos (${r.detector}), matched to the annotated faces with src/logic/detection-metrics.ts:

**validation split** (${r.notAFace.validation[0]?.photos ?? 0} photos)

${table(['match rule', 'detections', 'faces', 'recall', 'precision'], detectionRows(r.notAFace.validation))}

**test split** (${r.notAFace.test[0]?.photos ?? 0} photos)

${table(['match rule', 'detections', 'faces', 'recall', 'precision'], detectionRows(r.notAFace.test))}

Some "false positives" are faces the annotators left out (the real_scenes README warns of it); dropping those
lowers nothing real but counts as a precision gain here, and training on them as "not a face" is label noise.

## Data and splits
Read \`../shared/data/README.md\`, \`masks_v2/README.md\` and \`real_scenes/README.md\` for the sources. Splits are by
source, then by original photo or identity, never by image (dataset.ts, backgrounds.ts):

${table(['source', 'what'], (Object.keys(SOURCES) as SourceName[]).map((s) => [s, SOURCES[s]]))}

- **Trained on:** chandrikadeb7 and masks_v2's MaskedFace-Net subset (15 % of their groups, by a hash of the group
  name, are validation), real_scenes train photos (70 %), and "not a face" crops from those photos and the
  composites. real_scenes validation photos (15 %) join the validation set, which picks the epoch
  (${r.selection}).
- **Held out (never trained on):** real_scenes test photos (15 %) — real faces, most of them small, blurred or
  partly hidden — and its "not a face" crops; prajnasb (synthetic masks pasted on other photos; almost only
  with_mask); masks/'s MaskedFace-Net subset (whole aligned synthetic faces). scenes_v2, the held-out real set
  before this issue, is part of real_scenes: its photos now fall in whichever split their name gives (slice below).
- \`mask_incorrect\`: ${count('maskedFaceNet', 'mask_incorrect')} synthetic MaskedFace-Net faces (one blue surgical mask pasted low) and
  ${count('realScenes', 'mask_incorrect')} real ones (${count('realScenes', 'mask_incorrect', 'train')} train, ${count('realScenes', 'mask_incorrect', 'validation')} validation, ${count('realScenes', 'mask_incorrect', 'test')} test).

${table(['source', 'split', ...CLASSIFIER_LABELS], r.splitCounts.map((c) => [c.source, c.split, ...CLASSIFIER_LABELS.map((l) => String(c[l]))]))}

Left out: ${r.exclusions.map((e) => `${e.count} ${e.reason}`).join('; ')}. Not checked: the few real_scenes photos
that are also in chandrikadeb7's set (real_scenes README) may sit on both sides of the split.

${auditMarkdown(r.labelAudit)}

**Crops.** Cut by the page's own code (src/ml/face-crop.ts through cropFaces) from the page's own detector
(\`${r.detector}\`, scripts/train/face-boxes.ts: the one function to change when the detector changes) run on each
data-set crop padded with black, and on each whole real photo. When it finds no face (faces filling the whole
image, half faces, tiny faces), the annotation stands in, without keypoints (crop centred on the box). How often:

${table(['source', 'samples', 'detector missed → annotated box'], r.fallbackBySource.map((f) =>
    [f.source, String(f.n), `${f.fallback} (${pct(f.fallback / Math.max(1, f.n))})`]))}

"Not a face": every detection on a real_scenes photo or a composite that lies on no annotated face, plus random
square patches (16–160 px) clear of every face, and up to two patches per photo just below a face (neck, shoulders,
clothing: the background a detector most often takes for a face).

Training adds, per sample, a jittered crop (±8 % shift, 0.88–1.12 scale), a looser one (1.1–1.8 scale) and a
crop of the face shrunk to 14–36 px first, plus random flips, contrast/brightness and colour shifts, and for some
crops a blur or pixel noise. Per epoch, each real_scenes face is shown ${r.repeats.realScenes}× (a real bare one
${r.repeats.realScenesWithoutMask}×, a real incorrectly worn one ${r.repeats.realScenesMaskIncorrect}×), every other sample once; classes are then weighted
${r.classWeights.map((w, i) => `${r.topology.labels[i]} ×${w.toFixed(2)}`).join(', ')} (per-epoch counts ${r.classCounts.join(' / ')}).

## Results on every held-out source
Precision and recall with Wilson 95 % intervals; the confusion matrix rows are true classes.

${table(['held-out source', 'n', 'accuracy', ...CLASSIFIER_LABELS.map((l) => `${l} recall`)], heldOut.map((e) => [
    e.name.replace('held out: ', ''), String(e.n), withInterval(e.accuracy), ...CLASSIFIER_LABELS.map((l) => recallOf(e, l))]))}

${heldOut.map(figuresOf).join('\n\n')}

${validation ? figuresOf(validation) : ''}

## Known failure cases — what was measured and what was not
${table(['slice', 'n', 'accuracy', 'with_mask recall', 'without_mask recall', 'mask_incorrect recall'], slices.map((e) =>
    [e.name, String(e.n), withInterval(e.accuracy), recallOf(e, 'with_mask'), recallOf(e, 'without_mask'), recallOf(e, 'mask_incorrect')]))}

- **Small faces** (measured above): a ${r.topology.inputSize}-px crop of a 15-px face is mostly blur.
- **Framing** (measured above, "whole image as the face crop"): the classifier expects the page's crop (the
  detector's box + 15 %, centred below the eyes). A looser frame — e.g. a whole MaskedFace-Net image, where the
  face fills about half of the picture — can change the answer. \`eval:masks\` on such images measures this
  framing, not the page.
- **Dark crops** (measured above: the darkest third of real held-out crops by mean brightness). This is lighting
  and background, **not skin tone**: none of these data sets labels skin tone, so **accuracy across skin tones was
  not measured**.
- **Incorrectly worn masks:** ${count('realScenes', 'mask_incorrect')} real examples in all; the test figure rests on ${count('realScenes', 'mask_incorrect', 'test')} faces.
- **Hand over the mouth, scarf, beard, profile faces:** no labelled examples, **not measured**. A scarf or hand
  gets whichever label it resembles; a dense beard may read as a dark mask.
- **Not a face:** learnt from this detector's false positives and random patches; a false positive of another
  kind (another detector, another place) may pass. A face may be called not a face: see the not_a_face column of
  the real confusion matrix — such a face is then not counted at all.
- **Label noise:** some real_scenes boxes are loose or miss a face; a few chandrikadeb7 without_mask webcam
  frames show a mask (data README).

## Training
${r.provenance !== null ? `Not by this script (see the top of the card). What \`npm run train\` does now: ` : ''}${!r.fineTunedFrom ? '' : `Started from the classifier committed at ${r.fineTunedFrom.commit} (its output bias given the class weights'
shift back), not from random weights: `}${r.epochs} epochs of ${r.batch}, Adam (learning rate ${r.learningRate}, cosine decay to 5 %), dropout ${r.dropout} before the dense layer,
kept the weights of the epoch with the ${r.selection}, then took the class weights' shift back out of the output
bias (prior correction: bias − log(class weight)).${r.provenance !== null ? '' : ` Kept epoch ${r.bestEpoch}. Training time ${(r.trainingSeconds / 60).toFixed(1)} min (whole script
${(r.totalSeconds / 60).toFixed(1)} min including cached steps) on ${r.cpu}, tfjs WASM backend in Node, one thread, shared
with other work.`}

${r.history.length === 0 ? '' : table(['epoch', 'loss', 'validation accuracy', 'validation score', 'minutes'], r.history.map((h) =>
    [String(h.epoch), h.loss.toFixed(4), pct(h.validationAccuracy), pct(h.validationScore), (h.seconds / 60).toFixed(1)]))}

Speed: ${r.nodeMsPerFace.toFixed(3)} ms per face in Node (WASM, one thread, 16 faces in one batch, crop included).
In the page: \`npm run eval:masks -- DIR\` prints \`msPerFace\` measured in headless Chromium.

## Use and limits
Counts per class only; the page never attaches a label to an image of a person. Research and education: the
training data mixes MIT, CC0, unlicensed and CC BY-NC-SA (MaskedFace-Net) sources — see the data README before
any other use.
`;
  return { file: path.join(path.dirname(FIGURE_FILES.maskClassifier), 'CARD.md'), text };
}

/** The short version for README.md and models/README.md: per-class recall on every held-out source, and the filter. */
function summary(r: TrainingFigures): string {
  const recall = (e: Evaluation | undefined, l: ClassifierLabel): string => {
    const c = e?.perClass[l];
    return c && c.n > 0 ? withInterval(c.recall) : '–';
  };
  const heldOut = r.evaluations.filter((e) => e.name.startsWith('held out: '));
  const iou = r.notAFace.validation[0];
  return `Measured by \`npm run train\` (figures in \`models/mask-classifier/figures.json\`, details in the card); crops cut by
the detector \`${r.detector}\`. Recall with Wilson 95 % intervals and n, on sources never trained on:

${table(['held-out source', 'accuracy', ...CLASSIFIER_LABELS.map((l) => `${l} recall`)], heldOut.map((e) =>
    [e.name.replace('held out: ', ''), withInterval(e.accuracy), ...CLASSIFIER_LABELS.map((l) => recall(e, l))]))}

realScenes = real photos of streets and shops (real_scenes test split, by photo); background = detections on no
face and background patches in those photos.${iou ? ` Dropping what the classifier calls not a face, on the real_scenes
validation photos (page threshold ${r.pageMinScore}, ${iou.rule}): detection precision ${withInterval(iou.before.precision)} →
${withInterval(iou.after.precision)}, recall ${withInterval(iou.before.recall)} → ${withInterval(iou.after.recall)}.` : ''} Masked share
behind the detector (counted as \`eval:detect\` counts it, in Node: Chromium's \`eval:detect\` may differ by a face or two), true → estimated: real_scenes validation ${share(r.maskedShare.validation)}, test
${share(r.maskedShare.test)}.

${abstentionSummary(r)}`;
}

/** Issue 27's figures in short: test photos of both real sets, through the page's pipeline, with abstention. */
function abstentionSummary(r: TrainingFigures): string {
  const p = r.pipeline;
  return `**Unknown instead of a guess** (faces under a calibrated probability of ${p.minProbability} are \`unknown\`, counted under no
class; temperature ${r.calibration.temperature.toFixed(2)} fitted on validation). Test photos, faces ≥ 24 px found by the page's
pipeline, labelled right (unknown = wrong), with the share left unknown, the masked share, and the expected calibration
error of the probability the page states for these faces (before abstention) and, beside it, of every annotated
test face of the set, the ones the detector missed included (cut from the annotated box; "Calibration" in the card):

${table(['set', 'with_mask right', 'without_mask right', 'mask_incorrect right', 'unknown', 'masked share true → page', 'ECE, these faces',
    'ECE, every test face'], abstainingTestRows(p).map(([set, f]) => {
    const source = Object.entries(REAL_FACE_SOURCES).find(([, s]) => s === set)?.[0];
    const everyFace = source ? r.calibration.test[source]?.after : undefined;
    return [set, ...MASK_LABELS.map((l) => withInterval(f.perClass[l].right)), withInterval(f.unknownShare),
      `${pct(f.maskedShare.true.value)} → ${pct(f.maskedShare.estimated.value)} (${maybePoints(f.maskedShare.errorPoints)})`,
      `${f.reliability.ece.toFixed(3)} (n=${f.reliability.n})`, everyFace ? `${everyFace.ece.toFixed(3)} (n=${everyFace.n})` : '–'];
  }))}`;
}

/** Every Markdown part generated from the classifier's figures. */
export function classifierMarkdown(r: TrainingFigures): GeneratedMarkdown[] {
  const files = `${table(['file', 'sha256'], r.files.map((f) => [`\`mask-classifier/${f.name}\``, `\`${f.sha256}\``]))}\n\n`;
  return [
    cardMarkdown(r),
    { file: path.join(REPO_ROOT, 'models', 'README.md'), markers: 'mask-classifier', text: `${files}${summary(r)}` },
    { file: path.join(REPO_ROOT, 'README.md'), markers: 'mask-classifier', text: summary(r) },
  ];
}
