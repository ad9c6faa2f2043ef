/**
 * Faster filter gradients for the two convolutions the mask classifier uses, registered over tfjs's own for
 * training in Node.
 *
 * tfjs's pure-JS CPU backend computes Conv2DBackpropFilter and DepthwiseConv2dNativeBackpropFilter with
 * per-element index arithmetic: on a batch of 32 crops of 48 px they took ~7 s of a ~7.5 s training step.
 * The same sums come out of a depthwise convolution with a fixed one-hot kernel (it copies the nine 3×3 taps
 * of every channel side by side, fast even on the CPU backend) followed by a matrix product (Conv2D) or a
 * product and a sum (depthwise). The depthwise input gradient is a depthwise convolution too, so training
 * runs on the WASM backend, which lacks the backprop-filter kernels and DepthwiseConv2dNativeBackpropInput.
 * fast-gradients.test.ts checks them all against tfjs's CPU kernels.
 */
import * as tf from '@tensorflow/tfjs-core';

type Strides = number | [number, number];

interface ConvAttrs {
  strides: Strides;
  pad: 'valid' | 'same' | number;
  dimRoundingMode?: 'floor' | 'round' | 'ceil';
}

/** [3, 3, channels, 9]: output m of channel c copies input channel c at kernel offset m (row-major). */
function oneHotTapKernel(channels: number): tf.Tensor4D {
  return tf.tidy(() => tf.tile(tf.reshape(tf.eye(9), [3, 3, 1, 9]), [1, 1, channels, 1]) as tf.Tensor4D);
}

/** The 3×3 taps the convolution multiplies: [n, h', w', channels × 9], channel-major. */
export function convolutionTaps(x: tf.Tensor4D, attrs: ConvAttrs): tf.Tensor4D {
  return tf.tidy(() => tf.depthwiseConv2d(x, oneHotTapKernel(x.shape[3]), attrs.strides, attrs.pad, 'NHWC', 1,
    attrs.dimRoundingMode));
}

/** dL/dfilter of a 3×3 Conv2D from its input and output gradient: [3, 3, in, out]. */
export function conv2dFilterGradient(x: tf.Tensor4D, dy: tf.Tensor4D, attrs: ConvAttrs): tf.Tensor4D {
  return tf.tidy(() => {
    const taps = convolutionTaps(x, attrs);
    const [inChannels, outChannels] = [x.shape[3], dy.shape[3]];
    const rows = taps.shape[0] * taps.shape[1] * taps.shape[2];
    const flat = tf.matMul(tf.reshape(taps, [rows, inChannels * 9]), tf.reshape(dy, [rows, outChannels]), true, false);
    return tf.transpose(tf.reshape(flat, [inChannels, 3, 3, outChannels]), [1, 2, 0, 3]);
  });
}

/**
 * dL/dx of a 3×3 'same' depthwise convolution (multiplier 1) as another depthwise convolution, with the kernel
 * turned by 180°: tfjs's WASM backend has no DepthwiseConv2dNativeBackpropInput kernel. Stride 2 (even sizes,
 * TensorFlow pads 0 before and 1 after) spreads dy onto the even positions of a zero grid first.
 */
export function depthwiseInputGradient(dy: tf.Tensor4D, filter: tf.Tensor4D, stride: 1 | 2): tf.Tensor4D {
  return tf.tidy((): tf.Tensor4D => {
    const turned = tf.reverse(filter, [0, 1]) as tf.Tensor4D;
    if (stride === 1) return tf.depthwiseConv2d(dy, turned, 1, 'same');
    const [n, h, w, c] = dy.shape;
    const zeros = tf.zerosLike(dy);
    // Interleaving with zeros along columns, then rows, puts dy on even rows and columns.
    const upsampled = tf.reshape(tf.stack([tf.reshape(tf.stack([dy, zeros], 3), [n, h, 2 * w, c]),
      tf.zeros([n, h, 2 * w, c])], 2), [n, 2 * h, 2 * w, c]) as tf.Tensor4D;
    return tf.depthwiseConv2d(tf.pad(upsampled, [[0, 0], [2, 0], [2, 0], [0, 0]]), turned, 1, 'valid');
  });
}

/** dL/dfilter of a 3×3 depthwise convolution (channel multiplier 1): [3, 3, channels, 1]. */
export function depthwiseFilterGradient(x: tf.Tensor4D, dy: tf.Tensor4D, attrs: ConvAttrs): tf.Tensor4D {
  return tf.tidy(() => {
    const channels = x.shape[3];
    const taps = tf.reshape(convolutionTaps(x, attrs), [-1, channels, 9]);
    const perTap = tf.sum(tf.mul(taps, tf.reshape(dy, [-1, channels, 1])), 0);
    return tf.reshape(tf.transpose(perTap), [3, 3, channels, 1]);
  });
}

function isConvAttrs(attrs: tf.NamedAttrMap): boolean {
  const dilations = attrs.dilations as Strides | undefined;
  return dilations === undefined || dilations === 1 || (Array.isArray(dilations) && dilations.every((d) => d === 1));
}

/** Replaces tfjs's Conv2D and DepthwiseConv2dNative gradients (3×3 kernels, NHWC, no dilation). */
export function registerFastConvolutionGradients(): void {
  tf.registerGradient({
    kernelName: 'Conv2D',
    inputsToSave: ['x', 'filter'],
    gradFunc: (dy, saved, attrs) => {
      const [x, filter] = saved as [tf.Tensor4D, tf.Tensor4D];
      if (filter.shape[0] !== 3 || filter.shape[1] !== 3 || !isConvAttrs(attrs)) {
        throw new Error('fast-gradients: only 3×3 undilated convolutions');
      }
      const conv = attrs as unknown as ConvAttrs & { dataFormat: string };
      return {
        x: () => tf.engine().runKernel('Conv2DBackpropInput', { dy: dy as tf.Tensor4D, filter },
          { ...attrs, inputShape: x.shape } as unknown as tf.NamedAttrMap) as tf.Tensor4D,
        filter: () => conv2dFilterGradient(x, dy as tf.Tensor4D, conv),
      };
    },
  });
  tf.registerGradient({
    kernelName: 'DepthwiseConv2dNative',
    inputsToSave: ['x', 'filter'],
    gradFunc: (dy, saved, attrs) => {
      const [x, filter] = saved as [tf.Tensor4D, tf.Tensor4D];
      if (filter.shape[0] !== 3 || filter.shape[1] !== 3 || filter.shape[3] !== 1 || !isConvAttrs(attrs)) {
        throw new Error('fast-gradients: only 3×3 undilated depthwise convolutions with multiplier 1');
      }
      const { strides, pad } = attrs as unknown as ConvAttrs;
      const stride = Array.isArray(strides) ? strides[0] : strides;
      if (pad !== 'same' || (stride !== 1 && stride !== 2) || (stride === 2 && (x.shape[1] % 2 || x.shape[2] % 2))) {
        throw new Error('fast-gradients: depthwise input gradient for "same", stride 1 or 2 on even sizes only');
      }
      return {
        x: () => depthwiseInputGradient(dy as tf.Tensor4D, filter, stride),
        filter: () => depthwiseFilterGradient(x, dy as tf.Tensor4D, attrs as unknown as ConvAttrs),
      };
    },
  });
}
