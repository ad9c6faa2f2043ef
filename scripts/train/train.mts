/**
 * npm run train — trains the mask classifier and writes models/mask-classifier/{model.json, weights.bin,
 * CARD.md}.
 *
 * Reproducible: fixed seed for the initial weights, the sample order, the augmentation and dropout; the data
 * splits depend on file names and hashes only (dataset.ts). Runs on tfjs's WASM backend in Node (one thread),
 * with the convolution gradients it lacks supplied by fast-gradients.ts. Detector output and crops are cached
 * in .cache/, so a second run only trains.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-wasm';
import { FACE_MIN_PROBABILITY } from '../../src/logic/abstention';
import { fitTemperature, reliability, softmaxWithTemperature, type Reliability } from '../../src/logic/calibration';
import { classificationMetrics, type ClassificationMetrics } from '../../src/eval/classification-metrics';
import { addJudgedPhoto, emptyPipelineCounts, maskedShareErrorPoints, rightPerFace, type JudgedPhoto, type PipelineCounts } from '../../src/eval/pipeline-figures';
import { pairedComparison } from '../../src/eval/paired-comparison';
import { addCounts, matchDetections, matchEach, MIN_FACE_HEIGHT, NO_COUNTS, type MatchOptions } from '../../src/eval/detection-metrics';
import { CLASSIFIER_LABELS, KEYPOINT, MASK_LABELS, NOT_A_FACE, type ClassifierLabel, type DetectedFace } from '../../src/logic/frame';
import type { CalibrationFigures, MaskClassifierFigures, MaskEvaluationFigures, NotAFaceEffectFigures, PipelineFigures } from '../../src/logic/measured-figures';
import { seededRandom } from '../../src/eval/seeded-random';
import { FACE_CROP_CONFIG } from '../../src/ml/face-crop';
import { MaskClassifier, cropFaces, decide } from '../../src/ml/mask-classifier';
import {
  DEFAULT_TOPOLOGY, MASK_CNN_KIND, initialWeights, maskCnnLogits, maskCnnProbabilities, weightShapes, type MaskCnnTopology, type MaskCnnWeights,
} from '../../src/ml/mask-cnn';
import { hasKind, loadWeightsFile } from '../../src/ml/weights-file';
import { MODEL_FILES } from '../../src/ml/model-paths';
import { YUNET_CONFIG } from '../../src/ml/yunet/yunet-detector';
import { fileModel, readImageTensor } from '../lib/node-tf';
import { REPO_ROOT } from '../lib/paths';
import { sha256Hex } from '../lib/sha256';
import { registerGradients } from '../lib/tf-gradients';
import { backgroundSamples, loadAnnotatedPhotos } from './backgrounds';
import { writeClassifierFigures } from './card';
import { median } from '../../src/logic/stats';
import { buildCrops, chooseFace, type CropCache } from './crops';
import { DATA_ROOT, REAL_FACE_SOURCES, SOURCES, loadDataset, type FaceSample, type SourceName } from './dataset';
import { TRAINING_DETECTOR_ID, runDetector, sampleDetections } from './face-boxes';
import { registerFastConvolutionGradients } from './fast-gradients';
import { auditFigures, readLabelAudit } from './label-corrections';
import { detectionFigures, evaluation, rate } from './figures';
import { judgePhoto } from './page-pipeline';

const { values: options } = parseArgs({
  options: {
    epochs: { type: 'string', default: '24' },
    seed: { type: 'string', default: '20200428' },
    // Re-measures the committed model (models/mask-classifier/) and rewrites the figures, without training.
    'evaluate-only': { type: 'boolean', default: false },
    // With --evaluate-only: the committed weights were not trained by this script; says how they were (the card
    // shows it instead of the training record).
    provenance: { type: 'string' },
    // Runs the detector on every photo and crop (cached in .cache/) and stops: the slow first step, alone.
    'detect-only': { type: 'boolean', default: false },
    // Starts from the classifier committed at this git commit (read with git show, so only committed weights
    // can be a start) instead of random weights, at FINE_TUNE_LEARNING_RATE: fewer epochs on the same data.
    'fine-tune-from': { type: 'string' },
    // Runs the classifier committed at this git commit through the same pipeline on the same photos, and says face
    // by face where the two differ, with the exact McNemar p-value (src/eval/paired-comparison.ts).
    'compare-with': { type: 'string' },
    // Writes every validation error on the real faces (photo, box, label, answer, probability) to this JSON
    // file, for the label audit (scripts/train/label-corrections.json).
    'validation-errors': { type: 'string' },
  },
});
const SEED = Number(options.seed);
const EPOCHS = Number(options.epochs);
const BATCH = 32;
const LEARNING_RATE = 2e-3;
/** The peak learning rate when starting from committed weights (--fine-tune-from): they are already trained. */
const FINE_TUNE_LEARNING_RATE = 5e-4;
const PEAK_LEARNING_RATE = options['fine-tune-from'] !== undefined ? FINE_TUNE_LEARNING_RATE : LEARNING_RATE;
const DROPOUT = 0.2;
/**
 * Real faces are what the page sees, real bare faces are few (about 210 training faces) and real incorrect wear
 * rare (55): each is shown this many times per epoch (each time another random variant and augmentation), the
 * rest once.
 */
const REPEATS = { realScenes: 2, realScenesWithoutMask: 3, realScenesMaskIncorrect: 6, other: 1 } as const;
/** The output layer's bias (src/ml/mask-cnn.ts), which the prior correction shifts. */
const HEAD_BIAS = 'head/bias';

const log = (line: string): void => console.log(`[${new Date().toISOString().slice(11, 19)}] ${line}`);
const started = Date.now();

await registerGradients();
registerFastConvolutionGradients();
await tf.setBackend('wasm');
await tf.ready();
const { samples: faceSamples, exclusions } = await loadDataset();
const photos = await loadAnnotatedPhotos();
const found = await runDetector(faceSamples.filter((s) => !s.annotatedBox), photos.map((p) => p.file), log);
if (options['detect-only']) {
  log(`detections cached for ${photos.length} photos and the crops; --detect-only: stopping`);
  process.exit(0);
}
const samples: FaceSample[] = [...faceSamples, ...backgroundSamples(photos, found.photos)];
log(`dataset: ${samples.length} samples (${samples.length - faceSamples.length} not a face)`);

