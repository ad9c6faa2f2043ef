/**
 * npm run eval:peer -- --model-dir DIR   (or AIZOO_MODEL_DIR=DIR npm run eval:peer)
 *
 * Issue 27's peer: AIZOO's face-mask SSD (AIZOOTech/FaceMaskDetection on GitHub, MIT, trained on WIDER FACE and
 * MAFA), on the same faces as the page, run with OpenCV's DNN module (opencv.js in Node, @techstark/opencv-js).
 * DIR holds that repository's models/face_mask_detection.caffemodel and .prototxt (commit AIZOO_COMMIT; the sha256
 * are checked). The page never ships or loads them: they stay outside this repository.
 *
 * On the test split (by photo, scripts/lib/real-scenes.ts) of real_scenes and of real_scenes_more: the page's
 * pipeline in Node (the detector at its threshold, the committed classifier through MaskClassifier.classify, the
 * not-a-face filter, abstention at FACE_MIN_PROBABILITY: scripts/train/page-pipeline.ts, as `npm run train`
 * measures it) finds the annotated faces ≥ MIN_FACE_HEIGHT px it is judged on; AIZOO runs on the whole photo as its
 * opencv_dnn_infer.py does (scripts/lib/aizoo-ssd.ts, its defaults) and its faces are matched to the same annotated
 * boxes by IoU ≥ 0.5. Per class: the page right and unknown; AIZOO found, right and "Mask" among those found
 * (src/eval/peer-comparison.ts says what right means for a two-class peer). Writes models/peer-figures.json and
 * the tables made from it (models/README.md, README.md).
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { loadavg } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import sharp from 'sharp';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-wasm';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { MIN_FACE_HEIGHT, type MatchRule } from '../src/eval/detection-metrics.ts';
import { addPeerPhoto, emptyPeerCounts, type PeerCounts } from '../src/eval/peer-comparison.ts';
import { FACE_MIN_PROBABILITY } from '../src/logic/abstention.ts';
import { MASK_LABELS } from '../src/logic/frame.ts';
import type { PeerFigures } from '../src/logic/measured-figures.ts';
import { round } from '../src/logic/stats.ts';
import { MaskClassifier } from '../src/ml/mask-classifier.ts';
import { MODEL_FILES } from '../src/ml/model-paths.ts';
import { YUNET_CONFIG } from '../src/ml/yunet/yunet-detector.ts';
import { AIZOO_CONFIG, aizooAnchors, aizooFaces, type AizooFace } from './lib/aizoo-ssd.ts';
import { FIGURE_FILES, updateMarkdown, writeFigures } from './lib/figures.ts';
import { fileModel } from './lib/node-tf.ts';
import { REPO_ROOT } from './lib/paths.ts';
import { peerMarkdown } from './lib/peer-figures.ts';
import { loadRealScenes, REAL_SETS, type RealSet } from './lib/real-scenes.ts';
import { checkSha256 } from './lib/sha256.ts';
import { runDetector } from './train/face-boxes.ts';
import { rate } from './train/figures.ts';
import { judgePhoto } from './train/page-pipeline.ts';

const AIZOO_REPOSITORY = 'AIZOOTech/FaceMaskDetection';
const AIZOO_COMMIT = '256dc65f726cb78d82936b2c61c55a5adc2cf05d';
/** The repository's models/ files this script runs, and their sha256 at AIZOO_COMMIT. */
const AIZOO_FILES = {
  model: { file: 'face_mask_detection.caffemodel', sha256: '3c2e89cffdc9459a69dd5c2e4c1ca263e6488a56a5a37d81ca2ff32344fbf740' },
  config: { file: 'face_mask_detection.prototxt', sha256: '8de363802d3557f3d9ff7e72dd61eead60f5e9e145bb962d7979b99ff85d4212' },
} as const;
/** The prototxt's two output layers: box offsets (4 per anchor) and class scores (Mask, NoMask per anchor). */
const OUTPUTS = { loc: 'loc_branch_concat', cls: 'cls_branch_concat' } as const;
/** The page's answers are matched as its own figures match them; AIZOO's by overlap, the usual detection rule. */
const PAGE_RULE: MatchRule = { kind: 'centre' };
const PEER_RULE: MatchRule = { kind: 'iou', minIou: 0.5 };
const SPLIT = 'test';

