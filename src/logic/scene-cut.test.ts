import { describe, expect, it } from 'vitest';
import { SCENE_CUT_PARAMS, SceneChange, THUMB_HEIGHT, THUMB_WIDTH, grayThumbnail, isSceneCut, thumbnailDifference, type RgbaFrame } from './scene-cut';

/** A frame painted by `gray(x, y)` (0–255, the same in R, G and B). */
function frame(width: number, height: number, gray: (x: number, y: number) => number): RgbaFrame {
  const rgba = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const k = (y * width + x) * 4;
      rgba[k] = rgba[k + 1] = rgba[k + 2] = gray(x, y);
      rgba[k + 3] = 255;
    }
  }
  return { rgba, width, height };
}

/** A scene: a bright disc (a face) on a gradient background, the disc at (cx, cy). */
const scene = (cx: number, cy: number, background = 1) => (x: number, y: number) =>
  Math.hypot(x - cx, y - cy) < 60 ? 200 : Math.min(255, (40 + x / 8 + y / 10) * background);

describe('grayThumbnail', () => {
  it('averages luminance over a 16 × 12 grid, with Rec. 601 weights', () => {
    const thumb = grayThumbnail(frame(64, 48, (x) => (x < 32 ? 0 : 100)));
    expect(thumb).toHaveLength(THUMB_WIDTH * THUMB_HEIGHT);
    expect(thumb[0]).toBe(0);
    expect(thumb[THUMB_WIDTH - 1]).toBeCloseTo(100, 3);
    const red = { rgba: new Uint8ClampedArray(4 * 16 * 12).map((_, i) => (i % 4 === 0 ? 255 : 0)), width: 16, height: 12 };
    expect(grayThumbnail(red)[0]).toBeCloseTo(0.299 * 255, 3);
  });

  it('works on frames smaller than the grid and of any shape', () => {
    expect(grayThumbnail(frame(5, 3, () => 50)).every((v) => Math.abs(v - 50) < 1e-3)).toBe(true);
    expect(grayThumbnail(frame(480, 854, () => 80)).every((v) => Math.abs(v - 80) < 1e-3)).toBe(true);
  });
});

describe('SceneChange and isSceneCut', () => {
  /** The change at each frame of a sequence of frames 100 ms apart. */
  const changes = (frames: RgbaFrame[]): (number | undefined)[] => {
    const meter = new SceneChange();
    return frames.map((f, i) => meter.next(f, i * 100));
  };

  it('has no change on the first frame, and none for the same picture', () => {
    const still = frame(320, 240, scene(160, 120));
    expect(changes([still, still])).toEqual([undefined, 0]);
  });

  it('reads a face moving, noise and a light change as ordinary; a cut to another scene as a cut', () => {
    let seed = 1;
    const noise = () => ((seed = (seed * 16807) % 2147483647) / 2147483647 - 0.5) * 20;
    const frames = [
      frame(320, 240, scene(100, 120)),
      // A head turn or a step: the face moves by 10 px.
      frame(320, 240, scene(110, 120)),
      // Sensor noise of ±10 levels on every pixel.
      frame(320, 240, (x, y) => scene(110, 120)(x, y) + noise()),
      // Auto exposure brightening the room by 10 %.
      frame(320, 240, scene(110, 120, 1.1)),
      // The cut: another room, darker, the face at the same place and size.
      frame(320, 240, (x, y) => (Math.hypot(x - 110, y - 120) < 60 ? 190 : 230 - x / 3)),
    ];
    const c = changes(frames);
    expect(c.slice(1, 4).every((v) => v !== undefined && !isSceneCut(v))).toBe(true);
    expect(isSceneCut(c[4])).toBe(true);
  });

  it('starts a new stream when time goes back (another video): no change across it', () => {
    const meter = new SceneChange();
    expect(meter.next(frame(32, 24, () => 0), 1000)).toBeUndefined();
    expect(meter.next(frame(32, 24, () => 255), 0)).toBeUndefined();
    expect(meter.next(frame(32, 24, () => 255), 100)).toBe(0);
  });

  it('calls nothing a cut when the change is unknown, and uses the threshold given', () => {
    expect(isSceneCut(undefined)).toBe(false);
    expect(isSceneCut(SCENE_CUT_PARAMS.threshold)).toBe(false);
    expect(isSceneCut(SCENE_CUT_PARAMS.threshold + 0.01)).toBe(true);
    expect(isSceneCut(5, { threshold: 4 })).toBe(true);
  });

  it('measures the mean absolute difference, 0–255', () => {
    expect(thumbnailDifference([0, 0, 255, 255], [255, 0, 0, 255])).toBe(127.5);
  });
});
