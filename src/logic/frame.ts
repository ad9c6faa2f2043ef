import type { Box, Point } from './geometry';

/** YuNet's five keypoints, in the order the detector returns them ("right" is the subject's right). */
export const KEYPOINT_NAMES = ['rightEye', 'leftEye', 'nose', 'rightMouth', 'leftMouth'] as const;
export type KeypointName = (typeof KEYPOINT_NAMES)[number];
export const KEYPOINT = Object.fromEntries(KEYPOINT_NAMES.map((n, i) => [n, i])) as Record<KeypointName, number>;

/** One face as a detector reports it: geometry only, never pixels. */
export interface DetectedFace {
  box: Box;
  /** Detector confidence in [0, 1]. */
  score: number;
  /** Five points, indexed by KEYPOINT; "right" is the subject's right (image left on a camera). */
  keypoints: Point[];
}

export const MASK_LABELS = ['with_mask', 'without_mask', 'mask_incorrect'] as const;
export type MaskLabel = (typeof MASK_LABELS)[number];

/**
 * The mask classifier's fourth answer: the crop is no face at all (a detector false positive on a bag, a sign,
 * foliage). Not a MaskLabel: the pipeline drops such detections before anything tracks or counts them.
 */
export const NOT_A_FACE = 'not_a_face';
/** Every answer of the mask classifier, in the order of its output. */
export const CLASSIFIER_LABELS = [...MASK_LABELS, NOT_A_FACE] as const;
export type ClassifierLabel = (typeof CLASSIFIER_LABELS)[number];

/** A detected face after the mask classifier ran on it. */
export interface ClassifiedFace extends DetectedFace {
  mask?: MaskLabel;
  /** Probability of `mask`, in [0, 1]. */
  maskScore?: number;
}

/** Milliseconds spent in each stage of the pipeline for one frame. */
export interface StageTimings {
  preprocessMs: number;
  detectMs: number;
  classifyMs: number;
}

/** A frame's stage timings as the page shows them: the worker's, plus the page's own tracking and head-shake reading. */
export type PageTimings = StageTimings & { trackMs: number };

/** What the pipeline produces for one frame; later stages (tracker, shake detector) read it. */
export interface FrameResult {
  /** Capture time of the frame, in milliseconds (a monotonic clock, e.g. performance.now()). */
  timestamp: number;
  width: number;
  height: number;
  faces: ClassifiedFace[];
  timings: StageTimings;
  /**
   * How much the picture changed since the stream's previous frame: mean absolute difference of two tiny gray
   * thumbnails, 0–255 (logic/scene-cut.ts). One number, no geometry; absent on a stream's first frame and a still image.
   */
  sceneChange?: number;
}