/** The part of opencv.js this script uses (its bundled typings do not describe the DNN module). */
interface CvMat {
  data: Uint8Array;
  data32F: Float32Array;
  delete(): void;
}
interface CvNet {
  setInput(blob: CvMat): void;
  forward(output: string): CvMat;
}
interface OpenCv {
  Mat?: new (rows: number, cols: number, type: number) => CvMat;
  CV_8UC3: number;
  Size: new (width: number, height: number) => object;
  Scalar: new (...values: number[]) => object;
  FS_createDataFile(parent: string, name: string, data: Uint8Array, read: boolean, write: boolean, own: boolean): void;
  readNet(model: string, config: string): CvNet;
  blobFromImage(image: CvMat, scale: number, size: object, mean: object, swapRB: boolean, crop: boolean): CvMat;
  getBuildInformation(): string;
  onRuntimeInitialized?: () => void;
}

const { values: options } = parseArgs({ options: { 'model-dir': { type: 'string' } } });
const modelDir = options['model-dir'] ?? process.env.AIZOO_MODEL_DIR;
if (!modelDir) {
  console.error(`usage: npm run eval:peer -- --model-dir DIR (or AIZOO_MODEL_DIR=DIR), DIR holding ${AIZOO_FILES.model.file} and ` +
    `${AIZOO_FILES.config.file} from ${AIZOO_REPOSITORY} at ${AIZOO_COMMIT} (its models/ folder)`);
  process.exit(2);
}
const log = (line: string): void => console.error(`[${new Date().toISOString().slice(11, 19)}] ${line}`);

async function checkedFile({ file, sha256 }: { file: string; sha256: string }): Promise<Uint8Array> {
  return checkSha256(await readFile(path.join(modelDir ?? '', file)), sha256, file, `${AIZOO_REPOSITORY} at ${AIZOO_COMMIT}`);
}

/** Loads opencv.js (its Emscripten module is a thenable, so it is waited for by its init callback, never awaited). */
async function loadOpenCv(): Promise<{ cv: OpenCv; net: CvNet; version: string }> {
  const cv = createRequire(import.meta.url)('@techstark/opencv-js') as OpenCv;
  if (!cv.Mat) await new Promise<void>((resolve) => { cv.onRuntimeInitialized = resolve; });
  cv.FS_createDataFile('/', AIZOO_FILES.model.file, await checkedFile(AIZOO_FILES.model), true, false, false);
  cv.FS_createDataFile('/', AIZOO_FILES.config.file, await checkedFile(AIZOO_FILES.config), true, false, false);
  const net = cv.readNet(AIZOO_FILES.model.file, AIZOO_FILES.config.file);
  const opencv = /General configuration for OpenCV ([\d.]+)/.exec(cv.getBuildInformation())?.[1] ?? '?';
  const pkg = JSON.parse(await readFile(path.join(REPO_ROOT, 'node_modules', '@techstark', 'opencv-js', 'package.json'), 'utf8')) as { version: string };
  return { cv, net, version: `OpenCV ${opencv} DNN module (opencv.js, @techstark/opencv-js ${pkg.version}, WASM in Node)` };
}

const anchors = aizooAnchors();

/** AIZOO on one photo, as opencv_dnn_infer.py runs it: RGB, scaled to 0–1, resized to 260×260, its thresholds. */
function runAizoo(cv: OpenCv, net: CvNet, rgb: Uint8Array, width: number, height: number): AizooFace[] {
  if (!cv.Mat) throw new Error('opencv.js is not initialised');
  // A short buffer would leave the rest of the Mat as it was, silently: a grey or CMYK photo must not get here.
  if (rgb.length !== width * height * 3) throw new Error(`runAizoo needs ${width}×${height} RGB bytes, got ${rgb.length}`);
  const image = new cv.Mat(height, width, cv.CV_8UC3);
  image.data.set(rgb);
  const blob = cv.blobFromImage(image, 1 / 255, new cv.Size(AIZOO_CONFIG.inputSize, AIZOO_CONFIG.inputSize), new cv.Scalar(0, 0, 0, 0), false, false);
  net.setInput(blob);
  // Copied out before the next forward, which may reuse the network's buffers.
  const locMat = net.forward(OUTPUTS.loc);
  const loc = Float32Array.from(locMat.data32F);
  const clsMat = net.forward(OUTPUTS.cls);
  const cls = Float32Array.from(clsMat.data32F);
  for (const m of [image, blob, locMat, clsMat]) m.delete();
  return aizooFaces(anchors, loc, cls, width, height);
}

