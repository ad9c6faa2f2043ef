/** The detection tables of models/README.md, generated from models/detection-figures.json (npm run eval:detect). */
import path from 'node:path';
import type { DetectionFigures, DetectionRate, RecallSweepFigures, RecallSweepSetFigures } from '../../src/logic/measured-figures.ts';
import { fixed, type GeneratedMarkdown } from './figures.ts';
import { REPO_ROOT } from './paths.ts';

const withInterval = (r: DetectionRate): string => `${fixed(r.value)} [${fixed(r.low)}–${fixed(r.high)}] (${r.k}/${r.n})`;

/** Both detectors on the same photos (README "Compare detectors"). */
function comparisonLines(c: DetectionFigures['detectorComparison'], minFaceHeight: number): string[] {
  return [
    `**Compare detectors** (\`npm run eval:detect -- --compare-only\`, ${c.measuredOn}): ${c.set}, through the page's pipeline once per ` +
      `detector at its own settings, the same mask classifier after both; faces under ${minFaceHeight} px tall count neither way. Masked share: ` +
      'with_mask over the annotated faces ("true") and over what the page detected and labelled, false positives included and faces it calls unknown left out, as the Counter does ("estimated"). ' +
      'ms per image: median of the whole pipeline per photo, the two detectors one after the other in one run, with the machine\'s load ' +
      `average at ${c.loadAverage.join(' then ')} (2 cores): compare the two rows with each other, not with the speed tables.`,
    '',
    '| detector | score ≥ | with_mask recall | without_mask recall | mask_incorrect recall | precision (centres) | masked share true → estimated (error) | ms per image |',
    '|---|---|---|---|---|---|---|---|',
    ...c.detectors.map(({ detector, minScore, figures: s }) =>
      `| ${detector} | ${minScore} | ${withInterval(s.recallByClass.with_mask)} | ${withInterval(s.recallByClass.without_mask)} | ` +
      `${withInterval(s.recallByClass.mask_incorrect)} | ${withInterval(s.precision.centre)} | ` +
      `${fixed(s.maskedShare.true * 100, 1)} % → ${fixed(s.maskedShare.estimated * 100, 1)} % (${s.maskedShare.errorPoints > 0 ? '+' : ''}${fixed(s.maskedShare.errorPoints, 1)} pts) | ${fixed(s.msPerImage, 0)} |`),
  ];
}

const STAGE_NAMES: Record<string, string> = {
  notAFace: 'the not-a-face filter only, as on the page',
  maskedOnly: 'under the page\'s threshold, only what the classifier calls masked',
};
const signed = (v: number | null, digits: number): string => `${v !== null && v > 0 ? '+' : ''}${fixed(v, digits)}`;
const shareCell = (s: RecallSweepSetFigures): string =>
  `${fixed(pct(s.maskedShare.true), 1)} → ${fixed(pct(s.maskedShare.estimated), 1)} (${signed(s.maskedShare.errorPoints, 1)})`;
const pct = (v: number | null): number | null => (v === null ? null : v * 100);

