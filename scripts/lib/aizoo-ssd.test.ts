import { describe, expect, it } from 'vitest';
import { aizooAnchors, aizooFaces } from './aizoo-ssd';

describe("AIZOO's SSD decoding (its utils/ in TypeScript)", () => {
  const anchors = aizooAnchors();
  const count = anchors.length / 4;

  it('has 4 anchors per cell of the five maps: 5972, the network output length', () => {
    expect(count).toBe(4 * (33 * 33 + 17 * 17 + 9 * 9 + 5 * 5 + 3 * 3));
    // First cell of the 33×33 map, first scale at ratio 1: centre 0.5/33, side 0.04.
    const c = 0.5 / 33;
    expect(Array.from(anchors.subarray(0, 4))).toEqual([c - 0.02, c - 0.02, c + 0.02, c + 0.02].map((v) => expect.closeTo(v, 12)));
    // Its third anchor: the first scale at ratio 0.62 (wider than tall by sqrt(0.62) each way).
    expect(anchors[10] - anchors[8]).toBeCloseTo(0.04 * Math.sqrt(0.62), 12);
    expect(anchors[11] - anchors[9]).toBeCloseTo(0.04 / Math.sqrt(0.62), 12);
  });

  it('decodes, keeps scores above 0.5, suppresses overlaps over classes, and scales to the image', () => {
    const loc = new Float32Array(4 * count);
    const cls = new Float32Array(2 * count);
    // Anchor 0: NoMask 0.9 with no offset; anchor 1 (same cell, larger) Mask 0.8 overlapping it; anchor 400 NoMask 0.5 (not above).
    cls.set([0.1, 0.9], 0);
    cls.set([0.8, 0.2], 2);
    cls.set([0.5, 0.5], 800);
    // Anchor 4 (next cell): Mask 0.7, shifted right by one anchor width (0.1 × 10 × width) and twice as wide (exp(0.2 × ln2 / 0.2)).
    cls.set([0.7, 0.3], 8);
    loc.set([10, 0, Math.log(2) / 0.2, 0], 16);
    const faces = aizooFaces(anchors, loc, cls, 1000, 500);
    expect(faces.map((f) => [f.label, f.score])).toEqual([['NoMask', expect.closeTo(0.9, 6)], ['Mask', expect.closeTo(0.7, 6)]]);
    const c = 0.5 / 33;
    expect(faces[0].box).toEqual({ x: 0, y: 0, w: Math.trunc((c + 0.02) * 1000), h: Math.trunc((c + 0.02) * 500) });
    const cx = 1.5 / 33 + 0.04;
    expect(faces[1].box.x).toBe(Math.trunc((cx - 0.04) * 1000));
    expect(faces[1].box.w).toBeCloseTo(80, -1);
  });
});
