/**
 * SSD anchors as MediaPipe's SsdAnchorsCalculator lays them out (mediapipe/calculators/tflite/
 * ssd_anchors_calculator.cc). The detector's raw outputs are offsets from these anchors, so the order and the
 * centres must match the model's training exactly: row by row (y outer, x inner), then anchor by anchor.
 */

/** One anchor in normalised model-input coordinates: centre and size in [0, 1] of the input side. */
export interface Anchor {
  xCenter: number;
  yCenter: number;
  w: number;
  h: number;
}

/** The subset of MediaPipe's SsdAnchorsCalculatorOptions that BlazeFace models use. */
export interface SsdAnchorOptions {
  inputSizeWidth: number;
  inputSizeHeight: number;
  minScale: number;
  maxScale: number;
  /** One entry per output layer; layers with equal strides share a feature map. */
  strides: readonly number[];
  aspectRatios: readonly number[];
  anchorOffsetX: number;
  anchorOffsetY: number;
  /** When > 0, adds one anchor per cell of this aspect ratio at the geometric mean of adjacent scales. */
  interpolatedScaleAspectRatio: number;
  /** BlazeFace regresses absolute sizes, so its anchors are all 1 × 1 and only their centres matter. */
  fixedAnchorSize: boolean;
}

/**
 * Full-range BlazeFace (face_detection_full_range.pbtxt): one layer at stride 4 on a 192-px input gives a
 * 48 × 48 grid with one anchor per cell, 2,304 in all. Scales are unused because fixedAnchorSize is set, but
 * are kept as MediaPipe declares them so the options read the same as the graph file.
 */
export const FULL_RANGE_ANCHOR_OPTIONS: SsdAnchorOptions = {
  inputSizeWidth: 192,
  inputSizeHeight: 192,
  minScale: 0.1484375,
  maxScale: 0.75,
  strides: [4],
  aspectRatios: [1.0],
  anchorOffsetX: 0.5,
  anchorOffsetY: 0.5,
  interpolatedScaleAspectRatio: 0.0,
  fixedAnchorSize: true,
};

function layerScale(options: SsdAnchorOptions, strideIndex: number): number {
  const count = options.strides.length;
  if (count === 1) return (options.minScale + options.maxScale) / 2;
  return options.minScale + ((options.maxScale - options.minScale) * strideIndex) / (count - 1);
}

export function generateSsdAnchors(options: SsdAnchorOptions): Anchor[] {
  const anchors: Anchor[] = [];
  const { strides } = options;
  let layer = 0;
  while (layer < strides.length) {
    // Consecutive layers with the same stride share one feature map: their anchor shapes are merged per cell.
    const shapes: { w: number; h: number }[] = [];
    let sameStrideLayer = layer;
    for (; sameStrideLayer < strides.length && strides[sameStrideLayer] === strides[layer]; sameStrideLayer++) {
      const scale = layerScale(options, sameStrideLayer);
      for (const ratio of options.aspectRatios) {
        shapes.push({ w: scale * Math.sqrt(ratio), h: scale / Math.sqrt(ratio) });
      }
      if (options.interpolatedScaleAspectRatio > 0) {
        const nextScale = sameStrideLayer === strides.length - 1 ? 1 : layerScale(options, sameStrideLayer + 1);
        const scaleBetween = Math.sqrt(scale * nextScale);
        const ratio = options.interpolatedScaleAspectRatio;
        shapes.push({ w: scaleBetween * Math.sqrt(ratio), h: scaleBetween / Math.sqrt(ratio) });
      }
    }
    const stride = strides[layer];
    const mapHeight = Math.ceil(options.inputSizeHeight / stride);
    const mapWidth = Math.ceil(options.inputSizeWidth / stride);
    for (let y = 0; y < mapHeight; y++) {
      for (let x = 0; x < mapWidth; x++) {
        for (const shape of shapes) {
          anchors.push({
            xCenter: (x + options.anchorOffsetX) / mapWidth,
            yCenter: (y + options.anchorOffsetY) / mapHeight,
            w: options.fixedAnchorSize ? 1 : shape.w,
            h: options.fixedAnchorSize ? 1 : shape.h,
          });
        }
      }
    }
    layer = sameStrideLayer;
  }
  return anchors;
}
