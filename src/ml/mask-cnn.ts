/**
 * The mask classifier's network, written with tfjs-core ops only: the page then needs neither tfjs-layers nor
 * the graph converter for it (bundle budget), and the training script runs this very function, so the browser
 * computes exactly what was trained.
 *
 * Shape: a 3×3 stride-2 convolution, then depthwise-separable blocks (3×3 depthwise + 1×1 pointwise, ReLU),
 * global average pooling and one dense layer to the classes (three mask classes and "not a face"). Pointwise convolutions are matrix
 * products on purpose: tfjs's pure-JS CPU backend (training) multiplies matrices much faster than it runs
 * 1×1 convolutions, and WASM (inference) does both with XNNPACK.
 */
import * as tf from '@tensorflow/tfjs-core';
import { CLASSIFIER_LABELS, type ClassifierLabel } from '../logic/frame';

export const MASK_CNN_KIND = 'headcount-mask-cnn';

/** What model.json's `modelTopology` holds for this network. */
export interface MaskCnnTopology {
  /** Identifies the format, so a wrong file fails loudly instead of computing nonsense. */
  kind: typeof MASK_CNN_KIND;
  /** Side of the square input crop, in pixels. */
  inputSize: number;
  /** Output channels of the stem convolution. */
  stem: number;
  /** One entry per depthwise-separable block. */
  blocks: { filters: number; stride: 1 | 2 }[];
  /** Class order of the output. */
  labels: ClassifierLabel[];
  /**
   * Softmax temperature, fitted on validation faces by `npm run train` (src/logic/calibration.ts) so that the
   * probabilities the page shows and thresholds (src/logic/abstention.ts) mean what they say. Absent in weights
   * from before issue 27: 1, the raw softmax.
   */
  temperature?: number;
}

export const DEFAULT_TOPOLOGY: MaskCnnTopology = {
  kind: MASK_CNN_KIND,
  inputSize: 48,
  stem: 16,
  // Down to 12×12 after two layers: training runs on tfjs's pure-JS CPU backend, where the cost is in the
  // large early feature maps; a mask is a coarse, large pattern, so little is lost.
  blocks: [
    { filters: 32, stride: 2 },
    { filters: 64, stride: 1 },
    { filters: 128, stride: 2 },
    { filters: 128, stride: 1 },
  ],
  labels: [...CLASSIFIER_LABELS],
};

export type MaskCnnWeights = Record<string, tf.Tensor>;

/** Every weight's name and shape, in a fixed order (the order of the weights file). */
export function weightShapes(topology: MaskCnnTopology): [string, number[]][] {
  const shapes: [string, number[]][] = [
    ['stem/kernel', [3, 3, 3, topology.stem]],
    ['stem/bias', [topology.stem]],
  ];
  let channels = topology.stem;
  topology.blocks.forEach((block, i) => {
    shapes.push([`block${i}/depthwise`, [3, 3, channels, 1]], [`block${i}/depthwise_bias`, [channels]],
      [`block${i}/pointwise`, [channels, block.filters]], [`block${i}/pointwise_bias`, [block.filters]]);
    channels = block.filters;
  });
  shapes.push(['head/kernel', [channels, topology.labels.length]], ['head/bias', [topology.labels.length]]);
  return shapes;
}

/** Seeded He-normal initial weights (zero biases). */
export function initialWeights(topology: MaskCnnTopology, seed: number): MaskCnnWeights {
  const weights: MaskCnnWeights = {};
  weightShapes(topology).forEach(([name, shape], i) => {
    if (name.endsWith('bias')) {
      weights[name] = tf.zeros(shape);
      return;
    }
    // Fan-in: a depthwise filter sees 9 inputs; the others all but their last dimension.
    const fanIn = name.endsWith('depthwise') ? 9 : shape.slice(0, -1).reduce((a, b) => a * b, 1);
    weights[name] = tf.randomNormal(shape, 0, Math.sqrt(2 / fanIn), 'float32', seed + i);
  });
  return weights;
}

export interface ForwardOptions {
  /** Training only: share of pooled features dropped before the dense layer. */
  dropout?: { rate: number; seed: number };
}

/** Calibrated class probabilities [n, classes]: softmax(logits / temperature). What every caller should use. */
export function maskCnnProbabilities(topology: MaskCnnTopology, w: MaskCnnWeights, crops: tf.Tensor4D): tf.Tensor2D {
  return tf.tidy(() => tf.softmax(tf.div<tf.Tensor2D>(maskCnnLogits(topology, w, crops), topology.temperature ?? 1)));
}

/** Logits [n, classes] for a batch of crops [n, size, size, 3] scaled to [-1, 1]. */
export function maskCnnLogits(topology: MaskCnnTopology, w: MaskCnnWeights, crops: tf.Tensor4D,
  options: ForwardOptions = {}): tf.Tensor2D {
  let x = tf.relu(tf.add(tf.conv2d(crops, w['stem/kernel'] as tf.Tensor4D, 2, 'same'), w['stem/bias'])) as tf.Tensor4D;
  topology.blocks.forEach((block, i) => {
    const depthwise = tf.depthwiseConv2d(x, w[`block${i}/depthwise`] as tf.Tensor4D, block.stride, 'same');
    const d = tf.relu(tf.add(depthwise, w[`block${i}/depthwise_bias`])) as tf.Tensor4D;
    const [n, h, wd, c] = d.shape;
    const pointwise = tf.matMul(tf.reshape(d, [n * h * wd, c]), w[`block${i}/pointwise`] as tf.Tensor2D);
    x = tf.reshape(tf.relu(tf.add(pointwise, w[`block${i}/pointwise_bias`])), [n, h, wd, block.filters]);
  });
  let pooled = tf.mean(x, [1, 2]) as tf.Tensor2D;
  if (options.dropout) pooled = tf.dropout(pooled, options.dropout.rate, undefined, options.dropout.seed) as tf.Tensor2D;
  return tf.add<tf.Tensor2D>(tf.matMul(pooled, w['head/kernel'] as tf.Tensor2D), w['head/bias']);
}