const chosen = samples.map((s) => {
  const detections = s.annotatedBox ? found.photos.get(s.file) : found.crops.get(s.key);
  return chooseFace(s, sampleDetections(s, detections ?? { imageWidth: 1, imageHeight: 1, faces: [] }));
});
// Check of FACE_CROP_CONFIG.eyesToCentre: where the box centre sits below the eyes, on detected faces.
const eyeOffsets = chosen.filter((c, i) => samples[i].label !== NOT_A_FACE && !c.fallback && c.face.keypoints.length > 1)
  .map(({ face }) => {
    const eyesY = (face.keypoints[KEYPOINT.rightEye][1] + face.keypoints[KEYPOINT.leftEye][1]) / 2;
    return (face.box.y + face.box.h / 2 - eyesY) / face.box.h;
  });
const measuredEyesToCentre = median(eyeOffsets);
log(`median (box centre − eyes) / box height: ${measuredEyesToCentre.toFixed(3)} (config ${FACE_CROP_CONFIG.eyesToCentre})`);

const modelDir = path.join(REPO_ROOT, path.dirname(MODEL_FILES.maskClassifier));
/** SHA-256 of one file in models/mask-classifier/, as figures.json and models/README.md list it. */
const modelFileSha256 = async (name: string): Promise<string> => sha256Hex(await readFile(path.join(modelDir, name)));
/** The committed model, for --evaluate-only (it may predate the fourth class: its topology then has three). */
const committed = options['evaluate-only'] ? await loadWeightsFile<MaskCnnTopology>(fileModel(path.join(REPO_ROOT,
  MODEL_FILES.maskClassifier)), { what: 'mask classifier', isTopology: hasKind<MaskCnnTopology>(MASK_CNN_KIND), shapes: weightShapes })
  : undefined;
/** --fine-tune-from: the weights committed at that commit, the training's start. */
const base = options['fine-tune-from'] !== undefined && !committed ? await weightsAtCommit(options['fine-tune-from'], 'fine-tuning from') : undefined;
/** The network's shape, uncalibrated (temperature 1) until calibrate() below fits it. */
const rawTopology: MaskCnnTopology = { ...(committed?.topology ?? base?.topology ?? DEFAULT_TOPOLOGY), temperature: undefined };
let topology: MaskCnnTopology = rawTopology;
const size = topology.inputSize;
const labels = topology.labels;
const crops = await buildCrops(samples, chosen, size, SEED, log);
const perCrop = size * size * 3;
const labelIndex = (l: ClassifierLabel): number => labels.indexOf(l);

const indicesWhere = (keep: (s: FaceSample, i: number) => boolean): number[] =>
  samples.flatMap((s, i) => (keep(s, i) ? [i] : []));
// Faces the label audit found unjudgeable are neither learnt nor scored (label-corrections.json).
const trainIdx = indicesWhere((s) => s.split === 'train' && !s.unjudgeable);
const validationIdx = indicesWhere((s) => s.split === 'validation' && !s.unjudgeable);
const testIdx = indicesWhere((s) => s.split === 'test');

const isRealFace = (s: FaceSample): boolean => s.source in REAL_FACE_SOURCES;
const repeatsOf = (s: FaceSample): number => (!isRealFace(s) ? REPEATS.other
  : s.label === 'mask_incorrect' ? REPEATS.realScenesMaskIncorrect
    : s.label === 'without_mask' ? REPEATS.realScenesWithoutMask : REPEATS.realScenes);
const epochSamples = trainIdx.flatMap((i) => Array.from({ length: repeatsOf(samples[i]) }, () => i));
/** Rare classes weigh more, so the small ones (mask_incorrect) are not sacrificed to overall accuracy. */
const classCounts = labels.map((l) => epochSamples.filter((i) => samples[i].label === l).length);
const classWeights = classCounts.map((c) => epochSamples.length / (labels.length * c));
log(`train ${trainIdx.length} (${epochSamples.length} per epoch: ${classCounts.join('/')}), validation ${validationIdx.length}, test ${testIdx.length}`);

/** Augmentation odds and strengths, per training crop (real faces reach the page small, blurred, compressed). */
const AUGMENT = { blur: 0.3, noise: 0.3, noiseSigma: 0.08, colourShift: 0.06 } as const;

/**
 * A batch of crops scaled to [-1, 1]; training batches get a random variant, flip, lighting and colour change,
 * and sometimes a blur (3×3 binomial) and pixel noise.
 */
function batchTensor(cache: CropCache, indices: number[], random?: () => number): tf.Tensor4D {
  const data = new Float32Array(indices.length * perCrop);
  const blurred = new Float32Array(perCrop);
  indices.forEach((sampleIndex, b) => {
    const variant = random ? Math.floor(random() * cache.variants) : 0;
    const offset = (sampleIndex * cache.variants + variant) * perCrop;
    const flip = random ? random() < 0.5 : false;
    const contrast = random ? 0.7 + random() * 0.6 : 1;
    const brightness = random ? (random() - 0.5) * 0.4 : 0;
    const shift = [0, 1, 2].map(() => (random ? (random() - 0.5) * 2 * AUGMENT.colourShift : 0));
    const blur = random ? random() < AUGMENT.blur : false;
    const noise = random && random() < AUGMENT.noise ? random() * AUGMENT.noiseSigma : 0;
    const out = data.subarray(b * perCrop, (b + 1) * perCrop);
    for (let y = 0; y < size; y++) {
      for (let x = 0; x < size; x++) {
        const from = offset + (y * size + (flip ? size - 1 - x : x)) * 3;
        const to = (y * size + x) * 3;
        for (let c = 0; c < 3; c++) out[to + c] = (cache.pixels[from + c] / 127.5 - 1) * contrast + brightness + shift[c];
      }
    }
    if (blur) blur3x3(out, blurred);
    if (noise > 0 && random) {
      // Sum of three uniforms: close enough to Gaussian, and seeded.
      for (let k = 0; k < perCrop; k++) out[k] += noise * (random() + random() + random() - 1.5) * 2;
    }
  });
  return tf.tensor4d(data, [indices.length, size, size, 3]);
}