function classFigures(c: PeerCounts): PeerFigures['sets'][number]['perClass'] {
  return Object.fromEntries(MASK_LABELS.map((l) => {
    const k = c[l];
    return [l, {
      n: k.n,
      page: { right: rate(k.pageRight, k.n), unknown: rate(k.pageUnknown, k.n), rightWherePeerFound: rate(k.pageRightWherePeerFound, k.peerFound) },
      peer: { found: rate(k.peerFound, k.n), foundByCentre: rate(k.peerFoundByCentre, k.n), right: rate(k.peerRight, k.peerFound), masked: rate(k.peerMasked, k.peerFound) },
    }];
  })) as PeerFigures['sets'][number]['perClass'];
}

const loadStart = round(loadavg()[0], 1);
setWasmPaths(path.join(REPO_ROOT, 'node_modules', '@tensorflow', 'tfjs-backend-wasm', 'dist') + path.sep);
await tf.setBackend('wasm');
await tf.ready();
const classifier = await MaskClassifier.load(fileModel(path.join(REPO_ROOT, MODEL_FILES.maskClassifier)));
const { cv, net, version } = await loadOpenCv();
const sets: PeerFigures['sets'] = [];
for (const set of Object.keys(REAL_SETS) as RealSet[]) {
  const scenes = await loadRealScenes(SPLIT, set);
  const found = await runDetector([], scenes.map((s) => s.path), log);
  const counts = emptyPeerCounts();
  for (const scene of scenes) {
    const judged = await judgePhoto(classifier, { file: scene.path, faces: scene.faces }, found.photos.get(scene.path));
    const { data, info } = await sharp(scene.path).removeAlpha().toColourspace('srgb').raw().toBuffer({ resolveWithObject: true });
    const peer = runAizoo(cv, net, data, info.width, info.height).map((f) => ({ box: f.box, score: f.score, masked: f.label === 'Mask' }));
    addPeerPhoto(counts, judged, peer, FACE_MIN_PROBABILITY, { minFaceHeight: MIN_FACE_HEIGHT, rule: PAGE_RULE, peerRule: PEER_RULE });
  }
  sets.push({ set, split: SPLIT, photos: scenes.length, perClass: classFigures(counts) });
  log(`${set} ${SPLIT}: ${scenes.length} photos, ${MASK_LABELS.map((l) => `${l} n=${counts[l].n} page right ${counts[l].pageRight}, ` +
    `AIZOO found ${counts[l].peerFound} right ${counts[l].peerRight}`).join('; ')}`);
}
const rule = (r: MatchRule): string => (r.kind === 'iou' ? `IoU ≥ ${r.minIou}` : 'centres inside each other');
const figures: PeerFigures = {
  measuredOn: new Date().toISOString().slice(0, 10),
  peer: {
    name: "AIZOO's face-mask SSD (Caffe)",
    source: `${AIZOO_REPOSITORY} at ${AIZOO_COMMIT.slice(0, 7)}, models/`,
    license: 'MIT',
    files: [AIZOO_FILES.model, AIZOO_FILES.config],
    runtime: version,
    inputSize: AIZOO_CONFIG.inputSize,
    minScore: AIZOO_CONFIG.minScore,
    nmsIou: AIZOO_CONFIG.nmsIou,
  },
  minFaceHeight: MIN_FACE_HEIGHT,
  pageMinProbability: FACE_MIN_PROBABILITY,
  pageMinScore: YUNET_CONFIG.minScore,
  pageRule: rule(PAGE_RULE),
  peerRule: rule(PEER_RULE),
  loadAverage: [loadStart, round(loadavg()[0], 1)],
  sets,
};
await writeFigures(FIGURE_FILES.peer, figures);
for (const part of peerMarkdown(figures)) await updateMarkdown(part);
console.log(peerMarkdown(figures)[0].text);
