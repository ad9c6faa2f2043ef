/**
 * How AIZOO's face-mask SSD (AIZOOTech/FaceMaskDetection, MIT; `npm run eval:peer`) turns its two outputs into
 * faces, as its own opencv_dnn_infer.py does: anchors from utils/anchor_generator.py, box decoding from
 * utils/anchor_decode.py, and one NMS over all classes (utils/nms.py), with that script's defaults. Pure
 * TypeScript, so the decoding is tested without the model.
 */
import type { Box } from '../../src/logic/geometry';

/** opencv_dnn_infer.py's settings: its 260×260 input, anchors, and the thresholds it runs with on photos. */
export const AIZOO_CONFIG = {
  inputSize: 260,
  featureMapSizes: [33, 17, 9, 5, 3],
  anchorSizes: [[0.04, 0.056], [0.08, 0.11], [0.16, 0.22], [0.32, 0.45], [0.64, 0.72]],
  anchorRatios: [1, 0.62, 0.42],
  variances: [0.1, 0.1, 0.2, 0.2],
  /** inference()'s defaults: conf_thresh=0.5, iou_thresh=0.4. */
  minScore: 0.5,
  nmsIou: 0.4,
  /** id2class: output 0 is Mask, output 1 NoMask. */
  classes: ['Mask', 'NoMask'],
} as const;

export type AizooClass = (typeof AIZOO_CONFIG.classes)[number];

export interface AizooFace {
  /** In image pixels, clipped to the image as the script clips it. */
  box: Box;
  score: number;
  label: AizooClass;
}

/** [xmin, ymin, xmax, ymax] in 0–1 of the input, per anchor, in the network's output order. */
export function aizooAnchors(): Float64Array {
  const { featureMapSizes, anchorSizes, anchorRatios } = AIZOO_CONFIG;
  const boxes: number[] = [];
  featureMapSizes.forEach((size, level) => {
    const sizes = anchorSizes[level];
    // Every scale at the first ratio (1), then the first scale at the other ratios.
    const shapes = [...sizes.map((s) => [s, anchorRatios[0]]), ...anchorRatios.slice(1).map((r) => [sizes[0], r])]
      .map(([s, r]) => [s * Math.sqrt(r), s / Math.sqrt(r)]);
    for (let y = 0; y < size; y++) {
      for (let x = 0; x < size; x++) {
        const cx = (x + 0.5) / size;
        const cy = (y + 0.5) / size;
        for (const [w, h] of shapes) boxes.push(cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2);
      }
    }
  });
  return Float64Array.from(boxes);
}

/** One anchor's regression output as a box, [xmin, ymin, xmax, ymax] in 0–1. */
function decode(anchors: ArrayLike<number>, loc: ArrayLike<number>, i: number): [number, number, number, number] {
  const [v0, v1, v2, v3] = AIZOO_CONFIG.variances;
  const a = 4 * i;
  const aw = anchors[a + 2] - anchors[a];
  const ah = anchors[a + 3] - anchors[a + 1];
  const cx = loc[a] * v0 * aw + (anchors[a] + anchors[a + 2]) / 2;
  const cy = loc[a + 1] * v1 * ah + (anchors[a + 1] + anchors[a + 3]) / 2;
  const w = Math.exp(loc[a + 2] * v2) * aw;
  const h = Math.exp(loc[a + 3] * v3) * ah;
  return [cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2];
}

/**
 * The faces in one image from the network's outputs (`loc`: 4 per anchor, `cls`: 2 per anchor): each anchor's
 * best class and score, those above minScore, NMS at nmsIou over all classes (the script's "single class NMS"),
 * boxes scaled to the image and clipped.
 */
export function aizooFaces(anchors: ArrayLike<number>, loc: ArrayLike<number>, cls: ArrayLike<number>,
  imageWidth: number, imageHeight: number): AizooFace[] {
  const candidates: { box: [number, number, number, number]; score: number; label: AizooClass }[] = [];
  for (let i = 0; i < anchors.length / 4; i++) {
    const best = cls[2 * i + 1] > cls[2 * i] ? 1 : 0;
    const score = cls[2 * i + best];
    if (score > AIZOO_CONFIG.minScore) candidates.push({ box: decode(anchors, loc, i), score, label: AIZOO_CONFIG.classes[best] });
  }
  candidates.sort((a, b) => b.score - a.score);
  const area = ([x1, y1, x2, y2]: readonly number[]): number => (x2 - x1 + 1e-3) * (y2 - y1 + 1e-3);
  const kept: typeof candidates = [];
  for (const c of candidates) {
    const overlaps = kept.some((k) => {
      const w = Math.max(0, Math.min(k.box[2], c.box[2]) - Math.max(k.box[0], c.box[0]));
      const h = Math.max(0, Math.min(k.box[3], c.box[3]) - Math.max(k.box[1], c.box[1]));
      return (w * h) / (area(k.box) + area(c.box) - w * h) > AIZOO_CONFIG.nmsIou;
    });
    if (!overlaps) kept.push(c);
  }
  return kept.map(({ box: [x1, y1, x2, y2], score, label }) => {
    const xmin = Math.max(0, Math.trunc(x1 * imageWidth));
    const ymin = Math.max(0, Math.trunc(y1 * imageHeight));
    const xmax = Math.min(Math.trunc(x2 * imageWidth), imageWidth);
    const ymax = Math.min(Math.trunc(y2 * imageHeight), imageHeight);
    return { box: { x: xmin, y: ymin, w: xmax - xmin, h: ymax - ymin }, score, label };
  });
}
