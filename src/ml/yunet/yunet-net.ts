/**
 * YuNet-s (the face detector behind OpenCV's FaceDetectorYN; libfacedetection.train, Apache-2.0) written with
 * tfjs-core ops, so the page keeps one inference runtime. The graph follows the ONNX export in
 * ../shared/models/yunet/ node for node; scripts/convert-yunet.mts turns that file's weights into
 * models/yunet/ (batch norms are already folded into the convolutions by the export).
 *
 * Two changes at conversion time, neither altering the maths: the stem's input channels are reordered from
 * BGR (what the ONNX model takes) to RGB (what the page's frames are), so no channel swap runs per frame; and
 * each level's four head branches (cls 1, obj 1, bbox 4, keypoints 10 channels: each a 1×1 convolution then a
 * 3×3 depthwise one) are stacked into one 16-channel branch, so a level costs two convolutions instead of eight.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { NamedWeights } from '../weights-file';

export const YUNET_KIND = 'headcount-yunet';

export interface YunetTopology {
  kind: typeof YUNET_KIND;
  /** Channel order the stem expects. */
  input: 'RGB';
  /** Output rows per grid cell, in this order (the head's stacked channels). */
  outputs: ['cls', 'obj', 'bbox', 'kps'];
  strides: [8, 16, 32];
}

/** The inputs' sides must be multiples of this (three max-pools after a stride-2 stem). */
export const YUNET_ALIGN = 32;
export const YUNET_STRIDES = [8, 16, 32] as const;
/** Channels per output row: cls, obj, 4 box values, 5 keypoints × (x, y). */
export const YUNET_ROW = 16;

/** Depthwise-separable units (1×1 convolution, 3×3 depthwise convolution, ReLU), by their ONNX names. */
const UNITS = [
  ['backbone.model0.conv2', 16, 16],
  ['backbone.model1.conv1', 16, 16],
  ['backbone.model1.conv2', 16, 32],
  ['backbone.model2.conv1', 32, 32],
  ['backbone.model2.conv2', 32, 64],
  ['backbone.model3.conv1', 64, 64],
  ['backbone.model3.conv2', 64, 64],
  ['backbone.model4.conv1', 64, 64],
  ['backbone.model4.conv2', 64, 64],
  ['backbone.model5.conv1', 64, 64],
  ['backbone.model5.conv2', 64, 64],
  ['neck.lateral_convs.2', 64, 64],
  ['neck.lateral_convs.1', 64, 64],
  ['neck.lateral_convs.0', 64, 64],
] as const;
export type YunetUnit = (typeof UNITS)[number][0];
export const YUNET_UNITS: readonly YunetUnit[] = UNITS.map(([name]) => name);

/** Every weight of the network and its shape (tfjs layouts: [kh, kw, in, out] and [kh, kw, channels, 1]). */
export function yunetWeightShapes(): [string, number[]][] {
  const shapes: [string, number[]][] = [['stem/kernel', [3, 3, 3, 16]], ['stem/bias', [16]]];
  for (const [name, cin, cout] of UNITS) {
    shapes.push([`${name}/pointwise`, [1, 1, cin, cout]], [`${name}/pointwise_bias`, [cout]],
      [`${name}/depthwise`, [3, 3, cout, 1]], [`${name}/depthwise_bias`, [cout]]);
  }
  for (const stride of YUNET_STRIDES) {
    shapes.push([`head${stride}/pointwise`, [1, 1, 64, YUNET_ROW]], [`head${stride}/pointwise_bias`, [YUNET_ROW]],
      [`head${stride}/depthwise`, [3, 3, YUNET_ROW, 1]], [`head${stride}/depthwise_bias`, [YUNET_ROW]]);
  }
  return shapes;
}

function separable(x: tf.Tensor4D, w: NamedWeights, name: string, activation: 'relu' | 'linear'): tf.Tensor4D {
  const pointwise = tf.fused.conv2d({
    x, filter: w[`${name}/pointwise`] as tf.Tensor4D, bias: w[`${name}/pointwise_bias`], strides: 1, pad: 'valid',
  });
  return tf.fused.depthwiseConv2d({
    x: pointwise, filter: w[`${name}/depthwise`] as tf.Tensor4D, bias: w[`${name}/depthwise_bias`], strides: 1,
    pad: 'same', activation,
  });
}

const unit = (x: tf.Tensor4D, w: NamedWeights, name: YunetUnit): tf.Tensor4D => separable(x, w, name, 'relu');
const pool = (x: tf.Tensor4D): tf.Tensor4D => tf.maxPool(x, 2, 2, 'valid');
/** ONNX Resize, nearest, asymmetric, floor, ×2: what resizeNearestNeighbor does without corner alignment. */
const upsample = (x: tf.Tensor4D): tf.Tensor4D =>
  tf.image.resizeNearestNeighbor(x, [x.shape[1] * 2, x.shape[2] * 2], false, false);

/**
 * The raw outputs for a [1, H, W, 3] RGB input (float, 0–255, H and W multiples of 32): one row of YUNET_ROW
 * values per grid cell, the cells of stride 8 first (row-major), then 16, then 32 — [cells, 16].
 * cls and obj are logits here (the ONNX graph applies the sigmoid; decode does).
 */
export function yunetForward(w: NamedWeights, input: tf.Tensor4D): tf.Tensor2D {
  return tf.tidy(() => {
    let x = tf.fused.conv2d({
      x: input, filter: w['stem/kernel'] as tf.Tensor4D, bias: w['stem/bias'], strides: 2, pad: 1, activation: 'relu',
    });
    x = pool(unit(x, w, 'backbone.model0.conv2'));
    x = unit(unit(x, w, 'backbone.model1.conv1'), w, 'backbone.model1.conv2');
    x = pool(unit(unit(x, w, 'backbone.model2.conv1'), w, 'backbone.model2.conv2'));
    const c8 = unit(unit(x, w, 'backbone.model3.conv1'), w, 'backbone.model3.conv2');
    const c16 = unit(unit(pool(c8), w, 'backbone.model4.conv1'), w, 'backbone.model4.conv2');
    const c32 = unit(unit(pool(c16), w, 'backbone.model5.conv1'), w, 'backbone.model5.conv2');
    const p32 = unit(c32, w, 'neck.lateral_convs.2');
    const p16 = unit(tf.add(c16, upsample(p32)), w, 'neck.lateral_convs.1');
    const p8 = unit(tf.add(c8, upsample(p16)), w, 'neck.lateral_convs.0');
    const rows = ([[8, p8], [16, p16], [32, p32]] as const).map(([stride, feature]) =>
      tf.reshape(separable(feature, w, `head${stride}`, 'linear'), [-1, YUNET_ROW]));
    return tf.concat(rows, 0) as tf.Tensor2D;
  });
}
