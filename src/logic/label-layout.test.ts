import { describe, expect, it } from 'vitest';
import type { Box } from './geometry';
import { LABEL_GAP, placeLabels, type LabelBlock } from './label-layout';

const block = (x: number, y: number, w = 100, width = 160, height = 40): LabelBlock => ({ face: { x, y, w, h: w }, width, height });
const overlap = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
const rect = (p: { x: number; y: number }, b: LabelBlock): Box => ({ x: p.x, y: p.y, w: b.width, h: b.height });

describe('placeLabels', () => {
  it('puts a label just above its face, without a leader line', () => {
    expect(placeLabels([block(200, 200)], 640, 480)).toEqual([{ x: 200, y: 200 - LABEL_GAP - 40 }]);
  });

  it('keeps labels inside the scene: a face at the top edge gets its label below, one at the right edge is right-aligned', () => {
    const [top, right] = placeLabels([block(100, 0), block(600, 300, 40)], 640, 480);
    expect(top).toEqual({ x: 100, y: 100 + LABEL_GAP });
    expect(right).toEqual({ x: 640 - 160, y: 300 - LABEL_GAP - 40 });
  });

  it('a room of small faces close together (the classroom clip): no label over a face or another label, all in the scene', () => {
    const room = [block(310, 230, 20, 340, 44), block(408, 268, 26, 340, 44), block(92, 260, 26, 340, 44), block(171, 230, 20, 340, 44)];
    const places = placeLabels(room, 640, 480);
    const rects = places.map((p, i) => rect(p, room[i]));
    for (const [i, r] of rects.entries()) {
      expect(r.x >= 0 && r.y >= 0 && r.x + r.w <= 640 && r.y + r.h <= 480, `label ${i} in the scene`).toBe(true);
      for (const b of room) expect(overlap(r, b.face), `label ${i} over a face`).toBe(false);
      for (let j = i + 1; j < rects.length; j++) expect(overlap(r, rects[j]), `labels ${i} and ${j}`).toBe(false);
    }
    // Those that had to move away from their face are tied to it by a line that ends on the face.
    for (const [i, p] of places.entries()) {
      if (!p.leader) continue;
      const f = room[i].face;
      expect(p.leader.x2).toBeGreaterThanOrEqual(f.x);
      expect(p.leader.x2).toBeLessThanOrEqual(f.x + f.w);
    }
  });

  it('a crowd with no free place left: every label still shows, inside the scene', () => {
    const crowd = Array.from({ length: 40 }, (_, i) => block((i % 8) * 20, Math.floor(i / 8) * 20, 20, 200, 100));
    const places = placeLabels(crowd, 200, 200);
    expect(places).toHaveLength(40);
    expect(places.every((p) => p.x >= 0 && p.y >= 0 && p.y + 100 <= 200)).toBe(true);
  });
});
