/**
 * Where to write each face's text label in How it works' scene: next to its face, inside the scene, and never
 * over another face's label (a room of faces side by side would otherwise print their labels on top of each
 * other, and the first and last ones ran out of the picture).
 */
import type { Box } from './geometry';

/** One face's label block: the face it belongs to, and the block's size in scene units. */
export interface LabelBlock {
  face: Box;
  width: number;
  height: number;
}

/** A block's top-left corner in scene units. */
export interface LabelPlace {
  x: number;
  y: number;
}

/** Space between a face and its label, and between two labels, in scene units. */
export const LABEL_GAP = 4;

/**
 * Places the blocks in order (the first ones get the best places): above the face, else below it (each where
 * it fits whole), else inside its top edge; each kept inside the scene. When all three are taken, the block goes down from above the face to
 * the first free place; when there is none, above the face (overlapping rather than vanishing).
 */
export function placeLabels(blocks: readonly LabelBlock[], sceneWidth: number, sceneHeight: number): LabelPlace[] {
  const placed: (LabelPlace & { width: number; height: number })[] = [];
  const free = (p: LabelPlace, b: LabelBlock) =>
    placed.every((q) => p.x + b.width + LABEL_GAP <= q.x || q.x + q.width + LABEL_GAP <= p.x || p.y + b.height + LABEL_GAP <= q.y || q.y + q.height + LABEL_GAP <= p.y);
  return blocks.map((b) => {
    const x = clamp(b.face.x, 0, sceneWidth - b.width);
    const inside = (y: number): LabelPlace => ({ x, y: clamp(y, 0, sceneHeight - b.height) });
    const above = b.face.y - LABEL_GAP - b.height;
    const below = b.face.y + b.face.h + LABEL_GAP;
    // Above or below only where the block fits whole: pulled in, it would cover its own face.
    const candidates = [above >= 0 ? above : null, below + b.height <= sceneHeight ? below : null, b.face.y + LABEL_GAP]
      .filter((y): y is number => y !== null)
      .map(inside);
    let place = candidates.find((p) => free(p, b));
    for (let y = candidates[0].y; !place && y + b.height <= sceneHeight; y += b.height / 2) {
      if (free({ x, y }, b)) place = { x, y };
    }
    place ??= candidates[0];
    placed.push({ ...place, width: b.width, height: b.height });
    return place;
  });
}

/** Clamps to [low, high]; when the range is empty (a block wider than the scene), low wins. */
function clamp(v: number, low: number, high: number): number {
  return Math.max(low, Math.min(high, v));
}
