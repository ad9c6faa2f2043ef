/**
 * with_mask / without_mask / mask_incorrect — or not a face at all — for every detected face of a frame, in one
 * batch. The network and
 * its training are in mask-cnn.ts and scripts/train/; the model card is models/mask-classifier/CARD.md.
 */
import * as tf from '@tensorflow/tfjs-core';
import { CLASSIFIER_LABELS, NOT_A_FACE, type ClassifiedFace, type ClassifierLabel, type DetectedFace } from '../logic/frame';
import { faceCropBoxes } from './face-crop';
import { MASK_CNN_KIND, maskCnnProbabilities, weightShapes, type MaskCnnTopology, type MaskCnnWeights } from './mask-cnn';
import { hasKind, loadWeightsFile } from './weights-file';

/**
 * Crops are cut at twice the network's input size and then averaged 2×2: a single bilinear resize from a big
 * face (a 300-px webcam face to 48 px) samples only a few pixels and aliases; the average keeps it smooth.
 */
const SUPERSAMPLING = 2;

export interface MaskPrediction {
  /** A mask class, or NOT_A_FACE when the crop shows no face (the detector was wrong). */
  label: ClassifierLabel;
  /**
   * Calibrated probability of `label`, in [0, 1] (temperature-scaled: model.json's `temperature`). For a mask
   * class it is the probability given that the crop is a face (see decide()); below FACE_MIN_PROBABILITY
   * (src/logic/abstention.ts) the face counts as unknown.
   */
  score: number;
}

/**
 * A detection is called "not a face" only when the classifier is this sure of it. An argmax would drop small,
 * blurred real faces whose mask classes split the rest of the probability (4 points of detection recall on
 * real_scenes); at 0.7 it still dropped 2 of the 28 bare faces of the real_scenes validation photos for 3 false
 * positives (`npm run eval:detect`); at 0.9 it drops none of either there, and rejects 64 % of background crops.
 * The training's epoch choice uses this rule too: 0.7 and 0.9 keep the same epoch and weights. Swept again with
 * `npm run train -- --evaluate-only` on the validation photos (IoU ≥ 0.5, faces ≥ 24 px): 0.8 changes no detection;
 * 0.7 trades one real face for one false positive (recall 85.3 → 84.7 %, precision 89.0 → 89.4 %); 0.5 two faces
 * for two (84.2 %, 89.9 %), and gets 18 fewer real validation faces right (with_mask 328 → 315 of 345, without_mask
 * 58 → 53 of 66). The filter catches background the detector's own threshold already rejects, hardly the false
 * positives that reach the page (most are real faces nobody annotated).
 */
export const NOT_A_FACE_MIN_PROBABILITY = 0.9;

/**
 * The answer for one crop from its class probabilities (in `labels`' order): NOT_A_FACE from
 * NOT_A_FACE_MIN_PROBABILITY up, otherwise the likeliest mask class, scored by its probability *given that the
 * crop is a face*: p(class) / (1 − p(not a face)). Once the crop is kept as a face, the doubt that it might not be
 * one is spent: leaving it in the mask class's score made small, blurred real faces look unsure of their mask
 * (the mask answer right 9 times in 10 at a stated 0.15) and sent them to "unknown" for the wrong reason. The
 * training script picks its epoch, calibrates and measures with this very rule.
 */
export function decide(labels: readonly ClassifierLabel[], probabilities: ArrayLike<number>): MaskPrediction {
  const notAFace = labels.indexOf(NOT_A_FACE);
  if (notAFace >= 0 && probabilities[notAFace] >= NOT_A_FACE_MIN_PROBABILITY) {
    return { label: NOT_A_FACE, score: probabilities[notAFace] };
  }
  let best = -1;
  for (let c = 0; c < labels.length; c++) {
    if (c !== notAFace && (best < 0 || probabilities[c] > probabilities[best])) best = c;
  }
  const faceProbability = notAFace >= 0 ? 1 - probabilities[notAFace] : 1;
  return { label: labels[best], score: probabilities[best] / faceProbability };
}

