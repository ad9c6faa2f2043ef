/**
 * Runs the page's own detector on the training material so the classifier learns from the boxes and keypoints
 * it will get at run time: on every data-set face crop, and on every whole photo (real_scenes, the
 * composites), whose detections are matched to the annotated faces and, where they match none, become "not a
 * face" examples. The output is cached in .cache/ per detector.
 *
 * Switching detectors is a re-run: `loadTrainingDetector` is the only place that names one, and its id keys
 * the cache, so a new detector recomputes every box and, through the crop cache's hash, every crop.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-wasm';
import type { DetectedFace } from '../../src/logic/frame';
import type { Box } from '../../src/logic/geometry';
import type { FaceDetector } from '../../src/ml/detector';
import { MODEL_FILES } from '../../src/ml/model-paths';
import { YUNET_CONFIG, YunetDetector } from '../../src/ml/yunet/yunet-detector';
import { REPO_ROOT, fileModel, readImageTensor } from '../lib/node-tf';
import { DATA_ROOT, type FaceSample } from './dataset';

/**
 * The page's detector, with a lower score threshold than the page's (YUNET_CONFIG.minScore): more faces then get
 * the detector's own box and keypoints instead of the annotated box, and more of its false positives become "not
 * a face" examples. Figures about the page (not-a-face effect, masked share) keep only YUNET_CONFIG.minScore up.
 */
const TRAINING_MIN_SCORE = 0.5;
/** Which detector cuts the training crops; part of every cache key. */
export const TRAINING_DETECTOR_ID = `yunet-${TRAINING_MIN_SCORE}`;

/** The detector that cuts the training crops, loaded from disk. The one place to change when the page's detector changes. */
export function loadTrainingDetector(): Promise<FaceDetector> {
  return YunetDetector.load(fileModel(path.join(REPO_ROOT, MODEL_FILES.yunet)), { ...YUNET_CONFIG, minScore: TRAINING_MIN_SCORE });
}

/** The margin the data sets cut around each face (README: "15 % margin on each side"). */
export const DATASET_CROP_MARGIN = 0.15;

const CACHE_FILE = path.join(REPO_ROOT, '.cache', `mask-training-detections-${TRAINING_DETECTOR_ID}.json`);
/** Bump when what is cached changes meaning (region rule, padding, keys). */
const CACHE_VERSION = 4;
/**
 * Version 3 keyed photos by their path relative to the clone's parent folder, so a cache held only for clones
 * beside `../shared`; version 4 keys them relative to the data folder, wherever HEADCOUNT_SHARED puts it. Its
 * boxes are still valid: only the photo keys are rewritten (a key from another layout then matches no photo,
 * and that photo is detected again).
 */
const KEYED_BY_CLONE_PARENT = 3;
/**
 * Black padding around a data-set crop, as a share of its size on each side: a detector misses faces that
 * fill its whole input (half of the chandrikadeb7 crops at first with BlazeFace, the page's first detector).
 */
const CROP_PADDING = 0.5;

export interface SampleDetections {
  imageWidth: number;
  imageHeight: number;
  /** The face's part of the image: the whole crop, or a scene face box plus the data sets' 15 % margin. */
  region: Box;
  /** Every face found (in the crop, or in the whole photo for a scene face), in image coordinates. */
  faces: DetectedFace[];
}

/** What the detector found in one whole photo. */
export interface PhotoDetections {
  imageWidth: number;
  imageHeight: number;
  faces: DetectedFace[];
}

interface CacheFile {
  version: number;
  /** Data-set crops by sample key, whole photos by file path relative to the data folder. */
  crops: Record<string, PhotoDetections>;
  photos: Record<string, PhotoDetections>;
}

/** The annotated box grown by `margin` of its size on each side and clipped to the image. */
export function regionAround(box: Box, margin: number, width: number, height: number): Box {
  const x1 = Math.max(0, Math.floor(box.x - box.w * margin));
  const y1 = Math.max(0, Math.floor(box.y - box.h * margin));
  const x2 = Math.min(width, Math.ceil(box.x + box.w * (1 + margin)));
  const y2 = Math.min(height, Math.ceil(box.y + box.h * (1 + margin)));
  return { x: x1, y: y1, w: x2 - x1, h: y2 - y1 };
}