/** In place, [1 2 1]/4 horizontally then vertically, edges clamped; `scratch` has the crop's length. */
function blur3x3(crop: Float32Array, scratch: Float32Array): void {
  const at = (x: number, y: number, c: number): number => (Math.min(size - 1, Math.max(0, y)) * size + Math.min(size - 1, Math.max(0, x))) * 3 + c;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      for (let c = 0; c < 3; c++) scratch[at(x, y, c)] = (crop[at(x - 1, y, c)] + 2 * crop[at(x, y, c)] + crop[at(x + 1, y, c)]) / 4;
    }
  }
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      for (let c = 0; c < 3; c++) crop[at(x, y, c)] = (scratch[at(x, y - 1, c)] + 2 * scratch[at(x, y, c)] + scratch[at(x, y + 1, c)]) / 4;
    }
  }
}

/** The network's logits for the exact page crop of each sample, as rows. */
function logitsOf(weights: MaskCnnWeights, indices: number[]): number[][] {
  const out: number[][] = [];
  for (let start = 0; start < indices.length; start += 128) {
    const logits = tf.tidy(() => maskCnnLogits(topology, weights, batchTensor(crops, indices.slice(start, start + 128))));
    out.push(...(logits.arraySync()));
    logits.dispose();
  }
  return out;
}

/** decide()'s answer for each sample, with its probability at the current temperature. */
function answers(weights: MaskCnnWeights, indices: number[]): { label: ClassifierLabel; score: number }[] {
  return logitsOf(weights, indices).map((row) => decide(labels, softmaxWithTemperature(row, topology.temperature ?? 1)));
}

function predict(weights: MaskCnnWeights, indices: number[]): ClassifierLabel[] {
  return answers(weights, indices).map((a) => a.label);
}

function metricsOf(indices: number[], predicted: ClassifierLabel[]): ClassificationMetrics<ClassifierLabel> {
  return classificationMetrics(CLASSIFIER_LABELS, indices.map((i, k) => ({ actual: samples[i].label, predicted: predicted[k] })));
}

/** Recall of every (source, class) cell of `indices`, keyed "source/class". */
function cellRecalls(indices: number[], predicted: ClassifierLabel[]): Map<string, { right: number; n: number }> {
  const cells = new Map<string, { right: number; n: number }>();
  indices.forEach((i, k) => {
    const key = `${samples[i].source}/${samples[i].label}`;
    const cell = cells.get(key) ?? { right: 0, n: 0 };
    cell.n++;
    if (predicted[k] === samples[i].label) cell.right++;
    cells.set(key, cell);
  });
  return cells;
}

/**
 * The epoch-selection score: mean recall over every (source, class) cell of the validation set, so that the
 * few real incorrectly worn faces weigh as much as the many synthetic ones, and real faces as much as crops.
 */
function selectionScore(indices: number[], predicted: ClassifierLabel[]): number {
  const recalls = [...cellRecalls(indices, predicted).values()].map((c) => c.right / c.n);
  return recalls.reduce((a, b) => a + b, 0) / recalls.length;
}

/** "source/class right/n, …": what each epoch got right where (the score alone hides it). */
const formatCells = (cells: Map<string, { right: number; n: number }>): string =>
  [...cells].sort(([a], [b]) => a.localeCompare(b)).map(([key, c]) => `${key} ${c.right}/${c.n}`).join(', ');

/** How the weights were trained, kept beside the crops so --evaluate-only can report it. */
const RECORD_FILE = path.join(REPO_ROOT, '.cache', 'mask-training-record.json');
/** How the weights were trained: what --evaluate-only reports, whatever options it is given. */
type TrainingRecord = Pick<MaskClassifierFigures, 'bestEpoch' | 'history' | 'trainingSeconds' | 'epochs' | 'learningRate' | 'fineTunedFrom'>;

const { finalWeights, record } = committed
  ? { finalWeights: committed.weights, record: options.provenance !== undefined
    ? { bestEpoch: 0, history: [], trainingSeconds: 0, epochs: EPOCHS, learningRate: PEAK_LEARNING_RATE, fineTunedFrom: null }
    : await committedRecord() }
  : await train();

/**
 * How the committed weights were trained: the record the training run left in .cache/, or, in a fresh clone,
 * the one in figures.json when its weights.bin hash is the committed file's (the same run).
 */
async function committedRecord(): Promise<TrainingRecord> {
  // Records written before the fine-tuning option lack its fields: those runs started from random weights.
  if (existsSync(RECORD_FILE)) {
    return { epochs: EPOCHS, learningRate: LEARNING_RATE, fineTunedFrom: null, ...JSON.parse(await readFile(RECORD_FILE, 'utf8')) as
      Omit<TrainingRecord, 'epochs' | 'learningRate' | 'fineTunedFrom'> & Partial<TrainingRecord> };
  }
  const previous = JSON.parse(await readFile(path.join(modelDir, 'figures.json'), 'utf8')) as MaskClassifierFigures;
  const bin = await modelFileSha256('weights.bin');
  if (previous.files.find((f) => f.name === 'weights.bin')?.sha256 !== bin) {
    throw new Error(`no ${path.relative(REPO_ROOT, RECORD_FILE)} and figures.json describes other weights: pass --provenance`);
  }
  return { bestEpoch: previous.bestEpoch, history: previous.history, trainingSeconds: previous.trainingSeconds, epochs: previous.epochs,
    learningRate: previous.learningRate, fineTunedFrom: previous.fineTunedFrom ?? null };
}

/**
 * The mask classifier committed at `commit` (model.json and weights.bin read with git show into .cache/), and
 * the sha256 of its weights.bin, for the card.
 */
async function weightsAtCommit(commit: string, purpose: string): Promise<{ commit: string; weightsSha256: string; topology: MaskCnnTopology;
  weights: MaskCnnWeights; }> {
  const resolved = execFileSync('git', ['rev-parse', '--verify', `${commit}^{commit}`], { cwd: REPO_ROOT, encoding: 'utf8' }).trim();
  const dir = path.join(REPO_ROOT, '.cache', `mask-classifier-${resolved}`);
  await mkdir(dir, { recursive: true });
  for (const name of ['model.json', 'weights.bin']) {
    const file = path.posix.join(path.posix.dirname(MODEL_FILES.maskClassifier), name);
    await writeFile(path.join(dir, name), execFileSync('git', ['show', `${resolved}:${file}`], { cwd: REPO_ROOT, maxBuffer: 1 << 28 }));
  }
  const loaded = await loadWeightsFile<MaskCnnTopology>(fileModel(path.join(dir, 'model.json')),
    { what: 'mask classifier', isTopology: hasKind<MaskCnnTopology>(MASK_CNN_KIND), shapes: weightShapes });
  const weightsSha256 = sha256Hex(await readFile(path.join(dir, 'weights.bin')));
  log(`${purpose} the classifier committed at ${resolved} (weights.bin sha256 ${weightsSha256.slice(0, 12)}…)`);
  return { commit: resolved, weightsSha256, topology: loaded.topology, weights: loaded.weights };
}

