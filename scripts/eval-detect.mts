/**
 * npm run eval:detect
 *
 * How well the face detector finds masked and bare faces, and what that does to the page's headline figure.
 *
 * 1. Threshold: YuNet's score threshold is chosen on the VALIDATION split of ../shared/data/real_scenes (by
 *    photo, scripts/lib/real-scenes.ts). The same modules as the page (YunetDetector, WASM backend, in Node) run
 *    once per photo at a low floor; each threshold keeps the detections scoring at least that much.
 * 2. Figures at the page's threshold (YUNET_CONFIG.minScore), through the page's own pipeline (headless Chromium,
 *    lab.html): recall per mask class with its Wilson interval, precision, and the masked share — true (the
 *    annotations) against estimated (detected faces and the classifier's labels) — on the validation and test
 *    splits, all real photos, and the composites. The classifier trains on the train split only.
 * 3. Speed: pipeline ms per frame on the classroom and faces-3 clips (the page's camera path: VideoFrame, worker,
 *    detector, classifier), the detector alone on 640×480 and 1280×720 frames, and the smallest face found.
 *
 * 4. The detector comparison: the test split through the page's pipeline once per detector (YuNet, then the
 *    comparison detector BlazeFace, `analyze --detector`), the same classifier after each.
 *
 * 5. The recall sweep (issue 27, item 4): on the validation and test splits of both real sets, the detector once per
 *    photo at RECALL_SWEEP_FLOOR and the classifier once per detection, in Node (the page's modules, WASM); each row
 *    keeps the detections from its threshold up, through one of the second stages of src/eval/recall-sweep.ts:
 *    recall per class, the gap between bare and masked, false positives and classified boxes per photo, the unknown
 *    share and the masked share.
 *
 * Writes models/detection-figures.json (schema: DetectionFigures) and the tables made from it in models/README.md.
 * `npm run eval:detect -- --compare-only` runs step 4 alone and `-- --recall-sweep` step 5 alone, each replacing only
 * its part of the JSON (a whole run took 4 minutes on an idle 2-core machine with two threads, most of an hour
 * under other jobs' load).
 */
