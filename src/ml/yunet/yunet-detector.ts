import * as tf from '@tensorflow/tfjs-core';
import type { DetectedFace } from '../../logic/frame';
import type { FaceDetector } from '../detector';
import { weightedNonMaxSuppression } from '../nms';
import { hasKind, loadWeightsFile, type NamedWeights } from '../weights-file';
import { decodeYunetRows, rowsScoring } from './decode';
import { InputScalePlanner } from './input-scale';
import { YUNET_ALIGN, YUNET_KIND, yunetForward, yunetWeightShapes, type YunetTopology } from './yunet-net';

/** Settings of the detector; models/README.md says how each was chosen. */
export interface YunetConfig {
  minScore: number;
  iouThreshold: number;
  maxFaces: number;
}

export const YUNET_CONFIG: YunetConfig = {
  /**
   * Lowest score kept, chosen on the validation split of real_scenes (`npm run eval:detect`, models/README.md):
   * the highest threshold keeping with_mask and without_mask recall ≥ 0.92 (0.92 and 0.96 there), where
   * precision reaches 0.96; OpenCV's default 0.9 misses most masked faces (recall 0.34). Lower thresholds find
   * more masked faces but let through non-faces the classifier labels bare: `eval:detect -- --recall-sweep`
   * (README, "Masked faces are found less often than bare ones") found none that closes the gap without that.
   */
  minScore: 0.7,
  /** Overlap above which two detections are one face (OpenCV's FaceDetectorYN uses 0.3). */
  iouThreshold: 0.3,
  /** Faces a workshop room can hold in one frame. */
  maxFaces: 32,
};

/** How much of the frame the network sees: the frame scaled by `scale`, then padded to multiples of 32. */
export interface InputPlan {
  scale: number;
  width: number;
  height: number;
}

const align = (side: number): number => Math.max(YUNET_ALIGN, Math.ceil(side / YUNET_ALIGN) * YUNET_ALIGN);

/** The network input for a frame of `width` × `height` resized by `scale`. */
export function inputPlan(width: number, height: number, scale: number): InputPlan {
  return { scale, width: align(width * scale), height: align(height * scale) };
}

/** YuNet-s in tfjs-core ops (yunet-net.ts), decoded and suppressed in TypeScript. */
export class YunetDetector implements FaceDetector {
  private readonly planner = new InputScalePlanner();

  private constructor(
    private readonly weights: NamedWeights,
    private readonly config: YunetConfig,
  ) {}

  /**
   * `model` is the URL of models/yunet/model.json (or an IOHandler, for Node scripts and tests). The page uses
   * YUNET_CONFIG; `npm run eval:detect` lowers minScore to choose it.
   */
  static async load(model: string | tf.io.IOHandler, config: YunetConfig = YUNET_CONFIG): Promise<YunetDetector> {
    const { weights } = await loadWeightsFile<YunetTopology>(model, {
      what: 'YuNet face detector',
      isTopology: hasKind<YunetTopology>(YUNET_KIND),
      shapes: yunetWeightShapes,
    });
    return new YunetDetector(weights, config);
  }

  /** The network's rows for `image` seen through `plan` (see yunet-net.ts), as one tensor for the caller to dispose. */
  private forward(image: tf.Tensor3D, plan: InputPlan): tf.Tensor2D {
    return tf.tidy(() => {
      const [height, width] = image.shape;
      let x = tf.cast(image, 'float32') as tf.Tensor3D;
      const h = Math.round(height * plan.scale);
      const w = Math.round(width * plan.scale);
      if (h !== height || w !== width) x = tf.image.resizeBilinear(x, [h, w], false, true);
      // Pad right and bottom with black, as OpenCV does: coordinates then need only the scale undone. Not when
      // the frame fits the input already (640×480 does): tfjs's pad copies the whole frame even by zero.
      if (plan.height !== h || plan.width !== w) x = tf.pad(x, [[0, plan.height - h], [0, plan.width - w], [0, 0]]);
      return yunetForward(this.weights, tf.expandDims(x, 0) as tf.Tensor4D);
    });
  }

  /** All the network's rows for `image` seen through `plan`, and no tensor left behind: for the port's reference test. */
  async rawRows(image: tf.Tensor3D, plan: InputPlan): Promise<Float32Array> {
    const rows = this.forward(image, plan);
    try {
      return (await rows.data()) as Float32Array;
    } finally {
      rows.dispose();
    }
  }

  /**
   * The faces scoring at least minScore, before NMS, in input pixels. Reads the score logits first, then only the
   * rows they select: the whole output is ~0.4 MB a frame at 640×480, and on a VM each fresh megabyte read into
   * JavaScript costs ~6 ms in page faults (README Performance); the two score columns are an eighth of it.
   */
  private async candidates(image: tf.Tensor3D, plan: InputPlan): Promise<DetectedFace[]> {
    const rows = this.forward(image, plan);
    try {
      const logits = tf.slice(rows, [0, 0], [-1, 2]);
      let indices: number[];
      try {
        indices = rowsScoring((await logits.data()) as Float32Array, this.config.minScore);
      } finally {
        logits.dispose();
      }
      if (indices.length === 0) return [];
      const selected = tf.tidy(() => tf.gather(rows, tf.tensor1d(indices, 'int32')));
      try {
        return decodeYunetRows((await selected.data()) as Float32Array, indices, plan.width, plan.height);
      } finally {
        selected.dispose();
      }
    } finally {
      rows.dispose();
    }
  }

  async detect(image: tf.Tensor3D, timestamp?: number): Promise<DetectedFace[]> {
    const [height, width] = image.shape;
    const plan = inputPlan(width, height, this.planner.scaleFor(width, height, timestamp));
    const { iouThreshold, maxFaces } = this.config;
    const candidates = await this.candidates(image, plan);
    const faces = weightedNonMaxSuppression(candidates, iouThreshold, maxFaces);
    const undo = 1 / plan.scale;
    const found = faces.map((f) => ({
      box: { x: f.box.x * undo, y: f.box.y * undo, w: f.box.w * undo, h: f.box.h * undo },
      score: f.score,
      keypoints: f.keypoints.map(([x, y]) => [x * undo, y * undo] as const),
    }));
    if (timestamp !== undefined) this.planner.observe(timestamp, found.map((f) => f.box.h));
    return found;
  }

  dispose(): void {
    tf.dispose(Object.values(this.weights));
  }
}