/** The recall sweep, every set and split (models/README.md). */
function recallSweepLines(r: RecallSweepFigures, minFaceHeight: number): string[] {
  return [
    `**Recall sweep** (issue 27, item 4; \`npm run eval:detect -- --recall-sweep\`, ${r.measuredOn}): the page's detector run once per ` +
      `photo at score ≥ ${r.floor} and the mask classifier once per detection (Node, WASM, the page's modules); each row keeps the ` +
      `detections from its threshold up, then its second stage decides on those under the page's ${r.pageMinScore} ` +
      `(${Object.entries(STAGE_NAMES).map(([key, name]) => `${key}: ${name}`).join('; ')}). Recall: annotated ` +
      `faces ≥ ${minFaceHeight} px found by a kept detection (centre rule); gap: without_mask minus with_mask recall; FPs: kept detections ` +
      'on no annotated face, per photo (on real_scenes_more many are crowd faces nobody boxed, its README says); classified: boxes per ' +
      'photo the classifier looks at (its cost per frame grows with them); unknown: found faces under the abstention threshold; masked ' +
      'share: true → what the page would report (%, error in points).',
    '',
    '| second stage | score ≥ | set | with_mask | without_mask | mask_incorrect | gap | FPs / photo | classified / photo | unknown | masked share |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
    ...r.rows.flatMap(({ stage, minScore, sets }) => sets.map((s) =>
      `| ${stage} | ${minScore}${minScore === r.pageMinScore ? ' (page)' : ''} | ${s.name} | ${withInterval(s.recallByClass.with_mask)} | ` +
      `${withInterval(s.recallByClass.without_mask)} | ${withInterval(s.recallByClass.mask_incorrect)} | ${signed(s.recallGap, 3)} | ` +
      `${fixed(s.falsePositivesPerPhoto)} | ${fixed(s.classifiedPerPhoto, 1)} | ${fixed(pct(s.unknownShare.value), 1)} % | ${shareCell(s)} |`)),
  ];
}

export function detectionMarkdown(f: DetectionFigures): GeneratedMarkdown {
  const lines = [
    `Measured by \`npm run eval:detect\` (${f.measuredOn}) on this 2-core machine, backend ${f.backend}: YuNet at score ≥ ${f.minScore}. ` +
      `Faces under ${f.minFaceHeight} px tall are not required, and a detection on one counts neither way. Recall per class and ` +
      '"centres" figures: a detection and a face match when each box\'s centre lies inside the other; "IoU" figures: overlap ≥ 0.5 ' +
      '(the photos\' hand-drawn boxes are often looser or tighter than the detector\'s). Brackets: 95 % Wilson interval (found/faces).',
    '',
    '**Threshold** (validation split of real_scenes, the page\'s detector code in Node on WASM, one run at the lowest threshold, ' +
      'each row keeping the detections scoring at least its value):',
    '',
    '| score ≥ | with_mask recall | without_mask recall | mask_incorrect recall | precision (centres) | recall / precision (IoU ≥ 0.5) |',
    '|---|---|---|---|---|---|',
    ...f.thresholds.map(({ minScore, figures: t }) =>
      `| ${minScore}${minScore === f.minScore ? ' (kept)' : ''} | ${fixed(t.recallByClass.with_mask.value)} | ${fixed(t.recallByClass.without_mask.value)} | ` +
      `${fixed(t.recallByClass.mask_incorrect.value)} | ${fixed(t.precision.centre.value)} | ${fixed(t.recall.iou.value)} / ${fixed(t.precision.iou.value)} |`),
    '',
    '**At the page\'s threshold, through the page\'s pipeline** (detector and mask classifier, lab.html in headless Chromium). ' +
      'Masked share: with_mask over all faces ≥ 24 px, annotated ("true") and as the page would estimate it from what it detected ' +
      'and labelled (false positives included, faces it calls unknown left out, as the Counter does).',
    '',
    '| data set | photos | faces | with_mask recall | without_mask recall | mask_incorrect recall | precision (centres) | recall / precision (IoU ≥ 0.5) | masked share true → estimated (error) | ms per image |',
    '|---|---|---|---|---|---|---|---|---|---|',
    ...f.sets.map((s) =>
      `| ${s.name} | ${s.photos} | ${s.faces} | ${withInterval(s.recallByClass.with_mask)} | ${withInterval(s.recallByClass.without_mask)} | ` +
      `${withInterval(s.recallByClass.mask_incorrect)} | ${withInterval(s.precision.centre)} | ${fixed(s.recall.iou.value)} / ${fixed(s.precision.iou.value)} | ` +
      `${fixed(s.maskedShare.true * 100, 1)} % → ${fixed(s.maskedShare.estimated * 100, 1)} % (${s.maskedShare.errorPoints > 0 ? '+' : ''}${fixed(s.maskedShare.errorPoints, 1)} pts) | ${fixed(s.msPerImage, 0)} |`),
    '',
    '**Speed.** Pipeline ms per 640×480 frame on the clips (the camera path: VideoFrame, worker round trip, detector, classifier; ' +
      'each frame at the clip\'s 15 fps clock, so the detector chooses its input size as it does live); the detector stage alone ' +
      `(median of ${f.timingRepeats} runs on a real frame, full search); the smallest face found: ${f.sweepFaces} real unmasked faces pasted ` +
      `on a face-free photo and shrunk step by step, the smallest height down to which ≥ ${f.sweepFoundShare * 100} % are found.`,
    '',
    '| clip | frames | pipeline median | p95 |',
    '|---|---|---|---|',
    ...f.clips.map((c) => `| ${c.clip} | ${c.frames} | ${fixed(c.median, 1)} ms | ${fixed(c.p95, 1)} ms |`),
    '',
    `| frame | detector ms | smallest face found |`,
    '|---|---|---|',
    ...f.detectorMs.map((d, i) => `| ${d.frame} | ${fixed(d.ms, 1)} | ${f.smallestFace[i].px === null ? '–' : `${f.smallestFace[i].px} px`} |`),
    '',
    ...comparisonLines(f.detectorComparison, f.minFaceHeight),
    '',
    ...recallSweepLines(f.recallSweep, f.minFaceHeight),
  ];
  return { file: path.join(REPO_ROOT, 'models', 'README.md'), markers: 'eval:detect', text: lines.join('\n') };
}

