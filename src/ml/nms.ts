/**
 * MediaPipe's weighted non-maximum suppression ("blending", NonMaxSuppressionCalculator with
 * algorithm WEIGHTED). YuNet fires on several neighbouring grid cells per face; averaging them, weighted by
 * score, gives steadier boxes and keypoints from frame to frame than keeping only the best one, which matters for
 * the per-pass counter and the head-shake reading downstream.
 */
import type { DetectedFace } from '../logic/frame';
import { iou } from '../logic/geometry';

/**
 * Greedy by score: the best remaining face absorbs every remaining face that overlaps it by more than
 * `iouThreshold` (itself included); the merged face has their score-weighted mean box and keypoints and keeps
 * the best score. Stops after `maxFaces` faces.
 */
export function weightedNonMaxSuppression(
  faces: readonly DetectedFace[],
  iouThreshold: number,
  maxFaces: number,
): DetectedFace[] {
  let remaining = [...faces].sort((a, b) => b.score - a.score);
  const kept: DetectedFace[] = [];
  while (remaining.length > 0 && kept.length < maxFaces) {
    const best = remaining[0];
    const cluster: DetectedFace[] = [];
    const rest: DetectedFace[] = [];
    for (const face of remaining) (iou(best.box, face.box) > iouThreshold ? cluster : rest).push(face);
    kept.push(blend(cluster, best.score));
    remaining = rest;
  }
  return kept;
}

function blend(cluster: readonly DetectedFace[], score: number): DetectedFace {
  let total = 0;
  let x1 = 0;
  let y1 = 0;
  let x2 = 0;
  let y2 = 0;
  const keypoints = cluster[0].keypoints.map(() => [0, 0]);
  for (const face of cluster) {
    const weight = face.score;
    total += weight;
    x1 += face.box.x * weight;
    y1 += face.box.y * weight;
    x2 += (face.box.x + face.box.w) * weight;
    y2 += (face.box.y + face.box.h) * weight;
    face.keypoints.forEach(([x, y], k) => {
      keypoints[k][0] += x * weight;
      keypoints[k][1] += y * weight;
    });
  }
  return {
    box: { x: x1 / total, y: y1 / total, w: (x2 - x1) / total, h: (y2 - y1) / total },
    score,
    keypoints: keypoints.map(([x, y]) => [x / total, y / total] as const),
  };
}
