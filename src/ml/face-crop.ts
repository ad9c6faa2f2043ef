/**
 * Where the mask classifier looks: a square around each detected face, placed from the detector's box and eye
 * keypoints. Pure geometry, shared by the page and the training script so both crop faces the same way.
 *
 * Alignment: the crop is centred on the eyes (shifted down by a fixed share of the crop, because the mask sits
 * below them) and sized from the box. Only position and scale follow the face; roll is NOT corrected:
 * `tf.image.cropAndResize` takes axis-aligned boxes only, and the camera use case (people walking past, heads
 * upright) rarely tilts faces much. Training applies the same crop, so tilted faces are in-distribution.
 */
import { KEYPOINT, type DetectedFace } from '../logic/frame';
import type { Box } from '../logic/geometry';

export const FACE_CROP_CONFIG = {
  /** Context added on each side of the detector box, as a share of its longer side: keeps the chin (where an
   * incorrectly worn mask often sits) and the nose tip inside the crop. */
  margin: 0.15,
  /**
   * How far the crop centre sits below the eye midpoint, as a share of the detector box height. Measured as
   * the median over YuNet's faces on the training crops (box centre y − eye midpoint y) / box h (0.110; the
   * training run logs it and the card shows it), so that on a frontal face the crop centre falls on the box
   * centre. The classifier's weights are trained with it: change both together.
   */
  eyesToCentre: 0.11,
} as const;

/** The square, in source-image pixels, that the classifier sees for one face. */
export function faceCropSquare(face: Pick<DetectedFace, 'box' | 'keypoints'>): Box {
  const { box, keypoints } = face;
  const side = Math.max(box.w, box.h) * (1 + 2 * FACE_CROP_CONFIG.margin);
  const rightEye = keypoints[KEYPOINT.rightEye];
  const leftEye = keypoints[KEYPOINT.leftEye];
  // Without eye keypoints (a detector that gives none) the box centre is the best guess.
  const [centreX, centreY] = rightEye && leftEye
    ? [(rightEye[0] + leftEye[0]) / 2, (rightEye[1] + leftEye[1]) / 2 + FACE_CROP_CONFIG.eyesToCentre * box.h]
    : [box.x + box.w / 2, box.y + box.h / 2];
  return { x: centreX - side / 2, y: centreY - side / 2, w: side, h: side };
}

/**
 * A pixel box as `tf.image.cropAndResize` wants it: [y1, x1, y2, x2] normalized so that 0 and 1 are the
 * centres of the first and last pixel (TensorFlow maps y to y·(height − 1)). Parts outside the image are
 * allowed; cropAndResize fills them with its extrapolation value.
 */
export function normalizedCropBox(crop: Box, imageWidth: number, imageHeight: number):
[number, number, number, number] {
  const sy = Math.max(1, imageHeight - 1);
  const sx = Math.max(1, imageWidth - 1);
  return [crop.y / sy, crop.x / sx, (crop.y + crop.h) / sy, (crop.x + crop.w) / sx];
}

/** One cropAndResize box per face, in the order of `faces`. */
export function faceCropBoxes(faces: readonly Pick<DetectedFace, 'box' | 'keypoints'>[], imageWidth: number,
  imageHeight: number): [number, number, number, number][] {
  return faces.map((f) => normalizedCropBox(faceCropSquare(f), imageWidth, imageHeight));
}
