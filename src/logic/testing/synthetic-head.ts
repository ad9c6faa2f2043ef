/**
 * A rigid 3-D head seen by an orthographic camera, giving the five face keypoints (YuNet's) and a face box for a given
 * yaw, pitch and roll: the synthetic sequences the shake tests and the counting tests are built from.
 *
 * Head coordinates, in units of the inter-ocular distance: x to the image right (the subject's left), y down,
 * z towards the camera. The nose tip sits 0.45 in front of the eyes, which gives yaw ≈ 0.45·tan(angle) — the same
 * scale as the real shake clip (±0.25 raw yaw for a ±30–40° shake).
 */
import type { Box, Point } from '../geometry';
import type { ClassifiedFace } from '../frame';

const HEAD_POINTS: readonly (readonly [number, number, number])[] = [
  [-0.5, 0, 0], // right eye (image left)
  [0.5, 0, 0], // left eye
  [0, 0.55, 0.45], // nose tip
  [-0.4, 1.0, 0.2], // right mouth corner
  [0.4, 1.0, 0.2], // left mouth corner
];

export interface HeadPose {
  /** Face centre in the image, px. */
  cx: number;
  cy: number;
  /** Inter-ocular distance when frontal, px. */
  eyeDistance: number;
  /** Radians; positive turns the nose to the image right. */
  yaw: number;
  /** Radians; positive tips the nose down. */
  pitch: number;
  /** Radians; in-plane rotation. */
  roll: number;
}

/** Keypoints and box of a head in `pose`, with optional per-coordinate pixel noise. */
export function renderHead(pose: HeadPose, noise: () => number = () => 0, noisePx = 0): { keypoints: Point[]; box: Box } {
  const { yaw, pitch, roll } = pose;
  const keypoints = HEAD_POINTS.map(([x, y, z]): Point => {
    // yaw about the vertical axis, then pitch about the horizontal axis, then roll in the image plane
    const x1 = x * Math.cos(yaw) + z * Math.sin(yaw);
    const z1 = -x * Math.sin(yaw) + z * Math.cos(yaw);
    const y2 = y * Math.cos(pitch) + z1 * Math.sin(pitch);
    const x3 = x1 * Math.cos(roll) - y2 * Math.sin(roll);
    const y3 = x1 * Math.sin(roll) + y2 * Math.cos(roll);
    return [
      pose.cx + pose.eyeDistance * x3 + noisePx * noise(),
      pose.cy + pose.eyeDistance * (y3 - 0.4) + noisePx * noise(),
    ];
  });
  // BlazeFace's box is about 2.2 eye distances wide and does not shrink much with turning.
  const size = pose.eyeDistance * 2.2 + noisePx * noise();
  return { keypoints, box: { x: pose.cx - size / 2, y: pose.cy - size / 2, w: size, h: size } };
}

export function headFace(pose: HeadPose, noise?: () => number, noisePx?: number, mask?: Partial<ClassifiedFace>): ClassifiedFace {
  const { keypoints, box } = renderHead(pose, noise, noisePx);
  return { box, keypoints, score: 0.95, ...mask };
}

export const deg = (d: number): number => (d * Math.PI) / 180;
