import { describe, expect, it } from 'vitest';
import { planTiles } from './tiling';

describe('planTiles', () => {
  const options = { minTileScale: 0.5, minOverlap: 0.25 };

  it('covers a 1280×720 frame with overlapping squares that stay inside it', () => {
    const tiles = planTiles(1280, 720, 192, options);
    expect(tiles.every((t) => t.side === 384)).toBe(true);
    const xs = [...new Set(tiles.map((t) => t.x))];
    const ys = [...new Set(tiles.map((t) => t.y))];
    expect(tiles).toHaveLength(xs.length * ys.length);
    for (const [starts, length] of [
      [xs, 1280],
      [ys, 720],
    ] as const) {
      expect(starts[0]).toBe(0);
      expect(starts[starts.length - 1] + 384).toBe(length);
      for (let i = 1; i < starts.length; i++) expect(starts[i - 1] + 384 - starts[i]).toBeGreaterThanOrEqual(96);
    }
  });

  it('caps the tile at the shorter side', () => {
    const tiles = planTiles(400, 267, 192, options);
    expect(tiles.map((t) => [t.x, t.y, t.side])).toEqual([
      [0, 0, 267],
      [133, 0, 267],
    ]);
  });

  it('plans nothing when the full frame already reaches the tile scale', () => {
    expect(planTiles(384, 300, 192, options)).toEqual([]);
    expect(planTiles(192, 192, 192, { minTileScale: 1, minOverlap: 0.25 })).toEqual([]);
  });
});
