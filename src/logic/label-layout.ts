/**
 * Where to write each face's text label in How it works' scene: inside the scene, over no face and no other
 * label, as close to its own face as there is room for (a room of faces side by side printed their labels on top
 * of each other and of the faces, and the first and last ones ran out of the picture).
 */
import type { Box } from './geometry';

/** One face's label block: the face it belongs to, and the block's size in scene units. */
export interface LabelBlock {
  face: Box;
  width: number;
  height: number;
}

/** A block's top-left corner in scene units; `leader` is set when it had to go away from its face. */
export interface LabelPlace {
  x: number;
  y: number;
  /** A line from the block to its face, when they do not touch. */
  leader?: { x1: number; y1: number; x2: number; y2: number };
}

/** Space kept between a label and a face or another label, in scene units. */
export const LABEL_GAP = 4;

/** Positions tried across the scene when no place beside the face is free: this many per row. */
const SCAN_COLUMNS = 16;

/**
 * Places the blocks in order (the first ones get the best places). Beside its face first: above, below, then to
 * either side, aligned on the face's left or right edge; else the free place nearest to the face, with a leader
 * line; else, in a crowd with no free place left, above its face anyway (overlapping rather than vanishing).
 */
export function placeLabels(blocks: readonly LabelBlock[], sceneWidth: number, sceneHeight: number): LabelPlace[] {
  const taken: Box[] = blocks.map((b) => b.face);
  const free = (r: Box) => taken.every((q) => r.x + r.w + LABEL_GAP <= q.x || q.x + q.w + LABEL_GAP <= r.x || r.y + r.h + LABEL_GAP <= q.y || q.y + q.h + LABEL_GAP <= r.y);
  const inScene = (r: Box) => r.x >= 0 && r.y >= 0 && r.x + r.w <= sceneWidth && r.y + r.h <= sceneHeight;
  return blocks.map((b) => {
    const { face, width: w, height: h } = b;
    const at = (x: number, y: number): Box => ({ x, y, w, h });
    const beside = [
      at(face.x, face.y - LABEL_GAP - h),
      at(face.x + face.w - w, face.y - LABEL_GAP - h),
      at(face.x, face.y + face.h + LABEL_GAP),
      at(face.x + face.w - w, face.y + face.h + LABEL_GAP),
      at(face.x + face.w + LABEL_GAP, face.y),
      at(face.x - LABEL_GAP - w, face.y),
    ];
    let place = beside.find((r) => inScene(r) && free(r));
    let leader = false;
    if (!place) {
      const scan: Box[] = [];
      for (let y = 0; y + h <= sceneHeight; y += h / 2) {
        for (let i = 0; i < SCAN_COLUMNS; i++) scan.push(at(Math.max(0, ((sceneWidth - w) * i) / (SCAN_COLUMNS - 1)), y));
      }
      place = scan.filter(free).sort((p, q) => distance(p, face) - distance(q, face))[0];
      leader = place !== undefined;
    }
    place ??= at(clamp(face.x, 0, sceneWidth - w), clamp(face.y - LABEL_GAP - h, 0, sceneHeight - h));
    taken.push(place);
    return leader ? { x: place.x, y: place.y, leader: leaderLine(place, face) } : { x: place.x, y: place.y };
  });
}

/** Gap between two boxes (0 when they touch or overlap). */
function distance(a: Box, b: Box): number {
  const dx = Math.max(0, b.x - (a.x + a.w), a.x - (b.x + b.w));
  const dy = Math.max(0, b.y - (a.y + a.h), a.y - (b.y + b.h));
  return Math.hypot(dx, dy);
}

/** From the block's nearest edge point to the face's nearest edge point. */
function leaderLine(label: Box, face: Box): NonNullable<LabelPlace['leader']> {
  const cx = face.x + face.w / 2;
  const cy = face.y + face.h / 2;
  const x1 = clamp(cx, label.x, label.x + label.w);
  const y1 = clamp(cy, label.y, label.y + label.h);
  return { x1, y1, x2: clamp(x1, face.x, face.x + face.w), y2: clamp(y1, face.y, face.y + face.h) };
}

/** Clamps to [low, high]; when the range is empty (a block wider than the scene), low wins. */
function clamp(v: number, low: number, high: number): number {
  return Math.max(low, Math.min(high, v));
}