/**
 * The training's first weights: seeded random ones, or with --fine-tune-from the committed ones, whose output
 * bias gets the class weights' shift back (the prior correction below takes it out again; the committed bias
 * had it taken out).
 */
function startingWeights(): MaskCnnWeights {
  if (!base) return initialWeights(topology, SEED);
  const bias = base.weights[HEAD_BIAS].dataSync();
  return { ...base.weights, [HEAD_BIAS]: tf.tensor1d(Float32Array.from(bias, (b, c) => b + Math.log(classWeights[c]))) };
}

/** Trains, keeps the epoch with the best validation score, and writes model.json + weights.bin at once. */
async function train(): Promise<{ finalWeights: MaskCnnWeights; record: TrainingRecord }> {
  const init = startingWeights();
  const variables: Record<string, tf.Variable> = {};
  for (const [name, tensor] of Object.entries(init)) variables[name] = tf.variable(tensor, true, name);
  tf.dispose(Object.values(init));
  if (base) tf.dispose(Object.values(base.weights));
  const optimizer = tf.train.adam(PEAK_LEARNING_RATE);
  const random = seededRandom(SEED + 1);
  const weightsTensor = tf.tensor1d(classWeights);

  let best: { epoch: number; score: number; weights: Record<string, Float32Array> } | undefined;
  const history: MaskClassifierFigures['history'] = [];
  const trainingStarted = Date.now();
  for (let epoch = 1; epoch <= EPOCHS; epoch++) {
    // Cosine decay from PEAK_LEARNING_RATE to 5 % of it over the run.
    const learningRate = PEAK_LEARNING_RATE * (0.05 + 0.95 * 0.5 * (1 + Math.cos((Math.PI * (epoch - 1)) / EPOCHS)));
    (optimizer as unknown as { learningRate: number }).learningRate = learningRate;
    const order = [...epochSamples];
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    let lossSum = 0;
    let steps = 0;
    for (let start = 0; start + BATCH <= order.length; start += BATCH) {
      const indices = order.slice(start, start + BATCH);
      const x = batchTensor(crops, indices, random);
      const targets = tf.tensor1d(indices.map((i) => labelIndex(samples[i].label)), 'int32');
      const dropoutSeed = Math.floor(random() * 2 ** 31);
      const loss = optimizer.minimize(() => tf.tidy(() => {
        const oneHot = tf.oneHot(targets, labels.length);
        const perSample = tf.gather(weightsTensor, targets);
        const logits = maskCnnLogits(topology, variables, x, { dropout: { rate: DROPOUT, seed: dropoutSeed } });
        return tf.losses.softmaxCrossEntropy(oneHot, logits, perSample) as tf.Scalar;
      }), true);
      lossSum += loss ? (await loss.data())[0] : NaN;
      steps++;
      tf.dispose([x, targets]);
      loss?.dispose();
    }
    const predicted = predict(variables, validationIdx);
    const validation = metricsOf(validationIdx, predicted);
    const score = selectionScore(validationIdx, predicted);
    history.push({ epoch, loss: lossSum / steps, validationAccuracy: validation.accuracy, validationScore: score,
      seconds: (Date.now() - trainingStarted) / 1000 });
    log(`epoch ${epoch}/${EPOCHS} lr ${learningRate.toExponential(2)} loss ${(lossSum / steps).toFixed(4)} ` +
      `validation accuracy ${validation.accuracy.toFixed(4)} score ${score.toFixed(4)} (${tf.memory().numTensors} tensors)`);
    log(`  validation cells: ${formatCells(cellRecalls(validationIdx, predicted))}`);
    if (!best || score > best.score) {
      best = { epoch, score, weights: Object.fromEntries(Object.entries(variables).map(([k, v]) => [k, v.dataSync() as Float32Array])) };
    }
  }
  if (!best) throw new Error('no epoch ran');
  const trainingSeconds = (Date.now() - trainingStarted) / 1000;
  // Prior correction (logit adjustment): training weighted class c by classWeights[c], which raises its logit by
  // about log(classWeights[c]); taking that back from the output bias makes the answers follow the classes'
  // own frequencies again. Without it the rare classes took with_mask faces: on real_scenes validation the
  // masked share came out 5 points low instead of 0.6.
  const chosenWeights: Record<string, Float32Array> = { ...best.weights,
    [HEAD_BIAS]: Float32Array.from(best.weights[HEAD_BIAS], (bias, c) => bias - Math.log(classWeights[c])) };
  const finalWeights: MaskCnnWeights = Object.fromEntries(weightShapes(topology).map(([name, shape]) =>
    [name, tf.tensor(chosenWeights[name], shape)]));
  log(`kept epoch ${best.epoch} (validation score ${best.score.toFixed(4)}), prior-corrected`);
  const record: TrainingRecord = { bestEpoch: best.epoch, history, trainingSeconds, epochs: EPOCHS, learningRate: PEAK_LEARNING_RATE,
    fineTunedFrom: base ? { commit: base.commit, weightsSha256: base.weightsSha256 } : null };
  await writeFile(RECORD_FILE, JSON.stringify(record));
  return { finalWeights, record };
}

/** model.json + weights.bin, in tfjs's artifact layout so tf.io.http loads it. */
async function writeModel(weights: MaskCnnWeights): Promise<void> {
  await mkdir(modelDir, { recursive: true });
  const { data, specs } = await tf.io.encodeWeights(weights);
  await writeFile(path.join(modelDir, 'weights.bin'), new Uint8Array(tf.io.CompositeArrayBuffer.join(data)));
  const modelJson = {
    format: 'headcount-mask-cnn',
    generatedBy: 'scripts/train/train.mts',
    convertedBy: null,
    modelTopology: topology,
    weightsManifest: [{ paths: ['weights.bin'], weights: specs }],
  };
  await writeFile(path.join(modelDir, 'model.json'), `${JSON.stringify(modelJson)}\n`);
}

