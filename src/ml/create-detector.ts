import type * as tf from '@tensorflow/tfjs-core';
import type { FaceDetector } from './detector';
import { DEFAULT_DETECTOR, type DetectorName } from './pipeline-types';
import { MODEL_FILES } from './model-paths';
import { YunetDetector } from './yunet/yunet-detector';

/**
 * Turns a MODEL_FILES path into what tfjs loads: a URL in the page (e.g. siteUrl(path, base)), an IOHandler
 * reading from disk in Node (fileModel(...)), or one with progress reporting (tf.io.http(url, {onProgress})).
 */
export type ModelResolver = (modelPath: string) => string | tf.io.IOHandler;

/** The weights file each detector loads. */
export const DETECTOR_MODEL: Record<DetectorName, string> = {
  yunet: MODEL_FILES.yunet,
  blazeface: MODEL_FILES.blazeface,
};

/**
 * Loads a face detector: YuNet (the one that counts, for every distance) unless told otherwise. BlazeFace is
 * imported dynamically: its code (@tensorflow-models/blazeface and tfjs-converter) is a chunk of its own that
 * neither the first load nor the default pipeline ever fetches.
 */
export async function createDetector(resolveModel: ModelResolver, name: DetectorName = DEFAULT_DETECTOR): Promise<FaceDetector> {
  if (name === 'blazeface') {
    const { BlazefaceDetector } = await import('./blazeface/blazeface-detector');
    return BlazefaceDetector.load(resolveModel(DETECTOR_MODEL.blazeface));
  }
  return YunetDetector.load(resolveModel(DETECTOR_MODEL.yunet));
}
