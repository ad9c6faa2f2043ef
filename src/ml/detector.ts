import type * as tf from '@tensorflow/tfjs-core';
import type { DetectedFace } from '../logic/frame';

/**
 * A face detector. `detect` takes an RGB image tensor [height, width, 3] (int32 0–255 or float32 0–255) and
 * returns faces in that image's pixel coordinates. `timestamp` (ms, a monotonic clock) marks a frame of a
 * stream: a detector may then reuse what it saw in earlier frames (YuNet chooses its input size from them); a
 * still image has none and is searched in full. Implementations must not leak tensors: after `detect`
 * resolves, `tf.memory().numTensors` is what it was before (the input stays owned by the caller).
 */
export interface FaceDetector {
  detect(image: tf.Tensor3D, timestamp?: number): Promise<DetectedFace[]>;
  dispose(): void;
}