/**
 * Each face with its mask class, in order, leaving out those the classifier calls not a face: a detector
 * false positive must not reach the tracker, the counts or the report.
 */
export function keepClassifiedFaces(faces: readonly DetectedFace[], predictions: readonly MaskPrediction[]): ClassifiedFace[] {
  return faces.flatMap((face, i) => {
    const { label, score } = predictions[i];
    return label === NOT_A_FACE ? [] : [{ ...face, mask: label, maskScore: score }];
  });
}

/**
 * The classifier's input for `faces` of `image` ([h, w, 3], 0–255): [n, size, size, 3] scaled to [-1, 1].
 * The training script calls this very function, so training crops and page crops are cut the same way.
 * Parts of a crop outside the frame are mid-grey (0 after scaling).
 */
export function cropFaces(image: tf.Tensor3D, faces: readonly Pick<DetectedFace, 'box' | 'keypoints'>[],
  size: number): tf.Tensor4D {
  return tf.tidy(() => {
    const [height, width] = image.shape;
    const boxes = tf.tensor2d(faceCropBoxes(faces, width, height).flat(), [faces.length, 4]);
    const boxIndices = tf.zeros([faces.length], 'int32') as tf.Tensor1D;
    const big = tf.image.cropAndResize(tf.expandDims(image, 0) as tf.Tensor4D, boxes, boxIndices,
      [size * SUPERSAMPLING, size * SUPERSAMPLING], 'bilinear', 127.5);
    const crops = tf.avgPool(big, SUPERSAMPLING, SUPERSAMPLING, 'valid');
    return tf.sub(tf.div(crops, 127.5), 1);
  });
}

/** A mask-cnn topology whose classes are all ones this code knows what to do with. */
function isMaskCnnTopology(value: unknown): value is MaskCnnTopology {
  return hasKind<MaskCnnTopology>(MASK_CNN_KIND)(value) && Array.isArray(value.labels)
    && value.labels.every((l) => (CLASSIFIER_LABELS as readonly unknown[]).includes(l))
    && (value.temperature === undefined || (typeof value.temperature === 'number' && value.temperature > 0 && Number.isFinite(value.temperature)));
}

export class MaskClassifier {
  private constructor(
    readonly topology: MaskCnnTopology,
    private readonly weights: MaskCnnWeights,
  ) {}

  /** `model`: the URL of models/mask-classifier/model.json, or an IOHandler (Node scripts, tests). */
  static async load(model: string | tf.io.IOHandler): Promise<MaskClassifier> {
    const { topology, weights } = await loadWeightsFile(model, {
      what: 'mask classifier', isTopology: isMaskCnnTopology, shapes: weightShapes,
    });
    return new MaskClassifier(topology, weights);
  }

  /** Wraps weights already in memory (the training script, tests). The classifier owns them. */
  static fromWeights(topology: MaskCnnTopology, weights: MaskCnnWeights): MaskClassifier {
    return new MaskClassifier(topology, weights);
  }

  /**
   * One prediction per face, in the order of `faces`. `image` is the frame ([h, w, 3], 0–255) in the faces'
   * coordinates; it stays owned by the caller, and no tensor outlives the call.
   */
  async classify(image: tf.Tensor3D, faces: readonly DetectedFace[]): Promise<MaskPrediction[]> {
    if (faces.length === 0) return [];
    const probabilities = tf.tidy(() =>
      maskCnnProbabilities(this.topology, this.weights, cropFaces(image, faces, this.topology.inputSize)));
    let values: Float32Array;
    try {
      values = (await probabilities.data()) as Float32Array;
    } finally {
      probabilities.dispose();
    }
    const classes = this.topology.labels.length;
    return faces.map((_, i) => decide(this.topology.labels, values.subarray(i * classes, (i + 1) * classes)));
  }

  dispose(): void {
    tf.dispose(Object.values(this.weights));
  }
}
