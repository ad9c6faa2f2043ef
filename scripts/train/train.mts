/**
 * npm run train — trains the mask classifier and writes models/mask-classifier/{model.json, weights.bin,
 * figures.json, CARD.md}.
 *
 * Reproducible: fixed seed for the initial weights, the sample order, the augmentation and dropout; the data
 * splits depend on file names and hashes only (dataset.ts). Runs on tfjs's WASM backend in Node (one thread),
 * with the convolution gradients it lacks supplied by fast-gradients.ts. Detector output and crops are cached
 * in .cache/, so a second run only trains.
 */
import { writeFile, mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-wasm';
import { classificationMetrics, type ClassificationMetrics } from '../../src/logic/classification-metrics';
import { KEYPOINT, MASK_LABELS, type MaskLabel } from '../../src/logic/frame';
import { FACE_CROP_CONFIG } from '../../src/ml/face-crop';
import { MaskClassifier, cropFaces } from '../../src/ml/mask-classifier';
import { DEFAULT_TOPOLOGY, initialWeights, maskCnnLogits, weightShapes, type MaskCnnWeights } from '../../src/ml/mask-cnn';
import { MODEL_FILES } from '../../src/ml/model-paths';
import { readImageTensor } from '../lib/node-tf';
import { REPO_ROOT } from '../lib/paths';
import { registerGradients } from '../lib/tf-gradients';
import { writeClassifierFigures, type Evaluation, type TrainingRecord } from './card';
import { seededRandom } from '../../src/logic/seeded-random';
import { median } from '../../src/logic/stats';
import { buildCrops, chooseFace, type CropCache } from './crops';
import { SOURCES, loadDataset, type FaceSample, type SourceName } from './dataset';
import { detectFaces } from './face-boxes';
import { registerFastConvolutionGradients } from './fast-gradients';

const { values: options } = parseArgs({
  options: {
    epochs: { type: 'string', default: '20' },
    seed: { type: 'string', default: '20200428' },
  },
});
const SEED = Number(options.seed);
const EPOCHS = Number(options.epochs);
const BATCH = 32;
const LEARNING_RATE = 2e-3;
const DROPOUT = 0.2;

const log = (line: string): void => console.log(`[${new Date().toISOString().slice(11, 19)}] ${line}`);
const started = Date.now();

await registerGradients();
registerFastConvolutionGradients();
await tf.setBackend('wasm');
await tf.ready();
const { samples, exclusions } = await loadDataset();
log(`dataset: ${samples.length} samples`);
const detections = await detectFaces(samples, log);

const chosen = samples.map((s) => chooseFace(s, detections.get(s.key) ?? { imageWidth: 0, imageHeight: 0,
  region: { x: 0, y: 0, w: 1, h: 1 }, faces: [] }));
// Check of FACE_CROP_CONFIG.eyesToCentre: where the box centre sits below the eyes, on detected faces.
const eyeOffsets = chosen.filter((c) => !c.fallback && c.face.keypoints.length > 1).map(({ face }) => {
  const eyesY = (face.keypoints[KEYPOINT.rightEye][1] + face.keypoints[KEYPOINT.leftEye][1]) / 2;
  return (face.box.y + face.box.h / 2 - eyesY) / face.box.h;
});
const measuredEyesToCentre = median(eyeOffsets);
log(`median (box centre − eyes) / box height: ${measuredEyesToCentre.toFixed(3)} (config ${FACE_CROP_CONFIG.eyesToCentre})`);

const topology = DEFAULT_TOPOLOGY;
const size = topology.inputSize;
const crops = await buildCrops(samples, chosen, size, SEED, log);
const perCrop = size * size * 3;
const labelIndex = (l: MaskLabel): number => topology.labels.indexOf(l);

const trainIdx = samples.flatMap((s, i) => (s.split === 'train' ? [i] : []));
const validationIdx = samples.flatMap((s, i) => (s.split === 'validation' ? [i] : []));
const testIdx = samples.flatMap((s, i) => (s.split === 'test' ? [i] : []));

/** Rare classes weigh more, so mask_incorrect (a sixth of training) is not sacrificed to overall accuracy. */
const classCounts = topology.labels.map((l) => trainIdx.filter((i) => samples[i].label === l).length);
const classWeights = classCounts.map((c) => trainIdx.length / (topology.labels.length * c));
log(`train ${trainIdx.length} (${classCounts.join('/')}), validation ${validationIdx.length}, test ${testIdx.length}`);

/** A batch of crops scaled to [-1, 1]; training batches get a random variant, flip and lighting change. */
function batchTensor(cache: CropCache, indices: number[], random?: () => number): tf.Tensor4D {
  const data = new Float32Array(indices.length * perCrop);
  indices.forEach((sampleIndex, b) => {
    const variant = random ? Math.floor(random() * cache.variants) : 0;
    const offset = (sampleIndex * cache.variants + variant) * perCrop;
    const flip = random ? random() < 0.5 : false;
    const contrast = random ? 0.7 + random() * 0.6 : 1;
    const brightness = random ? (random() - 0.5) * 0.4 : 0;
    for (let y = 0; y < size; y++) {
      for (let x = 0; x < size; x++) {
        const from = offset + (y * size + (flip ? size - 1 - x : x)) * 3;
        const to = b * perCrop + (y * size + x) * 3;
        for (let c = 0; c < 3; c++) data[to + c] = (cache.pixels[from + c] / 127.5 - 1) * contrast + brightness;
      }
    }
  });
  return tf.tensor4d(data, [indices.length, size, size, 3]);
}

function predict(weights: MaskCnnWeights, indices: number[]): { label: MaskLabel; score: number }[] {
  const out: { label: MaskLabel; score: number }[] = [];
  for (let start = 0; start < indices.length; start += 128) {
    const probabilities = tf.tidy(() => tf.softmax(maskCnnLogits(topology, weights,
      batchTensor(crops, indices.slice(start, start + 128)))));
    const values = probabilities.dataSync();
    probabilities.dispose();
    for (let i = 0; i < values.length / 3; i++) {
      const row = [values[i * 3], values[i * 3 + 1], values[i * 3 + 2]];
      const best = row.indexOf(Math.max(...row));
      out.push({ label: topology.labels[best], score: row[best] });
    }
  }
  return out;
}

function metricsOf(weights: MaskCnnWeights, indices: number[]): ClassificationMetrics<MaskLabel> {
  const predictions = predict(weights, indices);
  return classificationMetrics(MASK_LABELS, indices.map((i, k) => ({ actual: samples[i].label, predicted: predictions[k].label })));
}

/** Mean recall over the classes present: the selection score, blind to class sizes. */
function balancedAccuracy(m: ClassificationMetrics<MaskLabel>): number {
  const recalls = MASK_LABELS.map((l) => m.perClass[l].recall).filter((r) => !Number.isNaN(r));
  return recalls.reduce((a, b) => a + b, 0) / recalls.length;
}

const init = initialWeights(topology, SEED);
const variables: Record<string, tf.Variable> = {};
for (const [name, tensor] of Object.entries(init)) variables[name] = tf.variable(tensor, true, name);
tf.dispose(Object.values(init));
const optimizer = tf.train.adam(LEARNING_RATE);
const random = seededRandom(SEED + 1);
const weightsTensor = tf.tensor1d(classWeights);

let best: { epoch: number; score: number; weights: Record<string, Float32Array> } | undefined;
const history: TrainingRecord['history'] = [];
const trainingStarted = Date.now();
for (let epoch = 1; epoch <= EPOCHS; epoch++) {
  // Cosine decay from LEARNING_RATE to 5 % of it over the run.
  const rate = LEARNING_RATE * (0.05 + 0.95 * 0.5 * (1 + Math.cos((Math.PI * (epoch - 1)) / EPOCHS)));
  (optimizer as unknown as { learningRate: number }).learningRate = rate;
  const order = [...trainIdx];
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  let lossSum = 0;
  let steps = 0;
  for (let start = 0; start + BATCH <= order.length; start += BATCH) {
    const indices = order.slice(start, start + BATCH);
    const x = batchTensor(crops, indices, random);
    const labels = tf.tensor1d(indices.map((i) => labelIndex(samples[i].label)), 'int32');
    const dropoutSeed = Math.floor(random() * 2 ** 31);
    const loss = optimizer.minimize(() => tf.tidy(() => {
      const oneHot = tf.oneHot(labels, topology.labels.length);
      const perSample = tf.gather(weightsTensor, labels);
      const logits = maskCnnLogits(topology, variables, x, { dropout: { rate: DROPOUT, seed: dropoutSeed } });
      return tf.losses.softmaxCrossEntropy(oneHot, logits, perSample) as tf.Scalar;
    }), true);
    lossSum += loss ? (await loss.data())[0] : NaN;
    steps++;
    tf.dispose([x, labels]);
    loss?.dispose();
  }
  const validation = metricsOf(variables, validationIdx);
  const score = balancedAccuracy(validation);
  history.push({ epoch, loss: lossSum / steps, validationAccuracy: validation.accuracy, validationBalanced: score,
    seconds: (Date.now() - trainingStarted) / 1000 });
  log(`epoch ${epoch}/${EPOCHS} lr ${rate.toExponential(2)} loss ${(lossSum / steps).toFixed(4)} ` +
    `validation accuracy ${validation.accuracy.toFixed(4)} balanced ${score.toFixed(4)} (${tf.memory().numTensors} tensors)`);
  if (!best || score > best.score) {
    best = { epoch, score, weights: Object.fromEntries(Object.entries(variables).map(([k, v]) => [k, v.dataSync() as Float32Array])) };
  }
}
if (!best) throw new Error('no epoch ran');
const trainingSeconds = (Date.now() - trainingStarted) / 1000;
const chosenWeights = best.weights;
const finalWeights: MaskCnnWeights = Object.fromEntries(weightShapes(topology).map(([name, shape]) =>
  [name, tf.tensor(chosenWeights[name], shape)]));
log(`kept epoch ${best.epoch} (validation balanced accuracy ${best.score.toFixed(4)})`);

// Figures for the card: validation, every held-out source, slices.
const evaluations: Evaluation[] = [];
const evaluate = (name: string, indices: number[]): void => {
  if (indices.length > 0) evaluations.push({ name, metrics: metricsOf(finalWeights, indices) });
};
evaluate('validation (chandrikadeb7 + MaskedFace-Net groups never trained on)', validationIdx);
evaluate('held out: all test sources', testIdx);
for (const source of Object.keys(SOURCES) as SourceName[]) {
  evaluate(`held out: ${source}`, testIdx.filter((i) => samples[i].source === source));
}
const scenes = testIdx.filter((i) => samples[i].source === 'scenesV2');
const faceHeight = (s: FaceSample): number => s.annotatedBox?.h ?? Infinity;
evaluate('scenesV2 faces under 32 px high', scenes.filter((i) => faceHeight(samples[i]) < 32));
evaluate('scenesV2 faces 32 px high or more', scenes.filter((i) => faceHeight(samples[i]) >= 32));
evaluate('held out, detector found the face', testIdx.filter((i) => !chosen[i].fallback));
evaluate('held out, detector missed (fallback crop)', testIdx.filter((i) => chosen[i].fallback));
// Dark crops: mean brightness of the exact crop, lowest third among held-out faces. A proxy for lighting,
// NOT for skin tone (no skin-tone labels exist in these data).
const brightness = testIdx.map((i) => {
  let sum = 0;
  const offset = i * crops.variants * perCrop;
  for (let k = 0; k < perCrop; k++) sum += crops.pixels[offset + k];
  return { i, mean: sum / perCrop };
}).sort((a, b) => a.mean - b.mean);
const third = Math.floor(brightness.length / 3);
evaluate('held out, darkest third of crops', brightness.slice(0, third).map((b) => b.i));
evaluate('held out, brightest third of crops', brightness.slice(-third).map((b) => b.i));

// Framing: held-out data-set crops taken whole as the face (what eval:masks does: the image minus the 15 %
// margin is the box, no keypoints) instead of the detector's crop. Shows how much a looser or tighter frame
// than the page's changes the answer.
const wholeImage = testIdx.filter((i) => !samples[i].annotatedBox);
const wholePredictions: MaskLabel[] = [];
for (const i of wholeImage) {
  const image = await readImageTensor(samples[i].file);
  const [h, w] = image.shape;
  const inner = 1 / (1 + 2 * FACE_CROP_CONFIG.margin);
  const face = { box: { x: (w * (1 - inner)) / 2, y: (h * (1 - inner)) / 2, w: w * inner, h: h * inner }, score: 1, keypoints: [] };
  const probabilities = tf.tidy(() => tf.softmax(maskCnnLogits(topology, finalWeights, cropFaces(image, [face], size))));
  const row = Array.from(probabilities.dataSync());
  wholePredictions.push(topology.labels[row.indexOf(Math.max(...row))]);
  tf.dispose([image, probabilities]);
}
for (const source of ['prajnasb', 'maskedFaceNetSeg'] as SourceName[]) {
  const picked = wholeImage.map((i, k) => ({ i, k })).filter(({ i }) => samples[i].source === source);
  if (picked.length > 0) {
    evaluations.push({ name: `${source}, whole image as the face crop (eval:masks framing)`,
      metrics: classificationMetrics(MASK_LABELS, picked.map(({ i, k }) => ({ actual: samples[i].label, predicted: wholePredictions[k] }))) });
  }
}

// Speed indication in Node (WASM, one thread): one batch of 16 faces. The page figure is eval:masks's.
const frame = tf.randomUniform([480, 640, 3], 0, 255, 'int32') as tf.Tensor3D;
const classifier = MaskClassifier.fromWeights(topology, finalWeights);
const faces = Array.from({ length: 16 }, (_, k) => ({ box: { x: 20 + 35 * k, y: 100, w: 60, h: 60 }, score: 1,
  keypoints: [] }));
for (let k = 0; k < 5; k++) await classifier.classify(frame, faces);
const timingStart = performance.now();
for (let k = 0; k < 20; k++) await classifier.classify(frame, faces);
const nodeMsPerFace = (performance.now() - timingStart) / 20 / faces.length;

// model.json + weights.bin, in tfjs's artifact layout so tf.io.http loads it.
const modelDir = path.join(REPO_ROOT, path.dirname(MODEL_FILES.maskClassifier));
await mkdir(modelDir, { recursive: true });
const { data, specs } = await tf.io.encodeWeights(finalWeights);
const weightBytes = tf.io.CompositeArrayBuffer.join(data);
await writeFile(path.join(modelDir, 'weights.bin'), new Uint8Array(weightBytes));
const modelJson = {
  format: 'headcount-mask-cnn',
  generatedBy: 'scripts/train/train.mts',
  convertedBy: null,
  modelTopology: topology,
  weightsManifest: [{ paths: ['weights.bin'], weights: specs }],
};
await writeFile(path.join(modelDir, 'model.json'), `${JSON.stringify(modelJson)}\n`);

const fallbackBySource = Object.fromEntries((Object.keys(SOURCES) as SourceName[]).map((source) => {
  const of = samples.map((s, i) => ({ s, i })).filter(({ s }) => s.source === source);
  return [source, { n: of.length, fallback: of.filter(({ i }) => chosen[i].fallback).length }];
})) as TrainingRecord['fallbackBySource'];

await writeClassifierFigures({
  seed: SEED, epochs: EPOCHS, batch: BATCH, learningRate: LEARNING_RATE, dropout: DROPOUT, bestEpoch: best.epoch,
  history, trainingSeconds, totalSeconds: (Date.now() - started) / 1000, cpu: `${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}`,
  weightBytes: weightBytes.byteLength, parameters: specs.reduce((n, s) => n + s.shape.reduce((a, b) => a * b, 1), 0),
  topology, classCounts, classWeights, exclusions, fallbackBySource, measuredEyesToCentre, nodeMsPerFace,
  splitCounts: countSplits(samples), evaluations,
});
log(`wrote ${path.relative(REPO_ROOT, modelDir)}/ (${weightBytes.byteLength} bytes of weights) in ${((Date.now() - started) / 1000).toFixed(0)} s`);
classifier.dispose();
frame.dispose();

function countSplits(all: FaceSample[]): TrainingRecord['splitCounts'] {
  const rows = new Map<string, TrainingRecord['splitCounts'][number]>();
  for (const s of all) {
    const key = `${s.source}/${s.split}`;
    const row = rows.get(key) ?? { source: s.source, split: s.split, with_mask: 0, without_mask: 0, mask_incorrect: 0 };
    row[s.label]++;
    rows.set(key, row);
  }
  return [...rows.values()].sort((a, b) => `${a.split}${a.source}`.localeCompare(`${b.split}${b.source}`));
}