// Calibration: one temperature for the softmax, fitted on the validation samples from real photos (real faces of
// both real sets and real_scenes's not-a-face crops: what the page sees; the synthetic crops are another
// distribution), then written into model.json with the weights. Evaluate-only rewrites model.json alone in
// effect: the same weights encode to the same weights.bin.
// T is fitted on the real faces' mask classes alone (the softmax of the mask logits is the probability given a
// face, what decide() states and FACE_MIN_PROBABILITY reads); the reliability figures keep the not-a-face crops.
const isRealPhotoSample = (s: FaceSample): boolean => isRealFace(s) || (s.source === 'background' && s.group.startsWith('real_scenes/'));
const calibrationIdx = validationIdx.filter((i) => isRealPhotoSample(samples[i]));
const calibrationLogits = logitsOf(finalWeights, calibrationIdx);
const maskColumns = labels.flatMap((l, c) => (l === NOT_A_FACE ? [] : [c]));
const faceRows = calibrationIdx.flatMap((i, k) => (isRealFace(samples[i]) ? [k] : []));
const temperature = fitTemperature(faceRows.map((k) => maskColumns.map((c) => calibrationLogits[k][c])),
  faceRows.map((k) => maskColumns.indexOf(labelIndex(samples[calibrationIdx[k]].label))));
/** Reliability of decide()'s answers on `indices` at temperature `t`: its stated probability against right or wrong. */
const reliabilityOf = (indices: number[], t: number, logits = logitsOf(finalWeights, indices)): Reliability =>
  reliability(logits.map((row, k) => {
    const a = decide(labels, softmaxWithTemperature(row, t));
    return { confidence: a.score, right: a.label === samples[indices[k]].label };
  }));
const calibration: CalibrationFigures = {
  temperature,
  validationBySource: Object.fromEntries([...Object.keys(REAL_FACE_SOURCES), 'background'].map((source) => {
    const of = calibrationIdx.filter((i) => samples[i].source === source);
    return [source, { before: reliabilityOf(of, 1), after: reliabilityOf(of, temperature) }];
  })),
  fittedOn: `validation faces of real photos (real_scenes and real_scenes_more), their mask classes given a face, n=${faceRows.length}`,
  validation: { before: reliabilityOf(calibrationIdx, 1, calibrationLogits), after: reliabilityOf(calibrationIdx, temperature, calibrationLogits) },
  test: Object.fromEntries([...Object.keys(REAL_FACE_SOURCES), 'background'].map((source) => {
    const of = testIdx.filter((i) => samples[i].source === source && isRealPhotoSample(samples[i]));
    return [source, { before: reliabilityOf(of, 1), after: reliabilityOf(of, temperature) }];
  })),
};
topology = { ...rawTopology, temperature };
log(`calibration: temperature ${temperature.toFixed(3)}; ECE validation ${calibration.validation.before.ece.toFixed(4)} → ` +
  `${calibration.validation.after.ece.toFixed(4)} (${Object.entries(calibration.validationBySource).map(([s, r]) =>
    `${s} ${r.before.ece.toFixed(4)} → ${r.after.ece.toFixed(4)}`).join(', ')}); test ${Object.entries(calibration.test).map(([s, r]) =>
    `${s} ${r.before.ece.toFixed(4)} → ${r.after.ece.toFixed(4)} (n=${r.after.n})`).join(', ')}`);
await writeModel(finalWeights);
if (options['validation-errors'] !== undefined) await writeValidationErrors(options['validation-errors']);

/** The real faces of the validation photos that the calibrated classifier labels otherwise than the annotation. */
async function writeValidationErrors(file: string): Promise<void> {
  const real = validationIdx.filter((i) => isRealFace(samples[i]));
  const errors = answers(finalWeights, real).flatMap((a, k) => {
    const s = samples[real[k]];
    if (a.label === s.label) return [];
    const set = REAL_FACE_SOURCES[s.source as keyof typeof REAL_FACE_SOURCES];
    return [{ source: set, photo: s.group.slice(set.length + 1), box: s.annotatedBox, label: s.label, predicted: a.label, probability: a.score,
      detectorBox: chosen[real[k]].fallback ? null : chosen[real[k]].face.box }];
  });
  await writeFile(file, `${JSON.stringify({ temperature: topology.temperature, faces: real.length, errors }, null, 1)}\n`);
  log(`${errors.length} validation errors of ${real.length} real faces written to ${file}`);
}

// Figures for the card: validation, every held-out source, slices.
const evaluations: MaskEvaluationFigures[] = [];
log(`kept weights, validation cells: ${formatCells(cellRecalls(validationIdx, predict(finalWeights, validationIdx)))}`);
const evaluate = (name: string, indices: number[]): void => {
  if (indices.length > 0) evaluations.push(evaluation(name, metricsOf(indices, predict(finalWeights, indices))));
};
evaluate('validation (chandrikadeb7 + MaskedFace-Net groups, real_scenes validation photos; picks the epoch)', validationIdx);
const heldOutSources: SourceName[] = ['realScenes', 'realScenesMore', 'prajnasb', 'maskedFaceNetSeg', 'background'];
for (const source of heldOutSources) evaluate(`held out: ${source}`, testIdx.filter((i) => samples[i].source === source));
const realTest = testIdx.filter((i) => samples[i].source === 'realScenes');
const faceHeight = (s: FaceSample): number => s.annotatedBox?.h ?? Infinity;
evaluate(`real_scenes test faces under ${MIN_FACE_HEIGHT} px high`, realTest.filter((i) => faceHeight(samples[i]) < MIN_FACE_HEIGHT));
evaluate(`real_scenes test faces ${MIN_FACE_HEIGHT} px high or more`, realTest.filter((i) => faceHeight(samples[i]) >= MIN_FACE_HEIGHT));
evaluate('real_scenes test, detector found the face', realTest.filter((i) => !chosen[i].fallback));
evaluate('real_scenes test, detector missed (annotated box as the crop)', realTest.filter((i) => chosen[i].fallback));
const scenesV2Files = new Set((JSON.parse(await readFile(path.join(DATA_ROOT, 'scenes_v2', 'scenes.json'), 'utf8')) as
  { file: string }[]).map((s) => s.file));
evaluate('real_scenes test, photos of scenes_v2 (held out before this issue)', realTest.filter((i) =>
  scenesV2Files.has(path.basename(samples[i].file))));
