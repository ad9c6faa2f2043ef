/**
 * Detection quality against annotated face boxes: recall and precision, as `npm run eval:detect` reports
 * them. Pure functions, so the figures in models/README.md come from tested code.
 */
import { centre, iou, type Box } from '../logic/geometry';

export interface ScoredBox {
  box: Box;
  score: number;
}

/**
 * Faces shorter than this (px) are not required in the figures, and a detection on one counts neither way
 * (eval:detect, train's pipeline figures, eval:peer; issue 27's "faces ≥ 24 px").
 */
export const MIN_FACE_HEIGHT = 24;

/** How a detection is paired with an annotated face. */
export type MatchRule =
  /** Intersection over union at least `minIou`. */
  | { kind: 'iou'; minIou: number }
  /**
   * Each box's centre lies inside the other: tolerant of a different box-size convention (the composite
   * scenes' boxes are estimates), while still demanding one detection per face, on that face.
   */
  | { kind: 'centre' };

export interface MatchOptions {
  rule: MatchRule;
  /**
   * Faces shorter than this (px) count neither way: an annotated one is not required (a detection on it is
   * ignored), and a detection this small that matches no required face is ignored too, not a false positive —
   * the same size floor on both sides, or every small face the annotators skipped would count as a false alarm.
   */
  minFaceHeight: number;
}

/** Counts for one image or summed over many. */
export interface DetectionCounts {
  /** Annotated faces at least minFaceHeight tall. */
  faces: number;
  /** Detections matched to one of those faces. */
  truePositives: number;
  /** Detections matched to nothing (ignored small faces excepted). */
  falsePositives: number;
  /** Detections on an annotated face under minFaceHeight, or themselves under it: neither right nor wrong. */
  ignored: number;
}

function matches(rule: MatchRule, detection: Box, face: Box): { ok: boolean; quality: number } {
  if (rule.kind === 'iou') {
    const overlap = iou(detection, face);
    return { ok: overlap >= rule.minIou, quality: overlap };
  }
  const inside = (p: readonly [number, number], b: Box): boolean =>
    p[0] >= b.x && p[0] <= b.x + b.w && p[1] >= b.y && p[1] <= b.y + b.h;
  const [dx, dy] = centre(detection);
  const [fx, fy] = centre(face);
  const ok = inside([dx, dy], face) && inside([fx, fy], detection);
  // Closer centres (relative to the face's size) are better pairs.
  return { ok, quality: 1 / (1 + Math.hypot(dx - fx, dy - fy) / Math.max(face.w, face.h)) };
}

/**
 * What each detection matched: the index of an annotated face (≥ minFaceHeight), `'small'` for a face under it
 * or a detection under it that matched nothing (neither right nor wrong), or null (a false positive); in the
 * order of `detections`.
 */
export type DetectionMatch = number | 'small' | null;

/**
 * Greedy matching, best-scored detection first, each to the best still-free annotated face (the usual
 * detection-benchmark rule). Small faces are matched last, only to absorb detections that hit them.
 */
export function matchEach(detections: readonly ScoredBox[], faces: readonly Box[], options: MatchOptions): DetectionMatch[] {
  const isCounted = faces.map((f) => f.h >= options.minFaceHeight);
  const free = faces.map(() => true);
  const bestFree = (box: Box, counted: boolean): number => {
    let best = -1;
    let bestQuality = -Infinity;
    faces.forEach((face, i) => {
      if (!free[i] || isCounted[i] !== counted) return;
      const { ok, quality } = matches(options.rule, box, face);
      if (ok && quality > bestQuality) {
        best = i;
        bestQuality = quality;
      }
    });
    return best;
  };
  const result: DetectionMatch[] = detections.map(() => null);
  const order = detections.map((_, i) => i).sort((a, b) => detections[b].score - detections[a].score);
  for (const d of order) {
    const hit = bestFree(detections[d].box, true);
    const smallHit = hit >= 0 ? -1 : bestFree(detections[d].box, false);
    const face = hit >= 0 ? hit : smallHit;
    if (face >= 0) free[face] = false;
    const tooSmall = detections[d].box.h < options.minFaceHeight;
    result[d] = hit >= 0 ? hit : smallHit >= 0 || tooSmall ? 'small' : null;
  }
  return result;
}

/** Counts of `matchEach`'s outcome. */
export function matchDetections(
  detections: readonly ScoredBox[],
  faces: readonly Box[],
  options: MatchOptions,
): DetectionCounts {
  const matched = matchEach(detections, faces, options);
  return {
    faces: faces.filter((f) => f.h >= options.minFaceHeight).length,
    truePositives: matched.filter((m) => typeof m === 'number').length,
    falsePositives: matched.filter((m) => m === null).length,
    ignored: matched.filter((m) => m === 'small').length,
  };
}

export function addCounts(a: DetectionCounts, b: DetectionCounts): DetectionCounts {
  return {
    faces: a.faces + b.faces,
    truePositives: a.truePositives + b.truePositives,
    falsePositives: a.falsePositives + b.falsePositives,
    ignored: a.ignored + b.ignored,
  };
}

export const NO_COUNTS: DetectionCounts = { faces: 0, truePositives: 0, falsePositives: 0, ignored: 0 };

