import * as blazeface from '@tensorflow-models/blazeface';
import * as tf from '@tensorflow/tfjs-core';
import type { DetectedFace } from '../../logic/frame';
import type { Point } from '../../logic/geometry';
import type { FaceDetector } from '../detector';

/**
 * Settings passed to `blazeface.load`; models/README.md says where each comes from. The comparison is meant to
 * show BlazeFace as a demo or a vendor would ship it, so these are the package's own defaults except maxFaces.
 */
export const BLAZEFACE_CONFIG = {
  /** Faces a workshop room can hold in one frame (YUNET_CONFIG.maxFaces). */
  maxFaces: 32,
  /** The package's default: below it, hands and patterned backgrounds start to pass as faces. */
  scoreThreshold: 0.75,
  /** The package's default. */
  iouThreshold: 0.3,
} as const;

/** Side of the short-range model's square input (facemesh-detection-short: [n, 128, 128, 3]). */
export const BLAZEFACE_INPUT_SIZE = 128;

/**
 * BlazeFace's six landmarks (right eye, left eye, nose tip, mouth centre, right ear, left ear; "right" is the
 * person's, as YuNet's) as YuNet's five (KEYPOINT_NAMES): it has one mouth point, which stands for both corners.
 * The mask classifier's crop and the How it works drawing read the eyes; the mouth only serves the head-shake
 * reading, which stays on YuNet.
 */
export function blazefaceKeypoints(landmarks: readonly (readonly number[])[], scale: number): Point[] {
  const at = (i: number): Point => [(landmarks[i]?.[0] ?? 0) / scale, (landmarks[i]?.[1] ?? 0) / scale];
  if (landmarks.length < 4) return [];
  return [at(0), at(1), at(2), at(3), at(3)];
}

/**
 * Short-range BlazeFace through @tensorflow-models/blazeface's own API (load, estimateFaces): the comparison
 * detector, never the one that counts. The library squashes whatever it is given into 128×128, so each frame is
 * first shrunk to fit 128 px with its aspect ratio kept and padded to a square (bottom and right, so boxes need
 * only a scale back): a face then keeps its shape, and shrinks with the frame like on any 128-px detector.
 */
export class BlazefaceDetector implements FaceDetector {
  private constructor(private readonly model: blazeface.BlazeFaceModel) {}

  /**
   * `model` is the URL of MODEL_FILES.blazeface (or an IOHandler, for Node scripts and tests). Always given:
   * without it the package fetches its weights from TF Hub, which the page must never do.
   */
  static async load(model: string | tf.io.IOHandler): Promise<BlazefaceDetector> {
    return new BlazefaceDetector(await blazeface.load({ ...BLAZEFACE_CONFIG, modelUrl: model }));
  }

  async detect(image: tf.Tensor3D): Promise<DetectedFace[]> {
    const [height, width] = image.shape;
    const scale = BLAZEFACE_INPUT_SIZE / Math.max(width, height);
    const square = tf.tidy(() => {
      const h = Math.max(1, Math.round(height * scale));
      const w = Math.max(1, Math.round(width * scale));
      const resized = tf.image.resizeBilinear(tf.cast(image, 'float32') as tf.Tensor3D, [h, w], false, true);
      return tf.pad(resized, [[0, BLAZEFACE_INPUT_SIZE - h], [0, BLAZEFACE_INPUT_SIZE - w], [0, 0]]);
    });
    try {
      // returnTensors false: plain arrays back, the library disposes its own tensors.
      const faces = await this.model.estimateFaces(square, false, false, true);
      return faces.map((f): DetectedFace => {
        const [x1, y1] = f.topLeft as [number, number];
        const [x2, y2] = f.bottomRight as [number, number];
        return {
          box: { x: x1 / scale, y: y1 / scale, w: (x2 - x1) / scale, h: (y2 - y1) / scale },
          score: Number(f.probability ?? 0),
          keypoints: blazefaceKeypoints((f.landmarks ?? []) as number[][], scale),
        };
      });
    } finally {
      square.dispose();
    }
  }

  dispose(): void {
    this.model.dispose();
  }
}
