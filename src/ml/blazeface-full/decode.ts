/**
 * Turns the full-range BlazeFace output into faces in source pixels, as MediaPipe's
 * TensorsToDetectionsCalculator does (mediapipe/calculators/tensor/tensors_to_detections_calculator.cc),
 * plus the step back from model-input space to the frame.
 */
import type { DetectedFace } from '../../logic/frame';
import type { Point } from '../../logic/geometry';
import type { Anchor } from './anchors';

/**
 * Where each value sits in one anchor's row of the model output. From the graph: `Identity` is
 * model/face/concat = concat(classifier_face [n, 2304, 1], regressor_face [n, 2304, 16]) on the last axis, so
 * the logit comes first. `Identity_1` (model/person/concat) has the same layout; run on the real photos of
 * scenes_v2 with the same settings it finds fewer faces (recall 0.53 against 0.66 at IoU 0.5), so the face
 * head is `Identity`, as its name says.
 */
export interface OutputLayout {
  valuesPerAnchor: number;
  scoreIndex: number;
  /** Box centre x, centre y, width, height: MediaPipe's `reverse_output_order`, x before y. */
  boxIndex: number;
  /** Six (x, y) pairs in KEYPOINT order (right eye, left eye, nose, mouth, right ear, left ear). */
  keypointIndex: number;
  keypointCount: number;
  /** Raw offsets are in input pixels: divide by this to get fractions of the input (x/y/w/h_scale). */
  coordScale: number;
}

export const FULL_RANGE_OUTPUT_LAYOUT: OutputLayout = {
  valuesPerAnchor: 17,
  scoreIndex: 0,
  boxIndex: 1,
  keypointIndex: 5,
  keypointCount: 6,
  coordScale: 192,
};

/**
 * A square region of the source frame that was resampled to the whole model input, in source pixels. It may
 * reach past the frame (that part reads as black): the letterboxed full frame is the square of side
 * max(width, height) centred on the frame, and a tile is a square inside it.
 */
export interface SquareRegion {
  x: number;
  y: number;
  side: number;
}

/** The letterbox of a whole frame: keeps the aspect ratio, pads both sides equally as MediaPipe does. */
export function letterboxRegion(width: number, height: number): SquareRegion {
  const side = Math.max(width, height);
  return { x: (width - side) / 2, y: (height - side) / 2, side };
}

/** Score of one logit: a sigmoid whose input is clamped to ±clip first, as MediaPipe's score_clipping_thresh. */
export function clippedSigmoid(logit: number, clip: number): number {
  const clamped = Math.min(clip, Math.max(-clip, logit));
  return 1 / (1 + Math.exp(-clamped));
}

/**
 * Decodes the anchors of one batch item whose score reaches `minScore` into faces in source pixels.
 * `raw` is the model output for the whole batch (read once per frame); `batchIndex` picks the item that was
 * sampled from `region`.
 */
export function decodeFaces(
  raw: ArrayLike<number>,
  batchIndex: number,
  anchors: readonly Anchor[],
  layout: OutputLayout,
  region: SquareRegion,
  minScore: number,
  scoreClip: number,
): DetectedFace[] {
  const faces: DetectedFace[] = [];
  const itemOffset = batchIndex * anchors.length * layout.valuesPerAnchor;
  // Model coordinates are fractions of the input square, which is exactly `region`.
  const toSourceX = (fraction: number): number => region.x + fraction * region.side;
  const toSourceY = (fraction: number): number => region.y + fraction * region.side;
  for (let i = 0; i < anchors.length; i++) {
    const row = itemOffset + i * layout.valuesPerAnchor;
    const score = clippedSigmoid(raw[row + layout.scoreIndex], scoreClip);
    if (score < minScore) continue;
    const anchor = anchors[i];
    const box = row + layout.boxIndex;
    const xCenter = (raw[box] / layout.coordScale) * anchor.w + anchor.xCenter;
    const yCenter = (raw[box + 1] / layout.coordScale) * anchor.h + anchor.yCenter;
    const w = (raw[box + 2] / layout.coordScale) * anchor.w;
    const h = (raw[box + 3] / layout.coordScale) * anchor.h;
    // A negative size is a model glitch, not a face; MediaPipe drops these too.
    if (w <= 0 || h <= 0) continue;
    const keypoints: Point[] = [];
    for (let k = 0; k < layout.keypointCount; k++) {
      const point = row + layout.keypointIndex + 2 * k;
      keypoints.push([
        toSourceX((raw[point] / layout.coordScale) * anchor.w + anchor.xCenter),
        toSourceY((raw[point + 1] / layout.coordScale) * anchor.h + anchor.yCenter),
      ]);
    }
    faces.push({
      box: {
        x: toSourceX(xCenter - w / 2),
        y: toSourceY(yCenter - h / 2),
        w: w * region.side,
        h: h * region.side,
      },
      score,
      keypoints,
    });
  }
  return faces;
}
