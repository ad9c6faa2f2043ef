import { describe, expect, it } from 'vitest';
import { FULL_RANGE_ANCHOR_OPTIONS, generateSsdAnchors, type SsdAnchorOptions } from './anchors';

describe('generateSsdAnchors', () => {
  it('lays the full-range model out as 48 × 48 unit anchors, row by row', () => {
    const anchors = generateSsdAnchors(FULL_RANGE_ANCHOR_OPTIONS);
    expect(anchors).toHaveLength(2304);
    expect(anchors[0]).toEqual({ xCenter: 0.5 / 48, yCenter: 0.5 / 48, w: 1, h: 1 });
    // x varies fastest: index 1 is the next column, index 48 the next row.
    expect(anchors[1]).toEqual({ xCenter: 1.5 / 48, yCenter: 0.5 / 48, w: 1, h: 1 });
    expect(anchors[48]).toEqual({ xCenter: 0.5 / 48, yCenter: 1.5 / 48, w: 1, h: 1 });
    expect(anchors[2303]).toEqual({ xCenter: 47.5 / 48, yCenter: 47.5 / 48, w: 1, h: 1 });
  });

  it('merges layers of equal stride, as the short-range model (896 anchors) needs', () => {
    const shortRange: SsdAnchorOptions = {
      ...FULL_RANGE_ANCHOR_OPTIONS,
      inputSizeWidth: 128,
      inputSizeHeight: 128,
      strides: [8, 16, 16, 16],
      interpolatedScaleAspectRatio: 1.0,
    };
    const anchors = generateSsdAnchors(shortRange);
    // 16 × 16 cells × 2 anchors (ratio 1 + interpolated), then 8 × 8 cells × 3 layers × 2 anchors.
    expect(anchors).toHaveLength(16 * 16 * 2 + 8 * 8 * 6);
    expect(anchors[0]).toEqual(anchors[1]);
    expect(anchors[512]).toEqual({ xCenter: 0.5 / 8, yCenter: 0.5 / 8, w: 1, h: 1 });
    expect(anchors[512 + 6]).toEqual({ xCenter: 1.5 / 8, yCenter: 0.5 / 8, w: 1, h: 1 });
  });

  it('sizes anchors from scales and aspect ratios when they are not fixed', () => {
    const anchors = generateSsdAnchors({
      ...FULL_RANGE_ANCHOR_OPTIONS,
      inputSizeWidth: 16,
      inputSizeHeight: 8,
      strides: [8],
      minScale: 0.2,
      maxScale: 0.6,
      aspectRatios: [1, 4],
      interpolatedScaleAspectRatio: 1,
      fixedAnchorSize: false,
    });
    // A 2 × 1 map, three shapes per cell: scale (0.2 + 0.6) / 2 = 0.4 at ratios 1 and 4, then the interpolated
    // scale √(0.4 · 1) for the last layer at ratio 1.
    expect(anchors).toHaveLength(6);
    expect(anchors[0]).toMatchObject({ xCenter: 0.25, yCenter: 0.5 });
    expect(anchors[0].w).toBeCloseTo(0.4);
    expect(anchors[0].h).toBeCloseTo(0.4);
    expect(anchors[1].w).toBeCloseTo(0.8);
    expect(anchors[1].h).toBeCloseTo(0.2);
    expect(anchors[2].w).toBeCloseTo(Math.sqrt(0.4));
    expect(anchors[3]).toMatchObject({ xCenter: 0.75, yCenter: 0.5 });
  });
});
