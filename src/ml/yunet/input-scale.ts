/**
 * How large an image YuNet looks at, frame by frame. Its cost grows with the input's area (27 ms at 640×480,
 * 9 ms at 320×256 on WASM here, one thread): a webcam face filling the frame does not need 640 px, a room of
 * people standing back does. Pure, with explicit timestamps, so it is tested on synthetic sequences.
 */

export const INPUT_SCALE_CONFIG = {
  /**
   * Long side of the input when searching a whole frame: 640 px, the size YuNet was trained at. Smaller images
   * (the 400-px web photos of real_scenes) are enlarged to it, larger frames shrunk, so a face is the same size
   * to the network whatever the camera.
   */
  searchSide: 640,
  /**
   * When every face of the last frame was at least this tall in the full-size input, the next frame is seen at
   * half size: such faces stay ≥ 40 px there, far above the smallest YuNet finds (~10 px).
   */
  largeFace: 80,
  /**
   * Meanwhile one band of the full-size input is searched too, at full size, the next band each frame, so a
   * newcomer standing back (too small for the half-size search) is found. Bands are full-width strips of this
   * many input rows (a multiple of 32, as YuNet's input must be)…
   */
  bandHeight: 128,
  /**
   * …overlapping by this many rows, so that every face up to this tall lies whole in some band. Taller faces are
   * the half-size search's (≥ 32 px there); a band keeps only the faces it holds whole and at most this tall.
   */
  bandOverlap: 64,
  /**
   * Every part of the frame is searched at full size at least this often: when the band due next was last
   * searched this long ago (a slow device, frames dropped), the whole frame is searched at full size instead.
   */
  fullSizeEveryMs: 500,
  /** Beyond this gap between frames, the last frame says nothing about this one. */
  memoryMs: 1000,
} as const;

/** Rows [top, top + height) of the full-size input (the frame scaled by searchScale). */
export interface Band {
  top: number;
  height: number;
}

/** What YuNet looks at for one frame: the whole frame at `scale`, and with a half-size search one full-size band. */
export interface SearchPlan {
  scale: number;
  band?: Band;
}

/** Scale of the full search for a frame: the long side to `searchSide`. */
export function searchScale(width: number, height: number): number {
  return INPUT_SCALE_CONFIG.searchSide / Math.max(width, height);
}

/**
 * The bands covering a full-size input `inputHeight` rows tall, top to bottom (the last one ends at the bottom);
 * none when one band would be the whole input.
 */
export function searchBands(inputHeight: number): Band[] {
  const { bandHeight: height, bandOverlap } = INPUT_SCALE_CONFIG;
  if (inputHeight <= height) return [];
  const bands: Band[] = [];
  for (let top = 0; top + height < inputHeight; top += height - bandOverlap) bands.push({ top, height });
  bands.push({ top: inputHeight - height, height });
  return bands;
}

/** Remembers the last frame of a stream and chooses the next frame's search from it. */
export class InputScalePlanner {
  /** The full-size input's height the bands below were laid out for. */
  private bandsFor = 0;
  private bands: Band[] = [];
  /** When each band was last searched at full size (by a full search or on its own). */
  private searchedAt: number[] = [];
  private last: { timestamp: number; smallestFace: number } | undefined;

  /**
   * The search for a frame. A frame without `timestamp` (a still image) is searched in full; so is a frame of a
   * stream unless every face of the last frame was large, and then the band searched longest ago goes with
   * the half-size search, so per-frame work stays the same from frame to frame.
   */
  plan(width: number, height: number, timestamp?: number): SearchPlan {
    const full = searchScale(width, height);
    if (timestamp === undefined) return { scale: full };
    const { largeFace, fullSizeEveryMs, memoryMs } = INPUT_SCALE_CONFIG;
    const inputHeight = Math.round(height * full);
    if (inputHeight !== this.bandsFor) {
      this.bandsFor = inputHeight;
      this.bands = searchBands(inputHeight);
      this.searchedAt = this.bands.map(() => Number.NEGATIVE_INFINITY);
    }
    const last = this.last;
    const recent = last !== undefined && timestamp - last.timestamp <= memoryMs && timestamp >= last.timestamp;
    if (recent && last.smallestFace * full >= largeFace && this.bands.length > 0) {
      let due = 0;
      this.searchedAt.forEach((at, k) => {
        if (at < this.searchedAt[due]) due = k;
      });
      if (timestamp - this.searchedAt[due] < fullSizeEveryMs) {
        this.searchedAt[due] = timestamp;
        return { scale: full / 2, band: this.bands[due] };
      }
    }
    this.searchedAt.fill(timestamp);
    return { scale: full };
  }

  /** What the frame at `timestamp` showed: the heights (frame pixels) of its faces. */
  observe(timestamp: number, faceHeights: readonly number[]): void {
    this.last = faceHeights.length > 0 ? { timestamp, smallestFace: Math.min(...faceHeights) } : undefined;
  }
}
