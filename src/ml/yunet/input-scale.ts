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
  /** Even then, the whole frame is searched at full size this often, so a newcomer standing back is found. */
  fullSearchEveryMs: 500,
  /** Beyond this gap between frames, the last frame says nothing about this one. */
  memoryMs: 1000,
} as const;

/** Scale of the full search for a frame: the long side to `searchSide`. */
export function searchScale(width: number, height: number): number {
  return INPUT_SCALE_CONFIG.searchSide / Math.max(width, height);
}

/** Remembers the last frame of a stream and chooses the next frame's scale from it. */
export class InputScalePlanner {
  private lastFullSearch = Number.NEGATIVE_INFINITY;
  private last: { timestamp: number; smallestFace: number } | undefined;

  /** The scale for a frame; a frame without `timestamp` (a still image) is searched in full. */
  scaleFor(width: number, height: number, timestamp?: number): number {
    const full = searchScale(width, height);
    if (timestamp === undefined) return full;
    const { largeFace, fullSearchEveryMs, memoryMs } = INPUT_SCALE_CONFIG;
    const last = this.last;
    const recent = last !== undefined && timestamp - last.timestamp <= memoryMs && timestamp >= last.timestamp;
    if (recent && last.smallestFace * full >= largeFace && timestamp - this.lastFullSearch < fullSearchEveryMs) {
      return full / 2;
    }
    this.lastFullSearch = timestamp;
    return full;
  }

  /** What the frame at `timestamp` showed: the heights (frame pixels) of its faces. */
  observe(timestamp: number, faceHeights: readonly number[]): void {
    this.last = faceHeights.length > 0 ? { timestamp, smallestFace: Math.min(...faceHeights) } : undefined;
  }
}
