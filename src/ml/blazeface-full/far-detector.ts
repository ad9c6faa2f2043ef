import * as tfconv from '@tensorflow/tfjs-converter';
import * as tf from '@tensorflow/tfjs-core';
import type { DetectedFace } from '../../logic/frame';
import type { FaceDetector } from '../detector';
import { FULL_RANGE_ANCHOR_OPTIONS, generateSsdAnchors, type Anchor } from './anchors';
import { decodeFaces, FULL_RANGE_OUTPUT_LAYOUT, letterboxRegion, type SquareRegion } from './decode';
import { weightedNonMaxSuppression } from './nms';
import { planTiles, type TilingOptions } from './tiling';

/**
 * Full-range detector settings: MediaPipe's, plus tiling. A grid over minScore 0.5 / 0.6 / 0.7 and
 * minTileScale 0.5 / 0.75 / 1 on both scene sets (models/README.md) found no setting near the target:
 * finer tiles or a lower threshold buy recall with a larger loss of precision. Four in five misses (at
 * tile scale 0.75) were masked faces, which this model often scores under 0.5. These settings are the cheapest balanced ones.
 */
export const FAR_DETECTOR_CONFIG = {
  /** MediaPipe's face_detection_full_range graph uses 0.5. */
  minScore: 0.5,
  /** MediaPipe's sigmoid_score clipping: logits beyond ±100 are clamped before the sigmoid. */
  scoreClip: 100,
  /** MediaPipe's blending NMS threshold. */
  iouThreshold: 0.3,
  /** A market street can hold more faces than a workshop room. */
  maxFaces: 64,
  /** Tiles on top of the letterboxed full frame, for faces the full frame shrinks below what the model sees. */
  tiling: { minTileScale: 0.5, minOverlap: 0.25 } as TilingOptions | null,
};

/** Input side of the full-range model (facemesh-detection-full: [n, 192, 192, 3]). */
export const FAR_INPUT_SIZE = FULL_RANGE_ANCHOR_OPTIONS.inputSizeWidth;

/** The face head (checked on real photos, see FULL_RANGE_OUTPUT_LAYOUT); `Identity_1` is the graph's person head. */
const FACE_OUTPUT = 'Identity';

/**
 * cropAndResize boxes that sample each square region onto the input grid pixel-centre to pixel-centre: input
 * pixel i (centre i + 0.5) reads source position region.x + (i + 0.5) · side / size. Anything past the frame
 * reads as 0 (black), which is MediaPipe's zero border.
 */
function samplingBoxes(regions: readonly SquareRegion[], width: number, height: number, size: number): number[][] {
  const toBox = (start: number, side: number, extent: number): [number, number] => {
    const first = start + (0.5 * side) / size - 0.5;
    const last = first + ((size - 1) * side) / size;
    // cropAndResize maps a normalised coordinate c to source index c · (extent − 1).
    const denominator = Math.max(1, extent - 1);
    return [first / denominator, last / denominator];
  };
  return regions.map((r) => {
    const [x1, x2] = toBox(r.x, r.side, width);
    const [y1, y2] = toBox(r.y, r.side, height);
    return [y1, x1, y2, x2];
  });
}

/** Full-range BlazeFace (192×192), decoded here since @tensorflow-models/blazeface only knows the short model. */
export class FarFaceDetector implements FaceDetector {
  readonly mode = 'far' as const;
  private readonly anchors: readonly Anchor[] = generateSsdAnchors(FULL_RANGE_ANCHOR_OPTIONS);

  private constructor(
    private readonly model: tfconv.GraphModel,
    private readonly tiling: TilingOptions | null,
  ) {}

  /**
   * `model` is the URL of facemesh-detection-full.json (or an IOHandler, for Node scripts); `tiling` null runs
   * the letterboxed full frame only.
   */
  static async load(
    model: string | tf.io.IOHandler,
    tiling: TilingOptions | null = FAR_DETECTOR_CONFIG.tiling,
  ): Promise<FarFaceDetector> {
    return new FarFaceDetector(await tfconv.loadGraphModel(model), tiling);
  }

  async detect(image: tf.Tensor3D): Promise<DetectedFace[]> {
    const [height, width] = image.shape;
    const tiles = this.tiling ? planTiles(width, height, FAR_INPUT_SIZE, this.tiling) : [];
    const regions = [letterboxRegion(width, height), ...tiles];
    const output = tf.tidy(() => {
      const batch = tf.expandDims(tf.cast(image, 'float32'), 0) as tf.Tensor4D;
      const boxes = samplingBoxes(regions, width, height, FAR_INPUT_SIZE);
      const crops = tf.image.cropAndResize(batch, boxes, new Array<number>(regions.length).fill(0), [
        FAR_INPUT_SIZE,
        FAR_INPUT_SIZE,
      ]);
      // The model wants [-1, 1].
      const input = tf.sub(tf.div(crops, 127.5), 1);
      return this.model.execute(input, FACE_OUTPUT) as tf.Tensor;
    });
    let raw: Float32Array;
    try {
      raw = (await output.data()) as Float32Array;
    } finally {
      output.dispose();
    }
    const { minScore, scoreClip, iouThreshold, maxFaces } = FAR_DETECTOR_CONFIG;
    const candidates = regions.flatMap((region, i) =>
      decodeFaces(raw, i, this.anchors, FULL_RANGE_OUTPUT_LAYOUT, region, minScore, scoreClip),
    );
    return weightedNonMaxSuppression(candidates, iouThreshold, maxFaces);
  }

  dispose(): void {
    this.model.dispose();
  }
}
