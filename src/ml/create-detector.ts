import type * as tf from '@tensorflow/tfjs-core';
import { AutoFaceDetector } from './auto-detector';
import { FarFaceDetector } from './blazeface-full/far-detector';
import { NearFaceDetector } from './blazeface-near';
import type { DetectorMode, FaceDetector } from './detector';
import { MODEL_FILES } from './model-paths';

/**
 * Turns a MODEL_FILES path into what tfjs loads: a URL in the page (e.g. siteUrl(path, base)), an IOHandler
 * reading from disk in Node (fileModel(...)), or one with progress reporting (tf.io.http(url, {onProgress})).
 */
export type ModelResolver = (modelPath: string) => string | tf.io.IOHandler;

/** Loads the detector for `mode`; `auto` loads both models. */
export async function createDetector(mode: DetectorMode, resolveModel: ModelResolver): Promise<FaceDetector> {
  switch (mode) {
    case 'near':
      return NearFaceDetector.load(resolveModel(MODEL_FILES.blazefaceShort));
    case 'far':
      return FarFaceDetector.load(resolveModel(MODEL_FILES.blazefaceFull));
    case 'auto': {
      const [near, far] = await Promise.all([
        NearFaceDetector.load(resolveModel(MODEL_FILES.blazefaceShort)),
        FarFaceDetector.load(resolveModel(MODEL_FILES.blazefaceFull)),
      ]);
      return new AutoFaceDetector(near, far);
    }
  }
}