/** README.md's summary of the recall sweep: the test splits, the gap and its costs, one row per setting. */
export function recallSweepMarkdown(f: DetectionFigures): GeneratedMarkdown {
  const r = f.recallSweep;
  const testSets = r.rows[0].sets.filter((s) => s.name.endsWith(' test')).map((s) => s.name);
  const cells = (sets: readonly RecallSweepSetFigures[], cell: (s: RecallSweepSetFigures) => string): string =>
    testSets.map((name) => {
      const s = sets.find((x) => x.name === name);
      return s ? cell(s) : '–';
    }).join(' / ');
  const lines = [
    `Test splits of ${testSets.join(' / ')} (\`npm run eval:detect -- --recall-sweep\`, ${r.measuredOn}; every split and the ` +
      'recall intervals are in models/README.md). Gap: without_mask minus with_mask recall of faces ≥ ' +
      `${f.minFaceHeight} px; FPs and classified boxes per photo; masked-share error of what the page would report, in points.`,
    '',
    '| second stage | score ≥ | with_mask recall | without_mask recall | gap | FPs / photo | classified / photo | unknown | masked-share error |',
    '|---|---|---|---|---|---|---|---|---|',
    ...r.rows.map(({ stage, minScore, sets }) =>
      `| ${STAGE_NAMES[stage] ?? stage} | ${minScore}${minScore === r.pageMinScore ? ' (page)' : ''} | ` +
      `${cells(sets, (s) => fixed(s.recallByClass.with_mask.value, 3))} | ${cells(sets, (s) => fixed(s.recallByClass.without_mask.value, 3))} | ` +
      `${cells(sets, (s) => signed(s.recallGap, 3))} | ${cells(sets, (s) => fixed(s.falsePositivesPerPhoto))} | ` +
      `${cells(sets, (s) => fixed(s.classifiedPerPhoto, 1))} | ${cells(sets, (s) => `${fixed(pct(s.unknownShare.value), 1)} %`)} | ` +
      `${cells(sets, (s) => signed(s.maskedShare.errorPoints, 1))} |`),
  ];
  return { file: path.join(REPO_ROOT, 'README.md'), markers: 'recall-sweep', text: lines.join('\n') };
}

/** The same comparison table in README.md's "Compare detectors" section. */
export function comparisonMarkdown(f: DetectionFigures): GeneratedMarkdown {
  return { file: path.join(REPO_ROOT, 'README.md'), markers: 'compare-detectors', text: comparisonLines(f.detectorComparison, f.minFaceHeight).join('\n') };
}