import { readdir, readFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import sharp from 'sharp';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-wasm';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { MIN_FACE_HEIGHT, matchEach, type MatchOptions, type ScoredBox } from '../src/eval/detection-metrics.ts';
import { addJudgedPhoto, emptyPipelineCounts, maskedShareErrorPoints, type JudgedDetection, type JudgedPhoto } from '../src/eval/pipeline-figures.ts';
import { SECOND_STAGES, sweepDetections } from '../src/eval/recall-sweep.ts';
import { FACE_MIN_PROBABILITY } from '../src/logic/abstention.ts';
import { MASK_LABELS, type MaskLabel } from '../src/logic/frame.ts';

const isMaskLabel = (label: string | undefined): label is MaskLabel => (MASK_LABELS as readonly (string | undefined)[]).includes(label);
import type { Box } from '../src/logic/geometry.ts';
import type { DetectionFigures, DetectionRate, DetectionSetFigures, DetectorComparisonFigures, RecallSweepFigures,
  RecallSweepSetFigures } from '../src/logic/measured-figures.ts';
import type { FileReport, ImageReport, VideoReport } from '../src/logic/report.ts';
import { median, round } from '../src/logic/stats.ts';
import { wilsonInterval } from '../src/logic/wilson.ts';
import { MaskClassifier } from '../src/ml/mask-classifier.ts';
import { MODEL_FILES } from '../src/ml/model-paths.ts';
import { BLAZEFACE_CONFIG } from '../src/ml/blazeface/blazeface-detector.ts';
import { DETECTOR_NAMES, type DetectorName } from '../src/ml/pipeline-types.ts';
import { YUNET_CONFIG, YunetDetector } from '../src/ml/yunet/yunet-detector.ts';
import { comparisonMarkdown, detectionMarkdown, recallSweepMarkdown } from './lib/detection-figures.ts';
import { FIGURE_FILES, updateMarkdown, writeFigures } from './lib/figures.ts';
import { ensureBuilt, openLab, type Lab } from './lib/lab.ts';
import { fileModel, readImageTensor } from './lib/node-tf.ts';
import { REPO_ROOT, SHARED_DIR } from './lib/paths.ts';
import { loadRealScenes, REAL_SETS, type AnnotatedScene, type RealSet } from './lib/real-scenes.ts';

const RULES = {
  centre: { rule: { kind: 'centre' }, minFaceHeight: MIN_FACE_HEIGHT },
  iou: { rule: { kind: 'iou', minIou: 0.5 }, minFaceHeight: MIN_FACE_HEIGHT },
} as const satisfies Record<string, MatchOptions>;
type RuleName = keyof typeof RULES;

/** Thresholds tried on the validation split; the sweep's floor is the lowest. */
const THRESHOLDS = [0.3, 0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.9];
const CLIPS = ['classroom.mp4', 'faces-3.mp4'];
/**
 * Recall sweep: the detector's floor and the thresholds tried. The floor is part of the measurement: detections
 * under the threshold still join the score-weighted NMS clusters, so a row's boxes can differ slightly from a run
 * at that threshold (one masked face of real_scenes test at 0.2, floor 0.05 against floor 0.2).
 */
const RECALL_SWEEP_FLOOR = 0.1;
const RECALL_SWEEP_THRESHOLDS = [0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7];
/** Detector-alone timing: frames per size, after one warm-up run. */
const TIMING_REPEATS = 15;
const TIMING_FRAMES = [
  { label: '640×480', file: 'data/scenes/scene-001.jpg' },
  { label: '1280×720', file: 'data/scenes/scene-000.jpg' },
] as const;
/** Smallest-face sweep: real faces (crops with a 15 % margin, as in data/README.md) shrunk step by step. */
const SWEEP_FRAMES = [{ width: 640, height: 480 }, { width: 1280, height: 720 }] as const;
const SWEEP_FACE_HEIGHTS = [200, 160, 120, 100, 80, 64, 52, 44, 36, 30, 26, 22, 19, 16, 14, 12, 10, 8];
const SWEEP_FACES = 4;
const CROP_PER_FACE = 1.3;
const SWEEP_FOUND_SHARE = 0.75;


type Scene = AnnotatedScene & { path: string };

interface Detection extends ScoredBox {
  mask?: string;
  maskScore?: number;
}

function rate(k: number, n: number): DetectionRate {
  const { low, high } = wilsonInterval(k, n);
  return { n, k, value: round(n > 0 ? k / n : Number.NaN, 3), low: round(low, 3), high: round(high, 3) };
}


/** A detection the page's classifier labelled (FaceReport.mask; it drops what it calls not a face), in pipeline-figures' terms. */
function judged(d: Detection): JudgedDetection[] {
  return isMaskLabel(d.mask) && d.maskScore !== undefined ? [{ box: d.box, score: d.score, label: d.mask, probability: d.maskScore }] : [];
}

/** Recall per class and overall, precision, and the masked share, of `detections` per scene. */
function figures(name: string, scenes: readonly Scene[], detections: readonly Detection[][], ms: readonly number[]): DetectionSetFigures {
  const byClass = Object.fromEntries(MASK_LABELS.map((l) => [l, { n: 0, k: 0 }])) as Record<MaskLabel, { n: number; k: number }>;
  const counts = { centre: { tp: 0, fp: 0, faces: 0 }, iou: { tp: 0, fp: 0, faces: 0 } };
  // The masked share as the page would report it (every labelled face, false positives included, unknown ones left
  // out): pipeline-figures counts it as for the card; detections without a label (step 1's, in Node) give none.
  const page = emptyPipelineCounts();
  scenes.forEach((scene, i) => {
    addJudgedPhoto(page, { faces: scene.faces, detections: detections[i].flatMap(judged) }, FACE_MIN_PROBABILITY, RULES.centre);
    for (const rule of Object.keys(RULES) as RuleName[]) {
      const matched = matchEach(detections[i], scene.faces, RULES[rule]);
      const c = counts[rule];
      c.faces += scene.faces.filter((f) => f.h >= MIN_FACE_HEIGHT).length;
      c.tp += matched.filter((m) => typeof m === 'number').length;
      c.fp += matched.filter((m) => m === null).length;
      if (rule !== 'centre') continue;
      const found = new Set(matched.filter((m): m is number => typeof m === 'number'));
      scene.faces.forEach((face, f) => {
        if (face.h < MIN_FACE_HEIGHT) return;
        byClass[face.label].n++;
        if (found.has(f)) byClass[face.label].k++;
      });
    }
  });
  const recall = { centre: rate(counts.centre.tp, counts.centre.faces), iou: rate(counts.iou.tp, counts.iou.faces) };
  const precision = {
    centre: rate(counts.centre.tp, counts.centre.tp + counts.centre.fp),
    iou: rate(counts.iou.tp, counts.iou.tp + counts.iou.fp),
  };
  const { trueMasked, trueAll, estimatedMasked, estimatedKnown } = page.maskedShare;
  const trueShare = trueAll > 0 ? trueMasked / trueAll : Number.NaN;
  const estimated = estimatedKnown > 0 ? estimatedMasked / estimatedKnown : Number.NaN;
  return {
    name,
    photos: scenes.length,
    faces: trueAll,
    recallByClass: Object.fromEntries(MASK_LABELS.map((l) => [l, rate(byClass[l].k, byClass[l].n)])) as Record<MaskLabel, DetectionRate>,
    recall,
    precision,
    maskedShare: { true: round(trueShare, 3), estimated: round(estimated, 3), errorPoints: round((estimated - trueShare) * 100, 1), classified: estimatedKnown, unknown: page.countedUnknown },
    msPerImage: ms.length ? round(median(ms), 1) : Number.NaN,
  };
}

/** Step 1: every threshold on the validation split, the page's detector code in Node (WASM). */
async function thresholdSweep(scenes: readonly Scene[]): Promise<{ minScore: number; figures: DetectionSetFigures }[]> {
  setWasmPaths(path.join(REPO_ROOT, 'node_modules', '@tensorflow', 'tfjs-backend-wasm', 'dist') + path.sep);
  await tf.setBackend('wasm');
  await tf.ready();
  const detector = await YunetDetector.load(fileModel(path.join(REPO_ROOT, MODEL_FILES.yunet)), { ...YUNET_CONFIG, minScore: THRESHOLDS[0] });
  const all: Detection[][] = [];
  for (const scene of scenes) {
    const image = await readImageTensor(scene.path);
    all.push((await detector.detect(image)).map((f) => ({ box: f.box, score: f.score })));
    image.dispose();
  }
  detector.dispose();
  return THRESHOLDS.map((minScore) => ({
    minScore,
    figures: figures(`validation @ ${minScore}`, scenes, all.map((d) => d.filter((f) => f.score >= minScore)), []),
  }));
}

function imageReport(report: FileReport): ImageReport {
  if ('error' in report) throw new Error(`${report.file}: ${report.error}`);
  if (!('faces' in report)) throw new Error(`${report.file}: not an image report`);
  return report;
}

async function analyzeImage(lab: Lab, file: string, bytes: Buffer, detector?: DetectorName): Promise<ImageReport> {
  const base64 = bytes.toString('base64');
  return imageReport(await lab.page.evaluate(([f, b, d]) => window.headcountLab.analyzeFile(f, b, {}, d), [file, base64, detector] as const));
}

/** Step 2: a set of photos through the page's pipeline (with `detector`, YuNet unless told). */
async function evalSet(lab: Lab, name: string, scenes: readonly Scene[], detector?: DetectorName): Promise<DetectionSetFigures> {
  const detections: Detection[][] = [];
  const ms: number[] = [];
  for (const scene of scenes) {
    const report = await analyzeImage(lab, scene.file, await readFile(scene.path), detector);
    detections.push(report.faces.map((f) => ({ box: { x: f.x, y: f.y, w: f.w, h: f.h }, score: f.score, mask: f.mask, maskScore: f.maskScore })));
    ms.push(report.ms);
  }
  return figures(name, scenes, detections, ms);
}

async function composites(): Promise<Scene[]> {
  const dir = path.join(SHARED_DIR, 'data', 'scenes');
  const scenes = JSON.parse(await readFile(path.join(dir, 'annotations.json'), 'utf8')) as AnnotatedScene[];
  return scenes.map((s) => ({ ...s, path: path.join(dir, s.file) }));
}

/** Step 3a: the camera path on the clips the issue names (ms per frame, median and p95). */
async function clipSpeed(lab: Lab): Promise<{ clip: string; frames: number; median: number; p95: number }[]> {
  const result = [];
  for (const clip of CLIPS) {
    const base64 = (await readFile(path.join(SHARED_DIR, 'fixtures', 'video', clip))).toString('base64');
    const report = await lab.page.evaluate(([f, b]) => window.headcountLab.analyzeFile(f, b, { fps: 15 }), [clip, base64] as const);
    if ('error' in report) throw new Error(`${clip}: ${report.error}`);
    const video = report as VideoReport;
    result.push({ clip, frames: video.frames, median: round(video.msPerFrame.median, 1), p95: round(video.msPerFrame.p95, 1) });
  }
  return result;
}

/** Step 3b: the detector stage alone (ms, in the worker), per frame size. */
async function timeFrames(lab: Lab): Promise<number[]> {
  const result: number[] = [];
  for (const frame of TIMING_FRAMES) {
    const base64 = (await readFile(path.join(SHARED_DIR, frame.file))).toString('base64');
    await lab.page.evaluate((b) => window.headcountLab.timeImage(b, 1), base64);
    const timing = await lab.page.evaluate(([b, n]) => window.headcountLab.timeImage(b, n), [base64, TIMING_REPEATS] as const);
    result.push(round(median(timing.runs.map((r) => r.detectMs)), 1));
  }
  return result;
}

interface SweepFrame {
  frameIndex: number;
  faceHeight: number;
  face: Box;
  png: Buffer;
}

/** Each face crop, at each size, pasted at the centre of a face-free real photo (coffee.png) of each frame size. */
async function sweepFrames(): Promise<SweepFrame[]> {
  const cropDir = path.join(SHARED_DIR, 'data', 'masks', 'without_mask');
  const crops = (await readdir(cropDir)).filter((f) => f.startsWith('cd-')).sort();
  // Spread the picks over the folder rather than take near-duplicates that sort together.
  const picks = Array.from({ length: SWEEP_FACES }, (_, i) => crops[Math.floor(((i + 0.5) * crops.length) / SWEEP_FACES)]);
  const frames: SweepFrame[] = [];
  for (const [frameIndex, size] of SWEEP_FRAMES.entries()) {
    const background = await sharp(path.join(SHARED_DIR, 'fixtures', 'img', 'coffee.png'))
      .resize(size.width, size.height, { fit: 'cover' }).removeAlpha().png().toBuffer();
    for (const pick of picks) {
      for (const faceHeight of SWEEP_FACE_HEIGHTS) {
        const cropHeight = Math.round(faceHeight * CROP_PER_FACE);
        const crop = await sharp(path.join(cropDir, pick)).resize({ height: cropHeight }).removeAlpha().png().toBuffer({ resolveWithObject: true });
        const left = Math.round((size.width - crop.info.width) / 2);
        const top = Math.round((size.height - crop.info.height) / 2);
        const png = await sharp(background).composite([{ input: crop.data, left, top }]).png().toBuffer();
        const faceWidth = crop.info.width / CROP_PER_FACE;
        frames.push({
          frameIndex, faceHeight, png,
          face: { x: left + (crop.info.width - faceWidth) / 2, y: top + (cropHeight - faceHeight) / 2, w: faceWidth, h: faceHeight },
        });
      }
    }
  }
  return frames;
}

/** Step 3c: smallest face height (px) per frame size down to which ≥ SWEEP_FOUND_SHARE of the faces are found. */
async function smallestFaces(lab: Lab, frames: readonly SweepFrame[]): Promise<(number | null)[]> {
  const found = new Map<string, { hits: number; total: number }>();
  for (const frame of frames) {
    const report = await analyzeImage(lab, `sweep-${frame.faceHeight}.png`, frame.png);
    const detections = report.faces.map((f) => ({ box: { x: f.x, y: f.y, w: f.w, h: f.h }, score: f.score }));
    const hit = typeof matchEach(detections, [frame.face], { rule: { kind: 'centre' }, minFaceHeight: 0 }).find((m) => m === 0) === 'number';
    const key = `${frame.frameIndex}:${frame.faceHeight}`;
    const entry = found.get(key) ?? { hits: 0, total: 0 };
    found.set(key, { hits: entry.hits + (hit ? 1 : 0), total: entry.total + 1 });
  }
  return SWEEP_FRAMES.map((_, frameIndex) => {
    let smallest: number | null = null;
    for (const height of SWEEP_FACE_HEIGHTS) {
      const entry = found.get(`${frameIndex}:${height}`);
      if (!entry || entry.hits < SWEEP_FOUND_SHARE * entry.total) break;
      smallest = height;
    }
    return smallest;
  });
}

/** The score each detector keeps faces from, as the page runs it. */
const MIN_SCORE: Record<DetectorName, number> = { yunet: YUNET_CONFIG.minScore, blazeface: BLAZEFACE_CONFIG.scoreThreshold };
const COMPARISON_SET = 'real_scenes test';

/** Step 4: the test split through the page's pipeline with each detector. */
async function compareDetectors(lab: Lab): Promise<DetectorComparisonFigures> {
  const scenes = await loadRealScenes('test');
  const loadStart = round(loadavg()[0], 1);
  const detectors = [];
  for (const detector of DETECTOR_NAMES) {
    detectors.push({ detector, minScore: MIN_SCORE[detector], figures: await evalSet(lab, COMPARISON_SET, scenes, detector) });
    console.error(`comparison: ${detector} done`);
  }
  return { measuredOn: new Date().toISOString().slice(0, 10), set: COMPARISON_SET, loadAverage: [loadStart, round(loadavg()[0], 1)], detectors };
}


/** Both real sets' validation and test photos, each detection at the floor with the classifier's verdict. */
async function judgeRealPhotos(): Promise<{ name: string; photos: JudgedPhoto[] }[]> {
  setWasmPaths(path.join(REPO_ROOT, 'node_modules', '@tensorflow', 'tfjs-backend-wasm', 'dist') + path.sep);
  await tf.setBackend('wasm');
  await tf.ready();
  const detector = await YunetDetector.load(fileModel(path.join(REPO_ROOT, MODEL_FILES.yunet)), { ...YUNET_CONFIG, minScore: RECALL_SWEEP_FLOOR });
  const classifier = await MaskClassifier.load(fileModel(path.join(REPO_ROOT, MODEL_FILES.maskClassifier)));
  const result = [];
  for (const set of Object.keys(REAL_SETS) as RealSet[]) {
    for (const split of ['validation', 'test'] as const) {
      const photos: JudgedPhoto[] = [];
      for (const scene of await loadRealScenes(split, set)) {
        const image = await readImageTensor(scene.path);
        const faces = await detector.detect(image);
        const predictions = await classifier.classify(image, faces);
        image.dispose();
        photos.push({ faces: scene.faces, detections: faces.map((f, i) => ({ box: f.box, score: f.score,
          label: predictions[i].label, probability: predictions[i].score })) });
      }
      result.push({ name: `${set} ${split}`, photos });
      console.error(`recall sweep: ${set} ${split} judged (${photos.length} photos)`);
    }
  }
  detector.dispose();
  classifier.dispose();
  return result;
}

/** Step 5: every second stage at every threshold under the page's (and the page itself), on each set. */
async function recallSweep(): Promise<RecallSweepFigures> {
  const judged = await judgeRealPhotos();
  const pageMinScore = YUNET_CONFIG.minScore;
  const rows = SECOND_STAGES.flatMap((stage) => RECALL_SWEEP_THRESHOLDS
    .filter((minScore) => minScore <= pageMinScore)
    .map((minScore) => ({ stage, minScore, sets: judged.map(({ name, photos }): RecallSweepSetFigures => {
      const c = emptyPipelineCounts();
      let classified = 0;
      for (const photo of photos) {
        classified += photo.detections.filter((d) => d.score >= minScore).length;
        addJudgedPhoto(c, { faces: photo.faces, detections: sweepDetections(photo.detections, minScore, stage, pageMinScore) },
          FACE_MIN_PROBABILITY, RULES.centre);
      }
      const recallByClass = Object.fromEntries(MASK_LABELS.map((l) => [l, rate(c.perClass[l].found, c.perClass[l].n)])) as Record<MaskLabel, DetectionRate>;
      const bare = recallByClass.without_mask.value;
      const masked = recallByClass.with_mask.value;
      const found = MASK_LABELS.reduce((a, l) => ({ k: a.k + c.perClass[l].unknown, n: a.n + c.perClass[l].found }), { k: 0, n: 0 });
      const error = maskedShareErrorPoints(c);
      const { trueMasked, trueAll, estimatedMasked, estimatedKnown } = c.maskedShare;
      return {
        name, photos: photos.length, recallByClass,
        recallGap: bare !== null && masked !== null ? round(bare - masked, 3) : null,
        falsePositivesPerPhoto: round(c.falsePositives / photos.length, 2),
        classifiedPerPhoto: round(classified / photos.length, 2),
        unknownShare: rate(found.k, found.n),
        maskedShare: {
          true: trueAll > 0 ? round(trueMasked / trueAll, 3) : null,
          estimated: estimatedKnown > 0 ? round(estimatedMasked / estimatedKnown, 3) : null,
          errorPoints: error === null ? null : round(error, 1),
        },
      };
    }) })));
  return { measuredOn: new Date().toISOString().slice(0, 10), floor: RECALL_SWEEP_FLOOR, pageMinScore, rows };
}

const { values: options } = parseArgs({ options: {
  'compare-only': { type: 'boolean', default: false },
  'recall-sweep': { type: 'boolean', default: false },
} });
if (options['recall-sweep']) {
  const previous = JSON.parse(await readFile(FIGURE_FILES.detection, 'utf8')) as DetectionFigures;
  const updated: DetectionFigures = { ...previous, recallSweep: await recallSweep() };
  await writeFigures(FIGURE_FILES.detection, updated);
  await updateMarkdown(detectionMarkdown(updated));
  await updateMarkdown(recallSweepMarkdown(updated));
  console.log(recallSweepMarkdown(updated).text);
  process.exit(0);
}
await ensureBuilt();
process.env.HEADCOUNT_NO_BUILD = '1';
if (options['compare-only']) {
  const previous = JSON.parse(await readFile(FIGURE_FILES.detection, 'utf8')) as DetectionFigures;
  const lab = await openLab({});
  let detectorComparison: DetectorComparisonFigures;
  try {
    detectorComparison = await compareDetectors(lab);
  } finally {
    await lab.close();
  }
  const updated: DetectionFigures = { ...previous, detectorComparison };
  await writeFigures(FIGURE_FILES.detection, updated);
  const markdown = detectionMarkdown(updated);
  await updateMarkdown(markdown);
  await updateMarkdown(comparisonMarkdown(updated));
  console.log(markdown.text);
  process.exit(0);
}
const validation = await loadRealScenes('validation');
const thresholds = await thresholdSweep(validation);
console.error(`threshold sweep done (${validation.length} photos)`);
const sweep = await sweepFrames();
const lab = await openLab({});
let result: DetectionFigures;
try {
  const sets = [
    await evalSet(lab, 'real_scenes validation', validation),
    await evalSet(lab, 'real_scenes test', await loadRealScenes('test')),
    await evalSet(lab, 'real_scenes, all 563 photos', await loadRealScenes()),
    await evalSet(lab, 'scenes (30 composites)', await composites()),
  ];
  console.error('data sets done');
  result = {
    measuredOn: new Date().toISOString().slice(0, 10),
    backend: lab.backend.name,
    minScore: YUNET_CONFIG.minScore,
    minFaceHeight: MIN_FACE_HEIGHT,
    timingRepeats: TIMING_REPEATS,
    sweepFaces: SWEEP_FACES,
    sweepFoundShare: SWEEP_FOUND_SHARE,
    thresholds,
    sets,
    clips: await clipSpeed(lab),
    detectorMs: (await timeFrames(lab)).map((ms, i) => ({ frame: TIMING_FRAMES[i].label, ms })),
    smallestFace: (await smallestFaces(lab, sweep)).map((px, i) => ({ frame: `${SWEEP_FRAMES[i].width}×${SWEEP_FRAMES[i].height}`, px })),
    detectorComparison: await compareDetectors(lab),
    recallSweep: await recallSweep(),
  };
} finally {
  await lab.close();
}
await writeFigures(FIGURE_FILES.detection, result);
const markdown = detectionMarkdown(result);
await updateMarkdown(markdown);
await updateMarkdown(comparisonMarkdown(result));
await updateMarkdown(recallSweepMarkdown(result));
console.log(markdown.text);
