/**
 * A rigid 3-D head seen by an orthographic camera, giving the five YuNet keypoints (eyes, nose tip, mouth corners)
 * and a face box for a given yaw, pitch and roll, plus the non-rigid motions a face makes without turning
 * (mouth pushed sideways or widened, the nose tip's keypoint dragged along): the synthetic sequences the shake
 * tests and the counting tests are built from.
 *
 * Head coordinates, in units of the inter-ocular distance: x to the image right (the subject's left), y down,
 * z towards the camera. The nose tip sits 0.45 in front of the eyes, which gives a nose/eye ratio ≈ 0.45·tan(angle)
 * — the scale YuNet gives on the real shake clip (±0.25 for its labeled ±30–40°). The mouth corners sit at the eyes'
 * depth: on that clip the nose's offset from the mouth corners' midpoint swings as far as from the eyes' (p5–p95
 * −0.24…0.23 against −0.26…0.22).
 */
import type { Box, Point } from '../../logic/geometry';

/** In KEYPOINT order: right eye, left eye, nose tip, right mouth corner, left mouth corner. */
const HEAD_POINTS: readonly (readonly [number, number, number])[] = [
  [-0.5, 0, 0],
  [0.5, 0, 0],
  [0, 0.55, 0.45],
  [-0.4, 1.0, 0],
  [0.4, 1.0, 0],
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

/**
 * Face motion that is not a head turn, in eye distances, applied on the face before it is posed: an expression
 * (lips pushed to one side, a wide smile, puffed cheeks) moves the mouth corners, and the detector's nose tip
 * follows the upper lip a little.
 */
export interface Expression {
  /** Both mouth corners moved sideways (to the image right when positive). */
  mouthShift: number;
  /** Each mouth corner moved outwards (smile, puffed cheeks) or inwards (pout) when negative. */
  mouthWiden: number;
  /** The nose-tip keypoint moved sideways. */
  noseShift: number;
}

const NEUTRAL: Expression = { mouthShift: 0, mouthWiden: 0, noseShift: 0 };

/**
 * YuNet's box is about 2.1 eye distances wide (89 px for 42 px between the eyes on the shake clip) and does not
 * shrink much with turning.
 */
export const BOX_PER_EYE_DISTANCE = 2.1;

/** Keypoints and box of a head in `pose`, with optional per-coordinate pixel noise. */
export function renderHead(
  pose: HeadPose,
  noise: () => number = () => 0,
  noisePx = 0,
  expression: Expression = NEUTRAL,
): { keypoints: Point[]; box: Box } {
  const { yaw, pitch, roll } = pose;
  const points = HEAD_POINTS.map(([x, y, z], i): [number, number, number] => {
    if (i === 2) return [x + expression.noseShift, y, z];
    if (i === 3) return [x + expression.mouthShift - expression.mouthWiden, y, z];
    if (i === 4) return [x + expression.mouthShift + expression.mouthWiden, y, z];
    return [x, y, z];
  });
  const keypoints = points.map(([x, y, z]): Point => {
    // yaw about the vertical axis, then pitch about the horizontal axis, then roll in the image plane
    const x1 = x * Math.cos(yaw) + z * Math.sin(yaw);
    const z1 = -x * Math.sin(yaw) + z * Math.cos(yaw);
    const y2 = y * Math.cos(pitch) + z1 * Math.sin(pitch);
    const x3 = x1 * Math.cos(roll) - y2 * Math.sin(roll);
    const y3 = x1 * Math.sin(roll) + y2 * Math.cos(roll);
    return [
      pose.cx + pose.eyeDistance * x3 + noisePx * noise(),
      pose.cy + pose.eyeDistance * (y3 - 0.45) + noisePx * noise(),
    ];
  });
  const size = pose.eyeDistance * BOX_PER_EYE_DISTANCE + noisePx * noise();
  return { keypoints, box: { x: pose.cx - size / 2, y: pose.cy - size * 0.6, w: size, h: size * 1.25 } };
}

export const deg = (d: number): number => (d * Math.PI) / 180;
