import type * as tf from '@tensorflow/tfjs-core';
import type { DetectedFace } from '../logic/frame';

/** near: short-range BlazeFace (faces filling part of a webcam frame); far: full-range (small faces). */
export const DETECTOR_MODES = ['near', 'far', 'auto'] as const;
export type DetectorMode = (typeof DETECTOR_MODES)[number];

/**
 * A face detector. `detect` takes an RGB image tensor [height, width, 3] (int32 0–255 or float32 0–255) and
 * returns faces in that image's pixel coordinates. Implementations must not leak tensors: after `detect`
 * resolves, `tf.memory().numTensors` is what it was before (the input stays owned by the caller).
 */
export interface FaceDetector {
  readonly mode: Exclude<DetectorMode, 'auto'> | 'auto';
  detect(image: tf.Tensor3D): Promise<DetectedFace[]>;
  dispose(): void;
}