// Dark crops: mean brightness of the exact crop, lowest third among the real held-out faces. A proxy for
// lighting, NOT for skin tone (no skin-tone labels exist in these data).
const brightness = realTest.map((i) => {
  let sum = 0;
  const offset = i * crops.variants * perCrop;
  for (let k = 0; k < perCrop; k++) sum += crops.pixels[offset + k];
  return { i, mean: sum / perCrop };
}).sort((a, b) => a.mean - b.mean);
const third = Math.floor(brightness.length / 3);
evaluate('real_scenes test, darkest third of crops', brightness.slice(0, third).map((b) => b.i));
evaluate('real_scenes test, brightest third of crops', brightness.slice(-third).map((b) => b.i));

// Framing: held-out data-set crops taken whole as the face (what eval:masks does: the image minus the 15 %
// margin is the box, no keypoints) instead of the detector's crop. Shows how much a looser or tighter frame
// than the page's changes the answer.
const wholeImage = testIdx.filter((i) => !samples[i].annotatedBox && !samples[i].geometry);
const wholePredictions: ClassifierLabel[] = [];
for (const i of wholeImage) {
  const image = await readImageTensor(samples[i].file);
  const [h, w] = image.shape;
  const inner = 1 / (1 + 2 * FACE_CROP_CONFIG.margin);
  const face = { box: { x: (w * (1 - inner)) / 2, y: (h * (1 - inner)) / 2, w: w * inner, h: h * inner }, score: 1, keypoints: [] };
  const probabilities = tf.tidy(() => maskCnnProbabilities(topology, finalWeights, cropFaces(image, [face], size)));
  wholePredictions.push(decide(labels, probabilities.dataSync()).label);
  tf.dispose([image, probabilities]);
}
for (const source of ['prajnasb', 'maskedFaceNetSeg'] as SourceName[]) {
  const picked = wholeImage.map((i, k) => ({ i, k })).filter(({ i }) => samples[i].source === source);
  if (picked.length > 0) {
    evaluations.push(evaluation(`${source}, whole image as the face crop (eval:masks framing)`,
      classificationMetrics(CLASSIFIER_LABELS, picked.map(({ i, k }) => ({ actual: samples[i].label, predicted: wholePredictions[k] })))));
  }
}

// Detection with and without the not-a-face filter, on the real_scenes photos the classifier never trained
// on, through the page's classifier code (MaskClassifier.classify on the detector's faces of the whole photo).
const classifier = MaskClassifier.fromWeights(topology, finalWeights);
const RULES: { name: string; options: MatchOptions }[] = [
  { name: `IoU ≥ 0.5, faces ≥ ${MIN_FACE_HEIGHT} px`, options: { rule: { kind: 'iou', minIou: 0.5 }, minFaceHeight: MIN_FACE_HEIGHT } },
  { name: `centres, faces ≥ ${MIN_FACE_HEIGHT} px`, options: { rule: { kind: 'centre' }, minFaceHeight: MIN_FACE_HEIGHT } },
];
const notAFace = {} as MaskClassifierFigures['notAFace'];
/** eval:detect's rule for the masked share (scripts/eval-detect.mts, RULES.centre). */
const SHARE_RULE: MatchOptions = { rule: { kind: 'centre' }, minFaceHeight: MIN_FACE_HEIGHT };
const maskedShare = {} as MaskClassifierFigures['maskedShare'];
for (const split of ['validation', 'test'] as const) {
  const ofSplit = photos.filter((p) => p.split === split && p.name.startsWith('real_scenes/'));
  const totals = RULES.map(() => ({ before: NO_COUNTS, after: NO_COUNTS }));
  const share = { true: [0, 0], unfiltered: [0, 0], filtered: [0, 0], foundTrue: [0, 0], foundEstimated: [0, 0] };
  for (const photo of ofSplit) {
    // The page keeps detections from its own threshold up; training used more (TRAINING_DETECTOR).
    const faces = (found.photos.get(photo.file)?.faces ?? []).filter((f) => f.score >= YUNET_CONFIG.minScore);
    const image = await readImageTensor(photo.file);
    const predictions = await classifier.classify(image, faces);
    image.dispose();
    const kept = faces.filter((_, k) => predictions[k].label !== NOT_A_FACE);
    RULES.forEach(({ options: o }, r) => {
      totals[r].before = addCounts(totals[r].before, matchDetections(faces, photo.faces, o));
      totals[r].after = addCounts(totals[r].after, matchDetections(kept, photo.faces, o));
    });
    // The masked share as eval:detect computes it: true over the annotated faces ≥ MIN_FACE_HEIGHT px; estimated
    // over every detection that does not lie on a smaller face (centre rule), false positives included.
    for (const f of photo.faces.filter((x) => x.h >= MIN_FACE_HEIGHT)) {
      share.true[1]++;
      if (f.label === 'with_mask') share.true[0]++;
    }
    const matched = matchEach(faces, photo.faces, SHARE_RULE);
    // Without the filter, a not-a-face detection would have received its likeliest mask class instead.
    const unfiltered = await maskOnlyLabels(photo.file, faces);
    matched.forEach((m, d) => {
      if (m === 'small') return;
      if (m !== null) {
        // The faces the detector found: their true share, and the classifier's (what it drops left out).
        share.foundTrue[1]++;
        if (photo.faces[m].label === 'with_mask') share.foundTrue[0]++;
        if (predictions[d].label !== NOT_A_FACE) share.foundEstimated[1]++;
        if (predictions[d].label === 'with_mask') share.foundEstimated[0]++;
      }
      share.unfiltered[1]++;
      if (unfiltered[d] === 'with_mask') share.unfiltered[0]++;
      if (predictions[d].label === NOT_A_FACE) return;
      share.filtered[1]++;
      if (predictions[d].label === 'with_mask') share.filtered[0]++;
    });
  }
  notAFace[split] = RULES.map(({ name }, r): NotAFaceEffectFigures => ({ photos: ofSplit.length, rule: name,
    before: detectionFigures(totals[r].before), after: detectionFigures(totals[r].after) }));
  const points = (k: number[]): number => 100 * (k[0] / k[1] - share.true[0] / share.true[1]);
  maskedShare[split] = { photos: ofSplit.length, true: rate(share.true[0], share.true[1]),
    estimated: rate(share.filtered[0], share.filtered[1]), errorPoints: points(share.filtered),
    estimatedWithoutFilter: rate(share.unfiltered[0], share.unfiltered[1]), errorPointsWithoutFilter: points(share.unfiltered),
    found: { true: rate(share.foundTrue[0], share.foundTrue[1]), estimated: rate(share.foundEstimated[0], share.foundEstimated[1]) },
    falsePositives: share.unfiltered[1] - share.foundTrue[1] };
  log(`detection on real_scenes ${split} (${ofSplit.length} photos): ${notAFace[split].map((d) => `${d.rule}: ` +
    `recall ${fmt(d.before.recall.value)} → ${fmt(d.after.recall.value)}, precision ${fmt(d.before.precision.value)} → ${fmt(d.after.precision.value)}`).join('; ')}; ` +
    `masked share true ${fmt(maskedShare[split].true.value)} → estimated ${fmt(maskedShare[split].estimated.value)} ` +
    `(${maskedShare[split].errorPoints.toFixed(1)} pts; without the filter ${maskedShare[split].errorPointsWithoutFilter.toFixed(1)})`);
}

