import type * as tf from '@tensorflow/tfjs-core';
import type { DetectedFace } from '../logic/frame';
import { iou } from '../logic/geometry';
import { NEAR_INPUT_SIZE } from './blazeface-near';
import type { FaceDetector } from './detector';

export const AUTO_DETECTOR_CONFIG = {
  /**
   * Near mode's answer is trusted only when every face it finds is at least this many pixels of its 128-px
   * input (a 640-px-wide frame: 200 source px), i.e. someone at a webcam. Near mode finds faces down to about
   * 16 input px (models/README.md), but in a scene that mixes a few large faces with many small ones it finds
   * only the large ones: with 24 px, auto mode missed a quarter of the composite scenes' faces that far mode
   * finds, so the bar sits well above near mode's reach.
   */
  smallFaceInputPx: 40,
  /** A near face overlapping a far one by more than this is the same face. */
  sameFaceIou: 0.3,
} as const;

/**
 * Chooses per frame, statelessly, so a still image gives the same faces whatever came before it:
 * near mode runs first (fast); if it finds at least one face and every face it finds is large (webcam
 * distance), that is the answer. Otherwise (nothing, or some smaller face: a crowd or a distant scene) far
 * mode runs on the same frame and its faces are returned, plus any near face far mode missed. So a webcam
 * frame costs one near pass and a street frame a near and a far pass.
 */
export class AutoFaceDetector implements FaceDetector {
  readonly mode = 'auto' as const;

  constructor(
    private readonly near: FaceDetector,
    private readonly far: FaceDetector,
  ) {}

  async detect(image: tf.Tensor3D): Promise<DetectedFace[]> {
    const [height, width] = image.shape;
    const nearFaces = await this.near.detect(image);
    const smallUnder = (AUTO_DETECTOR_CONFIG.smallFaceInputPx * Math.max(width, height)) / NEAR_INPUT_SIZE;
    if (nearFaces.length > 0 && nearFaces.every((f) => f.box.h >= smallUnder)) return nearFaces;
    const farFaces = await this.far.detect(image);
    const missedByFar = nearFaces.filter((n) => farFaces.every((f) => iou(n.box, f.box) <= AUTO_DETECTOR_CONFIG.sameFaceIou));
    return [...farFaces, ...missedByFar];
  }

  dispose(): void {
    this.near.dispose();
    this.far.dispose();
  }
}
