import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import { conv2dFilterGradient, depthwiseFilterGradient, depthwiseInputGradient } from './fast-gradients';

function maxDifference(a: tf.Tensor, b: tf.Tensor): number {
  return tf.tidy(() => tf.max(tf.abs(tf.sub(a, b))).dataSync()[0]);
}

describe.each([1, 2] as const)('filter gradients, stride %i, same padding', (stride) => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  it('Conv2D: equals tfjs Conv2DBackpropFilter', () => {
    const x = tf.randomNormal([2, 8, 8, 3], 0, 1, 'float32', 1) as tf.Tensor4D;
    const dy = tf.randomNormal([2, 8 / stride, 8 / stride, 5], 0, 1, 'float32', 2) as tf.Tensor4D;
    const attrs = { strides: stride, pad: 'same' as const };
    const expected = tf.engine().runKernel('Conv2DBackpropFilter', { x, dy },
      { ...attrs, dataFormat: 'NHWC', filterShape: [3, 3, 3, 5] }) as tf.Tensor;
    const fast = conv2dFilterGradient(x, dy, attrs);
    expect(fast.shape).toEqual([3, 3, 3, 5]);
    expect(maxDifference(fast, expected)).toBeLessThan(1e-4);
    tf.dispose([x, dy, expected, fast]);
  });

  it('depthwise: equals tfjs DepthwiseConv2dNativeBackpropFilter', () => {
    const x = tf.randomNormal([2, 8, 8, 4], 0, 1, 'float32', 3) as tf.Tensor4D;
    const dy = tf.randomNormal([2, 8 / stride, 8 / stride, 4], 0, 1, 'float32', 4) as tf.Tensor4D;
    const attrs = { strides: stride, pad: 'same' as const };
    const expected = tf.engine().runKernel('DepthwiseConv2dNativeBackpropFilter', { x, dy },
      { ...attrs, dilations: [1, 1], filterShape: [3, 3, 4, 1] }) as tf.Tensor;
    const fast = depthwiseFilterGradient(x, dy, attrs);
    expect(fast.shape).toEqual([3, 3, 4, 1]);
    expect(maxDifference(fast, expected)).toBeLessThan(1e-4);
    tf.dispose([x, dy, expected, fast]);
  });

  it('depthwise: input gradient equals tfjs DepthwiseConv2dNativeBackpropInput', () => {
    const filter = tf.randomNormal([3, 3, 4, 1], 0, 1, 'float32', 5) as tf.Tensor4D;
    const dy = tf.randomNormal([2, 8 / stride, 8 / stride, 4], 0, 1, 'float32', 6) as tf.Tensor4D;
    const expected = tf.engine().runKernel('DepthwiseConv2dNativeBackpropInput', { dy, filter },
      { strides: stride, pad: 'same', dilations: [1, 1], inputShape: [2, 8, 8, 4] }) as tf.Tensor;
    const fast = depthwiseInputGradient(dy, filter, stride);
    expect(fast.shape).toEqual([2, 8, 8, 4]);
    expect(maxDifference(fast, expected)).toBeLessThan(1e-4);
    tf.dispose([filter, dy, expected, fast]);
  });
});
