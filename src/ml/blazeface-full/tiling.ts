/**
 * Square tiles for faces too small for one 192-px view of the frame. The full-range model needs a face about
 * 20–24 input pixels tall; a 1280×720 frame letterboxed to 192 px shrinks 24-px faces to under 4 px, so the
 * frame is also cut into overlapping squares, each resampled to the full model input.
 */
import type { SquareRegion } from './decode';

export interface TilingOptions {
  /** Input pixels per source pixel each tile must reach: a tile's side is inputSize / minTileScale. */
  minTileScale: number;
  /** Least overlap between neighbouring tiles, as a fraction of the tile side, so a face cut by one tile's
   *  edge is whole in its neighbour. */
  minOverlap: number;
}

/** Start positions of `side`-long segments covering [0, length] with at least `overlap` between neighbours. */
function tileStarts(length: number, side: number, overlap: number): number[] {
  if (side >= length) return [0];
  const count = Math.ceil((length - overlap) / (side - overlap));
  const step = (length - side) / (count - 1);
  return Array.from({ length: count }, (_, i) => Math.round(i * step));
}

/**
 * Tiles covering a width × height frame, row by row; none when the letterboxed full frame already reaches
 * minTileScale. Tiles never exceed the shorter side, so they hold only real pixels.
 */
export function planTiles(width: number, height: number, inputSize: number, options: TilingOptions): SquareRegion[] {
  // The letterboxed full frame is already sampled at inputSize / longer side: tiles would add nothing.
  if (inputSize / Math.max(width, height) >= options.minTileScale) return [];
  const side = Math.min(Math.round(inputSize / options.minTileScale), width, height);
  const overlap = Math.round(side * options.minOverlap);
  const xs = tileStarts(width, side, overlap);
  const ys = tileStarts(height, side, overlap);
  return ys.flatMap((y) => xs.map((x) => ({ x, y, side })));
}
