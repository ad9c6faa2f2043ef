import { describe, expect, it } from 'vitest';
import { LABEL_GAP, placeLabels, type LabelBlock } from './label-layout';

const block = (x: number, y: number, w = 100, width = 160, height = 40): LabelBlock => ({ face: { x, y, w, h: w }, width, height });
const overlap = (a: { x: number; y: number }, b: { x: number; y: number }, w: number, h: number) => a.x < b.x + w && b.x < a.x + w && a.y < b.y + h && b.y < a.y + h;

describe('placeLabels', () => {
  it('puts a label just above its face', () => {
    expect(placeLabels([block(200, 200)], 640, 480)).toEqual([{ x: 200, y: 200 - LABEL_GAP - 40 }]);
  });

  it('keeps labels inside the scene: a face at the top edge gets its label below, one at the right edge is pulled in', () => {
    const [top, right] = placeLabels([block(100, 0), block(600, 300, 40)], 640, 480);
    expect(top).toEqual({ x: 100, y: 100 + LABEL_GAP });
    expect(right.x).toBe(640 - 160);
    expect(right.y).toBeGreaterThanOrEqual(0);
  });

  it('a row of faces side by side: no two labels overlap, and all stay in the scene', () => {
    const row = [0, 1, 2, 3, 4].map((i) => block(20 + i * 120, 180));
    const places = placeLabels(row, 640, 480);
    for (const p of places) {
      expect(p.x).toBeGreaterThanOrEqual(0);
      expect(p.x + 160).toBeLessThanOrEqual(640);
      expect(p.y).toBeGreaterThanOrEqual(0);
      expect(p.y + 40).toBeLessThanOrEqual(480);
    }
    for (let i = 0; i < places.length; i++) {
      for (let j = i + 1; j < places.length; j++) expect(overlap(places[i], places[j], 160, 40), `${i} and ${j}`).toBe(false);
    }
  });

  it('a crowd with no free place left: the label still shows, above its face', () => {
    const crowd = Array.from({ length: 40 }, (_, i) => block((i % 8) * 20, Math.floor(i / 8) * 20, 20, 200, 100));
    const places = placeLabels(crowd, 200, 200);
    expect(places).toHaveLength(40);
    expect(places.every((p) => p.x >= 0 && p.y >= 0)).toBe(true);
  });
});