function shifted(faces: DetectedFace[], dx: number, dy: number): DetectedFace[] {
  return faces.map((f) => ({
    ...f,
    box: { ...f.box, x: f.box.x + dx, y: f.box.y + dy },
    keypoints: f.keypoints.map(([x, y]) => [x + dx, y + dy] as const),
  }));
}

/**
 * Detections for every data-set crop (`crops`, keyed by sample key) and every whole photo (`photos`, keyed by
 * the photo's path), from the cache or the detector.
 */
export async function runDetector(crops: FaceSample[], photos: string[], log: (line: string) => void):
Promise<{ crops: Map<string, PhotoDetections>; photos: Map<string, PhotoDetections> }> {
  const cache: CacheFile = existsSync(CACHE_FILE)
    ? (JSON.parse(await readFile(CACHE_FILE, 'utf8')) as CacheFile)
    : { version: CACHE_VERSION, crops: {}, photos: {} };
  const save = async (): Promise<void> => {
    await mkdir(path.dirname(CACHE_FILE), { recursive: true });
    await writeFile(CACHE_FILE, JSON.stringify(cache));
  };
  const photoKey = (file: string): string => path.relative(DATA_ROOT, file);
  if (cache.version === KEYED_BY_CLONE_PARENT) {
    cache.photos = Object.fromEntries(Object.entries(cache.photos).map(([key, v]) => [photoKey(path.resolve(REPO_ROOT, '..', key)), v]));
    cache.version = CACHE_VERSION;
    await save();
  }
  if (cache.version !== CACHE_VERSION) Object.assign(cache, { version: CACHE_VERSION, crops: {}, photos: {} });
  const missingCrops = crops.filter((s) => !(s.key in cache.crops));
  const missingPhotos = photos.filter((p) => !(photoKey(p) in cache.photos));
  if (missingCrops.length + missingPhotos.length > 0) {
    log(`detecting faces (${TRAINING_DETECTOR_ID}) in ${missingCrops.length} crops and ${missingPhotos.length} photos`);
    // Inference only: the WASM backend is several times faster than the CPU one here.
    const previousBackend = tf.getBackend();
    await tf.setBackend('wasm');
    const detector = await loadTrainingDetector();
    const started = Date.now();
    for (const [done, file] of missingPhotos.entries()) {
      const image = await readImageTensor(file);
      const [imageHeight, imageWidth] = image.shape;
      cache.photos[photoKey(file)] = { imageWidth, imageHeight, faces: await detector.detect(image) };
      image.dispose();
      // Saved as it goes: a run stopped part-way (hours on a shared machine) keeps what it found.
      if ((done + 1) % 100 === 0) {
        log(`  photos ${done + 1}/${missingPhotos.length} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
        await save();
      }
    }
    await save();
    for (const [done, sample] of missingCrops.entries()) {
      const image = await readImageTensor(sample.file);
      const [imageHeight, imageWidth] = image.shape;
      const [padX, padY] = [Math.round(imageWidth * CROP_PADDING), Math.round(imageHeight * CROP_PADDING)];
      const padded = tf.pad(image, [[padY, padY], [padX, padX], [0, 0]]) as tf.Tensor3D;
      const found = await detector.detect(padded);
      tf.dispose([image, padded]);
      cache.crops[sample.key] = { imageWidth, imageHeight, faces: shifted(found, -padX, -padY) };
      if ((done + 1) % 500 === 0 || done + 1 === missingCrops.length) {
        log(`  crops ${done + 1}/${missingCrops.length} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
        await save();
      }
    }
    detector.dispose();
    await tf.setBackend(previousBackend);
  }
  return {
    crops: new Map(crops.map((s) => [s.key, cache.crops[s.key]])),
    photos: new Map(photos.map((p) => [p, cache.photos[photoKey(p)]])),
  };
}

/** What chooseFace needs for one sample: its region and the faces found around it. */
export function sampleDetections(sample: FaceSample, found: PhotoDetections): SampleDetections {
  const { imageWidth, imageHeight, faces } = found;
  const region = sample.annotatedBox
    ? regionAround(sample.annotatedBox, DATASET_CROP_MARGIN, imageWidth, imageHeight)
    : { x: 0, y: 0, w: imageWidth, h: imageHeight };
  return { imageWidth, imageHeight, region, faces };
}
