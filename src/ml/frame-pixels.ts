import * as tf from '@tensorflow/tfjs-core';
import type { FrameImage } from './pipeline-types';

/** A frame's pixels, 4 bytes each, row by row. */
export interface RgbaPixels {
  rgba: Uint8Array | Uint8ClampedArray;
  width: number;
  height: number;
}

/** Bytes per RGBA pixel, as VideoFrame.copyTo and ImageData give them. */
const RGBA = 4;

/**
 * Reads frames into RGB float32 tensors, reusing its two buffers from frame to frame.
 *
 * Why reuse: memory touched for the first time costs a page fault per 4 kB, and in this browser sandbox that
 * made a fresh 640×480 RGBA read plus its RGB copy (1.2 + 3.7 MB) cost 20–25 ms a frame — as much as the
 * detector — against ~1 ms for the same loop into a buffer already touched (scripts/bench.mts, *preprocess*).
 * Hence no ImageData, no `tf.browser.fromPixels` (both allocate per frame) on the camera path.
 *
 * A tensor it returns may alias its buffer (the CPU backend keeps the array it is given), so it must be disposed
 * before the next read: FramePipeline processes one frame at a time.
 */
export class FramePixels {
  private rgbaBytes = new Uint8Array(0);
  private rgb = new Float32Array(0);
  /** A 2D canvas for what VideoFrame.copyTo cannot convert; made on first need. */
  private canvas?: OffscreenCanvasRenderingContext2D | null;

  async tensor(image: FrameImage): Promise<tf.Tensor3D> {
    return this.tensorOf(await this.rgba(image));
  }

  /** Pixels already read by `rgba` as an RGB tensor (the pipeline reads them once for the tensor and the scene change). */
  tensorOf({ rgba, width, height }: RgbaPixels): tf.Tensor3D {
    return this.rgbTensor(rgba, width, height);
  }

  /**
   * The frame's RGBA bytes: copied and converted by the browser (VideoFrame.copyTo) into a buffer reused from
   * frame to frame, or, where that cannot be done, read through a canvas. Valid until the next read.
   */
  async rgba(image: FrameImage): Promise<RgbaPixels> {
    const frame = image instanceof ImageBitmap ? bitmapFrame(image) : image;
    if (!frame) return this.fromCanvas(image);
    try {
      const rect = frame.visibleRect;
      if (!rect) return this.fromCanvas(image);
      const { width, height } = rect;
      const size = width * height * RGBA;
      // A browser that ignores the format option would copy the frame's own layout (I420: 1.5 bytes a pixel).
      if (frame.allocationSize({ format: 'RGBA' }) !== size) return this.fromCanvas(image);
      if (this.rgbaBytes.length < size) this.rgbaBytes = new Uint8Array(size);
      const rgba = this.rgbaBytes.subarray(0, size);
      await frame.copyTo(rgba, { format: 'RGBA' });
      return { rgba, width, height };
    } finally {
      if (frame !== image) frame.close();
    }
  }

  /**
   * Through a 2D canvas made to be read (`willReadFrequently`: kept in memory, not on the GPU path); also what
   * the tests compare the VideoFrame path with.
   */
  fromCanvas(image: FrameImage): RgbaPixels {
    this.canvas ??= typeof OffscreenCanvas === 'undefined'
      ? null
      : new OffscreenCanvas(1, 1).getContext('2d', { willReadFrequently: true });
    if (!this.canvas) throw new Error('this browser cannot read the frame’s pixels here (no OffscreenCanvas)');
    const width = image instanceof ImageBitmap ? image.width : image.displayWidth;
    const height = image instanceof ImageBitmap ? image.height : image.displayHeight;
    const { canvas } = this.canvas;
    if (canvas.width !== width || canvas.height !== height) {
      canvas.width = width;
      canvas.height = height;
    }
    this.canvas.drawImage(image, 0, 0, width, height);
    return { rgba: this.canvas.getImageData(0, 0, width, height).data, width, height };
  }

  /** Drops alpha into the reused RGB buffer: one pass, no allocation once the frame size is known. */
  private rgbTensor(rgba: Uint8Array | Uint8ClampedArray, width: number, height: number): tf.Tensor3D {
    const pixels = width * height;
    if (this.rgb.length < pixels * 3) this.rgb = new Float32Array(pixels * 3);
    const rgb = this.rgb;
    for (let i = 0, j = 0, k = 0; i < pixels; i++, k += RGBA) {
      rgb[j++] = rgba[k];
      rgb[j++] = rgba[k + 1];
      rgb[j++] = rgba[k + 2];
    }
    return tf.tensor3d(rgb.subarray(0, pixels * 3), [height, width, 3], 'float32');
  }
}

/** A VideoFrame over a bitmap's pixels (no copy), or null where VideoFrame does not exist. */
function bitmapFrame(bitmap: ImageBitmap): VideoFrame | null {
  return typeof VideoFrame === 'undefined' ? null : new VideoFrame(bitmap, { timestamp: 0 });
}