// The page's own pipeline on both real sets' validation and test photos (issue 27): detector at the page's
// threshold, the calibrated classifier through MaskClassifier.classify, the not-a-face filter, and abstention
// below a probability. Predictions are made once; every threshold of the sweep reuses them.
/** Thresholds tried for FACE_MIN_PROBABILITY; 0 is the page before issue 27 (every face guessed). */
const ABSTENTION_SWEEP = [0, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9];
/** Issue 27's bound on the share of found faces ≥ 24 px called unknown: the threshold is chosen under it. */
const MAX_UNKNOWN_SHARE = 0.1;
const REAL_SETS = Object.values(REAL_FACE_SOURCES);
const photosOf = (split: 'validation' | 'test', set: string): typeof photos => photos.filter((p) => p.split === split && p.name.startsWith(`${set}/`));
const judged: Record<'validation' | 'test', Record<string, JudgedPhoto[]>> = { validation: {}, test: {} };
for (const split of ['validation', 'test'] as const) {
  for (const set of REAL_SETS) {
    const list: JudgedPhoto[] = [];
    for (const photo of photosOf(split, set)) list.push(await judgePhoto(classifier, photo, found.photos.get(photo.file)));
    judged[split][set] = list;
  }
}
const countsAt = (list: JudgedPhoto[], minProbability: number): PipelineCounts => {
  const c = emptyPipelineCounts();
  for (const photo of list) addJudgedPhoto(c, photo, minProbability, SHARE_RULE);
  return c;
};
const unknownShareOf = (c: PipelineCounts): { k: number; n: number } => MASK_LABELS.reduce((a, l) =>
  ({ k: a.k + c.perClass[l].unknown, n: a.n + c.perClass[l].found }), { k: 0, n: 0 });
const sweep = ABSTENTION_SWEEP.map((minProbability) => {
  const perSet = Object.fromEntries(REAL_SETS.map((set) => {
    const c = countsAt(judged.validation[set], minProbability);
    const u = unknownShareOf(c);
    return [set, { errorPoints: maskedShareErrorPoints(c), unknownShare: rate(u.k, u.n), countedUnknown: rate(c.countedUnknown, c.counted) }];
  }));
  const pooled = REAL_SETS.reduce((a, set) => ({ k: a.k + (perSet[set].unknownShare.k), n: a.n + perSet[set].unknownShare.n }), { k: 0, n: 0 });
  return { minProbability, perSet, unknownShare: rate(pooled.k, pooled.n),
    worstErrorPoints: Math.max(...REAL_SETS.map((set) => Math.abs(perSet[set].errorPoints ?? Infinity))) };
});
// The chosen threshold: the smallest worst-set masked-share error on validation, among those leaving at most
// MAX_UNKNOWN_SHARE of the found faces unknown (ties: the lower threshold, fewer unknowns).
const admissible = sweep.filter((row) => (row.unknownShare.value ?? 1) <= MAX_UNKNOWN_SHARE);
const chosenThreshold = admissible.reduce((best, row) => (row.worstErrorPoints < best.worstErrorPoints - 1e-9 ? row : best), admissible[0]).minProbability;
for (const row of sweep) {
  log(`abstention ${row.minProbability}: unknown ${fmt(row.unknownShare.value)}; masked-share error ${REAL_SETS.map((set) =>
    `${set} ${row.perSet[set].errorPoints?.toFixed(1) ?? '–'} pts`).join(', ')}`);
}
log(`abstention: best on validation ${chosenThreshold}; the page uses FACE_MIN_PROBABILITY = ${FACE_MIN_PROBABILITY}`);
const pipelineAt = (split: 'validation' | 'test', set: string, minProbability: number): PipelineFigures => {
  const c = countsAt(judged[split][set], minProbability);
  const u = unknownShareOf(c);
  const m = c.maskedShare;
  return {
    photos: c.photos,
    perClass: Object.fromEntries(MASK_LABELS.map((l) => {
      const k = c.perClass[l];
      return [l, { n: k.n, detected: rate(k.found, k.n), right: rate(k.right, k.found), unknown: rate(k.unknown, k.found) }];
    })) as PipelineFigures['perClass'],
    unknownShare: rate(u.k, u.n),
    countedUnknown: rate(c.countedUnknown, c.counted),
    maskedShare: { true: rate(m.trueMasked, m.trueAll), estimated: rate(m.estimatedMasked, m.estimatedKnown), errorPoints: maskedShareErrorPoints(c) },
    reliability: reliability(c.stated),
  };
};
const pipeline: MaskClassifierFigures['pipeline'] = {
  minProbability: FACE_MIN_PROBABILITY,
  rule: `centre rule, annotated faces ≥ ${MIN_FACE_HEIGHT} px, detector ≥ ${YUNET_CONFIG.minScore}`,
  bySplit: Object.fromEntries((['validation', 'test'] as const).map((split) => [split, Object.fromEntries(REAL_SETS.flatMap((set) =>
    [[set, pipelineAt(split, set, FACE_MIN_PROBABILITY)], [`${set}, every face guessed`, pipelineAt(split, set, 0)]]))])) as MaskClassifierFigures['pipeline']['bySplit'],
  sweep: { on: 'validation', maxUnknownShare: MAX_UNKNOWN_SHARE, best: chosenThreshold, rows: sweep },
};
for (const split of ['validation', 'test'] as const) {
  for (const set of REAL_SETS) {
    const f = pipeline.bySplit[split][set];
    log(`pipeline ${set} ${split}: ${MASK_LABELS.map((l) => `${l} right ${fmt(f.perClass[l].right.value)} (n=${f.perClass[l].right.n}, ` +
      `detected ${fmt(f.perClass[l].detected.value)})`).join(', ')}; unknown ${fmt(f.unknownShare.value)}; masked share ` +
      `${fmt(f.maskedShare.true.value)} → ${fmt(f.maskedShare.estimated.value)} (${f.maskedShare.errorPoints?.toFixed(1) ?? '–'} pts); ` +
      `ECE of the found faces ${f.reliability.ece.toFixed(4)} (n=${f.reliability.n})`);
  }
}
if (options['compare-with'] !== undefined) await compareWith(options['compare-with']);

