/**
 * Runs the page's own detector on every sample so the classifier is trained on the boxes it will get at
 * run time. The output is cached in .cache/ (a few minutes for ~5,500 crops on WASM).
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-wasm';
import type { DetectedFace } from '../../src/logic/frame';
import type { Box } from '../../src/logic/geometry';
import { createDetector } from '../../src/ml/create-detector';
import { REPO_ROOT, fileModel, readImageTensor } from '../lib/node-tf';
import type { FaceSample } from './dataset';

/** The margin the data sets cut around each face (README: "15 % margin on each side"). */
export const DATASET_CROP_MARGIN = 0.15;

const CACHE_FILE = path.join(REPO_ROOT, '.cache', 'mask-training-detections.json');
/** Bump when what is cached changes meaning (detector settings, region rule). */
const CACHE_VERSION = 3;
/**
 * Context given to the detector around a face: short-range BlazeFace misses faces that fill its whole input
 * (half of the chandrikadeb7 crops at first), so crops are padded with black by this share of their size on
 * each side, and scene faces get this share of their box of real surroundings (clipped to the photo).
 */
const DETECTION_CONTEXT = 0.5;

export interface SampleDetections {
  imageWidth: number;
  imageHeight: number;
  /** The face's part of the image: the whole crop, or a scene face box plus the data sets' 15 % margin. */
  region: Box;
  /** Every face found in `region`, in image coordinates. */
  faces: DetectedFace[];
}

interface CacheFile {
  version: number;
  entries: Record<string, SampleDetections>;
}

/** The annotated box grown by `margin` of its size on each side and clipped to the image. */
function regionAround(box: Box, margin: number, width: number, height: number): Box {
  const x1 = Math.max(0, Math.floor(box.x - box.w * margin));
  const y1 = Math.max(0, Math.floor(box.y - box.h * margin));
  const x2 = Math.min(width, Math.ceil(box.x + box.w * (1 + margin)));
  const y2 = Math.min(height, Math.ceil(box.y + box.h * (1 + margin)));
  return { x: x1, y: y1, w: x2 - x1, h: y2 - y1 };
}

export async function detectFaces(samples: FaceSample[], log: (line: string) => void):
Promise<Map<string, SampleDetections>> {
  const cache: CacheFile = existsSync(CACHE_FILE)
    ? (JSON.parse(await readFile(CACHE_FILE, 'utf8')) as CacheFile)
    : { version: CACHE_VERSION, entries: {} };
  if (cache.version !== CACHE_VERSION) cache.entries = {};
  const missing = samples.filter((s) => !(s.key in cache.entries));
  if (missing.length > 0) {
    log(`detecting faces in ${missing.length} samples (${samples.length - missing.length} cached)`);
    // Inference only: the WASM backend is several times faster than the CPU one here.
    const previousBackend = tf.getBackend();
    await tf.setBackend('wasm');
    const detector = await createDetector((p) => fileModel(path.join(REPO_ROOT, p)));
    const started = Date.now();
    for (const [done, sample] of missing.entries()) {
      const image = await readImageTensor(sample.file);
      const [imageHeight, imageWidth] = image.shape;
      const region = sample.annotatedBox
        ? regionAround(sample.annotatedBox, DATASET_CROP_MARGIN, imageWidth, imageHeight)
        : { x: 0, y: 0, w: imageWidth, h: imageHeight };
      // What the detector sees, and where its (0, 0) lies in the image.
      let seen: tf.Tensor3D;
      let origin: [number, number];
      if (sample.annotatedBox) {
        const context = regionAround(sample.annotatedBox, DETECTION_CONTEXT, imageWidth, imageHeight);
        seen = tf.slice(image, [context.y, context.x, 0], [context.h, context.w, 3]);
        origin = [context.x, context.y];
      } else {
        const [padX, padY] = [Math.round(imageWidth * DETECTION_CONTEXT), Math.round(imageHeight * DETECTION_CONTEXT)];
        seen = tf.pad(image, [[padY, padY], [padX, padX], [0, 0]]);
        origin = [-padX, -padY];
      }
      const found = await detector.detect(seen);
      tf.dispose([image, seen]);
      cache.entries[sample.key] = {
        imageWidth, imageHeight, region,
        faces: found.map((f) => ({
          ...f,
          box: { ...f.box, x: f.box.x + origin[0], y: f.box.y + origin[1] },
          keypoints: f.keypoints.map(([x, y]) => [x + origin[0], y + origin[1]] as const),
        })),
      };
      if ((done + 1) % 500 === 0 || done + 1 === missing.length) {
        log(`  ${done + 1}/${missing.length} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
        await mkdir(path.dirname(CACHE_FILE), { recursive: true });
        await writeFile(CACHE_FILE, JSON.stringify(cache));
      }
    }
    detector.dispose();
    await tf.setBackend(previousBackend);
  }
  return new Map(samples.map((s) => [s.key, cache.entries[s.key]]));
}
