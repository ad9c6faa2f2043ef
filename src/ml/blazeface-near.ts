import * as blazeface from '@tensorflow-models/blazeface';
import * as tf from '@tensorflow/tfjs-core';
import type { DetectedFace } from '../logic/frame';
import type { Point } from '../logic/geometry';
import type { FaceDetector } from './detector';

/** Detector settings shared by every mode; see models/README.md for how they were chosen. */
export const NEAR_DETECTOR_CONFIG = {
  /** Faces a workshop room can hold in one frame. */
  maxFaces: 32,
  /** BlazeFace's own default: below it, hands and patterned backgrounds start to pass as faces. */
  scoreThreshold: 0.75,
  iouThreshold: 0.3,
} as const;

/** Input side of the short-range model (facemesh-detection-short: [1, 128, 128, 3]). */
export const NEAR_INPUT_SIZE = 128;

/** Short-range BlazeFace (128×128) through @tensorflow-models/blazeface. */
export class NearFaceDetector implements FaceDetector {
  readonly mode = 'near' as const;

  private constructor(private readonly model: blazeface.BlazeFaceModel) {}

  /** `model` is the URL of facemesh-detection-short.json (or an IOHandler, for Node scripts). */
  static async load(model: string | tf.io.IOHandler): Promise<NearFaceDetector> {
    const loaded = await blazeface.load({ ...NEAR_DETECTOR_CONFIG, modelUrl: model });
    return new NearFaceDetector(loaded);
  }

  async detect(image: tf.Tensor3D): Promise<DetectedFace[]> {
    // BlazeFace wants an undistorted square: shrink to fit the 128-px input keeping the aspect ratio, pad the
    // rest (bottom/right, so coordinates need only a scale back), then hand the small tensor to the model.
    const [height, width] = image.shape;
    const scale = NEAR_INPUT_SIZE / Math.max(width, height);
    const square = tf.tidy(() => {
      const h = Math.max(1, Math.round(height * scale));
      const w = Math.max(1, Math.round(width * scale));
      const resized = tf.image.resizeBilinear(image, [h, w]);
      return tf.pad(resized, [[0, NEAR_INPUT_SIZE - h], [0, NEAR_INPUT_SIZE - w], [0, 0]]) as tf.Tensor3D;
    });
    try {
      const faces = await this.model.estimateFaces(square, false, false, true);
      return faces.map((f) => {
        const [x1, y1] = f.topLeft as [number, number];
        const [x2, y2] = f.bottomRight as [number, number];
        const landmarks = (f.landmarks ?? []) as number[][];
        return {
          box: { x: x1 / scale, y: y1 / scale, w: (x2 - x1) / scale, h: (y2 - y1) / scale },
          score: typeof f.probability === 'number' ? f.probability : Number(f.probability ?? 0),
          keypoints: landmarks.map(([x, y]): Point => [x / scale, y / scale]),
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