/**
 * --compare-with: the classifier committed at `commit` (with its own temperature) through the same pipeline on the
 * same photos, both at FACE_MIN_PROBABILITY, paired face by face (faces ≥ 24 px, unknown = wrong). A few faces
 * apart on these splits is usually no difference at all; the p-value says so.
 */
async function compareWith(commit: string): Promise<void> {
  const other = await weightsAtCommit(commit, 'comparing with');
  const otherClassifier = MaskClassifier.fromWeights(other.topology, other.weights);
  for (const split of ['validation', 'test'] as const) {
    for (const set of REAL_SETS) {
      const these: boolean[] = [];
      const those: boolean[] = [];
      for (const [k, photo] of photosOf(split, set).entries()) {
        these.push(...rightPerFace(judged[split][set][k], FACE_MIN_PROBABILITY, SHARE_RULE));
        those.push(...rightPerFace(await judgePhoto(otherClassifier, photo, found.photos.get(photo.file)), FACE_MIN_PROBABILITY, SHARE_RULE));
      }
      const c = pairedComparison(these, those);
      log(`against ${other.commit.slice(0, 7)}, ${set} ${split} (${c.n} faces): both right ${c.bothRight}, only these weights ` +
        `${c.onlyFirst}, only those ${c.onlySecond}, both wrong ${c.bothWrong}; exact McNemar p = ${c.pValue.toFixed(3)}`);
    }
  }
  otherClassifier.dispose();
}

/** The mask class each detection would get from the first three outputs alone (the classifier before this issue's fourth class). */
async function maskOnlyLabels(file: string, faces: readonly DetectedFace[]): Promise<ClassifierLabel[]> {
  if (faces.length === 0) return [];
  const image = await readImageTensor(file);
  const logits = tf.tidy(() => maskCnnLogits(topology, finalWeights, cropFaces(image, faces, size)));
  const values = logits.arraySync();
  tf.dispose([image, logits]);
  return values.map((row) => {
    const masks = labels.includes(NOT_A_FACE) ? row.slice(0, labelIndex(NOT_A_FACE)) : row;
    return labels[masks.indexOf(Math.max(...masks))];
  });
}

// Speed indication in Node (WASM, one thread): one batch of 16 faces. The page figure is eval:masks's.
const frame = tf.randomUniform([480, 640, 3], 0, 255, 'int32') as tf.Tensor3D;
const timedFaces = Array.from({ length: 16 }, (_, k) => ({ box: { x: 20 + 35 * k, y: 100, w: 60, h: 60 }, score: 1,
  keypoints: [] }));
for (let k = 0; k < 5; k++) await classifier.classify(frame, timedFaces);
const timingStart = performance.now();
for (let k = 0; k < 20; k++) await classifier.classify(frame, timedFaces);
const nodeMsPerFace = (performance.now() - timingStart) / 20 / timedFaces.length;

const { specs } = await tf.io.encodeWeights(finalWeights);
const weightBytes = specs.reduce((n, spec) => n + 4 * spec.shape.reduce((a, b) => a * b, 1), 0);

const fallbackBySource = (Object.keys(SOURCES) as SourceName[]).filter((source) => source !== 'background').map((source) => {
  const of = samples.map((s, i) => ({ s, i })).filter(({ s }) => s.source === source);
  return { source, n: of.length, fallback: of.filter(({ i }) => chosen[i].fallback).length };
});

const figures: MaskClassifierFigures = {
  seed: SEED, provenance: options.provenance ?? null, detector: TRAINING_DETECTOR_ID, pageMinScore: YUNET_CONFIG.minScore, epochs: record.epochs, batch: BATCH, learningRate: record.learningRate,
  fineTunedFrom: record.fineTunedFrom,
  dropout: DROPOUT, bestEpoch: record.bestEpoch,
  selection: 'best mean recall over the (source, class) cells of the validation set',
  history: record.history, trainingSeconds: record.trainingSeconds, totalSeconds: (Date.now() - started) / 1000,
  cpu: `${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}`,
  weightBytes, parameters: specs.reduce((n, s) => n + s.shape.reduce((a, b) => a * b, 1), 0),
  files: await Promise.all(['model.json', 'weights.bin'].map(async (name) => ({ name, sha256: await modelFileSha256(name) }))),
  topology: { inputSize: topology.inputSize, stem: topology.stem, blocks: topology.blocks, labels: topology.labels },
  crop: { margin: FACE_CROP_CONFIG.margin, eyesToCentre: FACE_CROP_CONFIG.eyesToCentre },
  measuredEyesToCentre: Number.isNaN(measuredEyesToCentre) ? null : measuredEyesToCentre,
  classCounts, classWeights, repeats: { ...REPEATS }, exclusions, labelAudit: auditFigures(await readLabelAudit()), fallbackBySource,
  nodeMsPerFace, splitCounts: countSplits(samples), evaluations, notAFace,
  maskedShare, calibration, pipeline,
};
await writeClassifierFigures(figures);
log(`wrote ${path.relative(REPO_ROOT, modelDir)}/ (${weightBytes} bytes of weights) in ${((Date.now() - started) / 1000).toFixed(0)} s`);
classifier.dispose();
frame.dispose();

function fmt(v: number | null): string {
  return v === null ? '–' : v.toFixed(3);
}

function countSplits(all: FaceSample[]): MaskClassifierFigures['splitCounts'] {
  const rows = new Map<string, MaskClassifierFigures['splitCounts'][number]>();
  for (const s of all) {
    const key = `${s.source}/${s.split}`;
    const row = rows.get(key) ?? { source: s.source, split: s.split, with_mask: 0, without_mask: 0, mask_incorrect: 0, not_a_face: 0 };
    row[s.label]++;
    rows.set(key, row);
  }
  return [...rows.values()].sort((a, b) => `${a.split}${a.source}`.localeCompare(`${b.split}${b.source}`));
}
