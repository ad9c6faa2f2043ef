/**
 * A video cut, told from the picture rather than from a face: the tracker already ends a track when a face jumps in
 * size (TRACKER_PARAMS.maxSizeJump), but a cut to another shot with a face of the same size at the same place keeps
 * the track, and the shake detector then reads the two faces' different yaws as a turn.
 *
 * The signal: each frame is shrunk to a tiny gray thumbnail (THUMB_WIDTH × THUMB_HEIGHT cell averages of
 * luminance, no geometry, nothing a face could be recognised from), and the mean absolute difference with the
 * previous frame's thumbnail is one number, `sceneChange`. The worker keeps only the previous thumbnail and sends on
 * only the number; the decision is here, on the number alone.
 */

/** Thumbnail cells across and down: 16 × 12 keeps a 4:3 frame's layout (where the light and dark masses are), no detail. */
export const THUMB_WIDTH = 16;
export const THUMB_HEIGHT = 12;

export const SCENE_CUT_PARAMS = {
  /**
   * A frame whose thumbnail differs from the previous one's by more than this (mean absolute luminance difference,
   * 0–255) is a cut. Between what ordinary footage gives and what a cut gives, on the page's own readings: the
   * largest change between two frames of the real clips is 17.7 (the handheld real-d12, at its 25 fps; read at
   * 10 fps, 23.4, and the street crowd 12.4), and the smallest at a cut between two of them is 32.9 (two square
   * selfie clips; `sceneChange` in models/shake-figures.json). 28 is about their geometric middle.
   */
  threshold: 28,
} as const;

export type SceneCutParams = { readonly [K in keyof typeof SCENE_CUT_PARAMS]: number };

/** A frame's pixels, 4 bytes each (RGBA), row by row. */
export interface RgbaFrame {
  rgba: ArrayLike<number>;
  width: number;
  height: number;
}

/**
 * The frame's luminance averaged over a THUMB_WIDTH × THUMB_HEIGHT grid of cells (Rec. 601 weights), written into
 * `out`. Reads at most about 8 × 8 pixels per cell (a stride): an average over a cell needs no more, and it keeps
 * the cost well under a millisecond on a 1280 × 720 frame.
 */
export function grayThumbnail({ rgba, width, height }: RgbaFrame, out = new Float32Array(THUMB_WIDTH * THUMB_HEIGHT)): Float32Array {
  for (let cy = 0; cy < THUMB_HEIGHT; cy++) {
    const y0 = Math.floor((cy * height) / THUMB_HEIGHT);
    const y1 = Math.max(y0 + 1, Math.floor(((cy + 1) * height) / THUMB_HEIGHT));
    const stepY = Math.max(1, Math.floor((y1 - y0) / 8));
    for (let cx = 0; cx < THUMB_WIDTH; cx++) {
      const x0 = Math.floor((cx * width) / THUMB_WIDTH);
      const x1 = Math.max(x0 + 1, Math.floor(((cx + 1) * width) / THUMB_WIDTH));
      const stepX = Math.max(1, Math.floor((x1 - x0) / 8));
      let sum = 0;
      let n = 0;
      for (let y = y0; y < Math.min(y1, height); y += stepY) {
        for (let x = x0; x < Math.min(x1, width); x += stepX) {
          const k = (y * width + x) * 4;
          sum += 0.299 * rgba[k] + 0.587 * rgba[k + 1] + 0.114 * rgba[k + 2];
          n++;
        }
      }
      out[cy * THUMB_WIDTH + cx] = n > 0 ? sum / n : 0;
    }
  }
  return out;
}

/** Mean absolute difference of two thumbnails, 0–255. */
export function thumbnailDifference(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += Math.abs(a[i] - b[i]);
  return a.length > 0 ? sum / a.length : 0;
}

/**
 * How much each frame of a stream changed from the one before. Keeps the previous frame's thumbnail only (and two
 * buffers it reuses); a frame with a timestamp not after the previous one starts a new stream (another video).
 */
export class SceneChange {
  private previous = new Float32Array(THUMB_WIDTH * THUMB_HEIGHT);
  private current = new Float32Array(THUMB_WIDTH * THUMB_HEIGHT);
  private previousT: number | null = null;

  /** The change from the previous frame (0–255), or undefined for a stream's first frame. */
  next(frame: RgbaFrame, timestamp: number): number | undefined {
    grayThumbnail(frame, this.current);
    const continues = this.previousT !== null && timestamp > this.previousT;
    const change = continues ? thumbnailDifference(this.previous, this.current) : undefined;
    [this.previous, this.current] = [this.current, this.previous];
    this.previousT = timestamp;
    return change;
  }
}

/** Whether a frame whose picture changed by `sceneChange` from the previous one follows a cut (undefined: unknown, no). */
export function isSceneCut(sceneChange: number | undefined, params: SceneCutParams = SCENE_CUT_PARAMS): boolean {
  return sceneChange !== undefined && sceneChange > params.threshold;
}
