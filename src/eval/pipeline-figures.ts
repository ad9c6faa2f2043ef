/**
 * What the page's own pipeline (detector at its threshold → classifier → not-a-face filter → abstention) gets
 * right on annotated photos, counted the way issue 27 asks: per class over the annotated faces of at least
 * `minFaceHeight` px that the pipeline found, an `unknown` answer counting as wrong; the share of those faces it
 * calls unknown; detection recall per class; the masked share it would report against the truth; and, for the
 * calibration of what it states, each found face's stated probability with whether its answer was right.
 */
import { faceLabel, type FaceLabel } from '../logic/abstention';
import { matchEach, type DetectionMatch, type MatchRule } from './detection-metrics';
import { MASK_LABELS, NOT_A_FACE, type ClassifierLabel, type MaskLabel } from '../logic/frame';
import type { Box } from '../logic/geometry';

export interface JudgedDetection {
  box: Box;
  /** Detector score (already at or above the page's threshold). */
  score: number;
  /** The classifier's answer (decide()) and its calibrated probability. */
  label: ClassifierLabel;
  probability: number;
}

export interface JudgedPhoto {
  faces: readonly (Box & { label: MaskLabel })[];
  detections: readonly JudgedDetection[];
}

export interface ClassCounts {
  /** Annotated faces of the class, at least minFaceHeight px tall. */
  n: number;
  /** Of those, found by a detection the classifier kept (not "not a face"). */
  found: number;
  /** Of those found, labelled with their class; and labelled unknown (wrong, in `right`'s terms). */
  right: number;
  unknown: number;
}

export interface PipelineCounts {
  photos: number;
  perClass: Record<MaskLabel, ClassCounts>;
  /** with_mask among annotated faces ≥ minFaceHeight (the truth), and among the page's known answers. */
  maskedShare: { trueMasked: number; trueAll: number; estimatedMasked: number; estimatedKnown: number };
  /** Detections the page counts (kept, not on a smaller face), and how many of them it calls unknown. */
  counted: number;
  countedUnknown: number;
  /** Of those counted, the ones on no annotated face (on real_scenes_more, often a crowd face nobody boxed). */
  falsePositives: number;
  /**
   * Per annotated face ≥ minFaceHeight found: the probability the page states for its mask answer, and whether
   * that answer (before abstention) is the annotated class. What the page's own calibration error is read from.
   */
  stated: { confidence: number; right: boolean }[];
}

export function emptyPipelineCounts(): PipelineCounts {
  const perClass = Object.fromEntries(MASK_LABELS.map((l) => [l, { n: 0, found: 0, right: 0, unknown: 0 }])) as Record<MaskLabel, ClassCounts>;
  return { photos: 0, perClass, maskedShare: { trueMasked: 0, trueAll: 0, estimatedMasked: 0, estimatedKnown: 0 }, counted: 0, countedUnknown: 0,
    falsePositives: 0, stated: [] };
}

/** What the page answers on one photo: per kept detection its label and match, per annotated face its answer. */
export interface PhotoAnswers {
  /** The detections the not-a-face filter kept; the label (mask class or unknown) of each, and what it matched. */
  kept: JudgedDetection[];
  labels: FaceLabel[];
  matched: DetectionMatch[];
  /** The page's label for each annotated face ≥ minFaceHeight that a kept detection found, by face index. */
  byFace: Map<number, FaceLabel>;
}

/** The page's answers on one photo: not-a-face filter, abstention below minProbability, matching by `rule`. */
export function photoAnswers(photo: JudgedPhoto, minProbability: number, options: { minFaceHeight: number; rule: MatchRule }): PhotoAnswers {
  const kept = photo.detections.filter((d) => d.label !== NOT_A_FACE);
  const labels: FaceLabel[] = kept.map((d) => faceLabel(d.label as MaskLabel, d.probability, minProbability) ?? 'unknown');
  const matched = matchEach(kept, photo.faces, { rule: options.rule, minFaceHeight: options.minFaceHeight });
  const byFace = new Map<number, FaceLabel>();
  matched.forEach((m, d) => {
    if (typeof m === 'number') byFace.set(m, labels[d]);
  });
  return { kept, labels, matched, byFace };
}

/**
 * For each annotated face ≥ minFaceHeight of the photo, in order: whether the page labelled it with its class (a
 * face not found, dropped as not a face or left unknown is not right). Two classifiers' lists pair up face by face
 * (paired-comparison.ts).
 */
export function rightPerFace(photo: JudgedPhoto, minProbability: number, options: { minFaceHeight: number; rule: MatchRule }): boolean[] {
  const { byFace } = photoAnswers(photo, minProbability, options);
  return photo.faces.flatMap((face, i) => (face.h < options.minFaceHeight ? [] : [byFace.get(i) === face.label]));
}

/** Adds one photo's counts to `into` (mutated: called once per photo over hundreds of photos). */
export function addJudgedPhoto(into: PipelineCounts, photo: JudgedPhoto, minProbability: number,
  options: { minFaceHeight: number; rule: MatchRule }): void {
  into.photos++;
  const { kept, labels, matched, byFace } = photoAnswers(photo, minProbability, options);
  photo.faces.forEach((face, i) => {
    if (face.h < options.minFaceHeight) return;
    const c = into.perClass[face.label];
    c.n++;
    into.maskedShare.trueAll++;
    if (face.label === 'with_mask') into.maskedShare.trueMasked++;
    const label = byFace.get(i);
    if (label === undefined) return;
    c.found++;
    if (label === face.label) c.right++;
    if (label === 'unknown') c.unknown++;
  });
  matched.forEach((m, d) => {
    if (typeof m === 'number') into.stated.push({ confidence: kept[d].probability, right: kept[d].label === photo.faces[m].label });
    if (m === 'small') return;
    into.counted++;
    if (m === null) into.falsePositives++;
    if (labels[d] === 'unknown') {
      into.countedUnknown++;
      return;
    }
    into.maskedShare.estimatedKnown++;
    if (labels[d] === 'with_mask') into.maskedShare.estimatedMasked++;
  });
}

/** Estimated minus true masked share, in percentage points (null without a known answer or a face). */
export function maskedShareErrorPoints(c: PipelineCounts): number | null {
  const { trueMasked, trueAll, estimatedMasked, estimatedKnown } = c.maskedShare;
  if (trueAll === 0 || estimatedKnown === 0) return null;
  return 100 * (estimatedMasked / estimatedKnown - trueMasked / trueAll);
}
