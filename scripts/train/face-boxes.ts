/**
 * Runs the page's own near detector on every sample so the classifier is trained on the boxes it will get at
 * run time. The output is cached in .cache/ (BlazeFace on the CPU backend takes minutes for ~6,000 crops).
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as tf from '@tensorflow/tfjs-core';
import type { DetectedFace } from '../../src/logic/frame';
import type { Box } from '../../src/logic/geometry';
import { NearFaceDetector } from '../../src/ml/blazeface-near';
import { MODEL_FILES } from '../../src/ml/model-paths';
import { REPO_ROOT, fileModel, readImageTensor } from '../lib/node-tf';
import type { FaceSample } from './dataset';

/** The margin the data sets cut around each face (README: "15 % margin on each side"). */
export const DATASET_CROP_MARGIN = 0.15;

const CACHE_FILE = path.join(REPO_ROOT, '.cache', 'mask-training-detections.json');
/** Bump when what is cached changes meaning (detector settings, region rule). */
const CACHE_VERSION = 1;

export interface SampleDetections {
  imageWidth: number;
  imageHeight: number;
  /** Part of the image the detector saw: the whole crop, or a scene face box plus the dataset margin. */
  region: Box;
  /** Every face found in `region`, in image coordinates. */
  faces: DetectedFace[];
}

interface CacheFile {
  version: number;
  entries: Record<string, SampleDetections>;
}

/** The annotated box grown by the dataset margin on each side and clipped to the image. */
function regionAround(box: Box, width: number, height: number): Box {
  const x1 = Math.max(0, Math.floor(box.x - box.w * DATASET_CROP_MARGIN));
  const y1 = Math.max(0, Math.floor(box.y - box.h * DATASET_CROP_MARGIN));
  const x2 = Math.min(width, Math.ceil(box.x + box.w * (1 + DATASET_CROP_MARGIN)));
  const y2 = Math.min(height, Math.ceil(box.y + box.h * (1 + DATASET_CROP_MARGIN)));
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
    const detector = await NearFaceDetector.load(fileModel(path.join(REPO_ROOT, MODEL_FILES.blazefaceShort)));
    const started = Date.now();
    for (const [done, sample] of missing.entries()) {
      const image = await readImageTensor(sample.file);
      const [imageHeight, imageWidth] = image.shape;
      const region = sample.annotatedBox
        ? regionAround(sample.annotatedBox, imageWidth, imageHeight)
        : { x: 0, y: 0, w: imageWidth, h: imageHeight };
      const part = tf.slice(image, [region.y, region.x, 0], [region.h, region.w, 3]);
      const found = await detector.detect(part);
      tf.dispose([image, part]);
      cache.entries[sample.key] = {
        imageWidth, imageHeight, region,
        faces: found.map((f) => ({
          ...f,
          box: { ...f.box, x: f.box.x + region.x, y: f.box.y + region.y },
          keypoints: f.keypoints.map(([x, y]) => [x + region.x, y + region.y] as const),
        })),
      };
      if ((done + 1) % 500 === 0 || done + 1 === missing.length) {
        log(`  ${done + 1}/${missing.length} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
        await mkdir(path.dirname(CACHE_FILE), { recursive: true });
        await writeFile(CACHE_FILE, JSON.stringify(cache));
      }
    }
    detector.dispose();
  }
  return new Map(samples.map((s) => [s.key, cache.entries[s.key]]));
}
