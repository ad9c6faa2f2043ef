import type * as tf from '@tensorflow/tfjs-core';
import type { FaceDetector } from './detector';
import { MODEL_FILES } from './model-paths';
import { YunetDetector } from './yunet/yunet-detector';

/**
 * Turns a MODEL_FILES path into what tfjs loads: a URL in the page (e.g. siteUrl(path, base)), an IOHandler
 * reading from disk in Node (fileModel(...)), or one with progress reporting (tf.io.http(url, {onProgress})).
 */
export type ModelResolver = (modelPath: string) => string | tf.io.IOHandler;

/** Loads Headcount's face detector (YuNet, for every distance). */
export async function createDetector(resolveModel: ModelResolver): Promise<FaceDetector> {
  return YunetDetector.load(resolveModel(MODEL_FILES.yunet));
}
