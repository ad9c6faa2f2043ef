import { describe, expect, it } from 'vitest';
import { addPeerPhoto, emptyPeerCounts, type PeerDetection } from './peer-comparison';
import type { JudgedPhoto } from './pipeline-figures';

const OPTIONS = { minFaceHeight: 24, rule: { kind: 'centre' }, peerRule: { kind: 'iou', minIou: 0.5 } } as const;
const photo: JudgedPhoto = {
  faces: [
    { x: 0, y: 0, w: 40, h: 40, label: 'with_mask' },
    { x: 100, y: 0, w: 40, h: 40, label: 'mask_incorrect' },
    { x: 200, y: 0, w: 40, h: 40, label: 'without_mask' },
    { x: 300, y: 0, w: 40, h: 40, label: 'without_mask' },
    { x: 400, y: 0, w: 10, h: 10, label: 'with_mask' },
  ],
  detections: [
    { box: { x: 2, y: 2, w: 38, h: 38 }, score: 0.9, label: 'with_mask', probability: 0.95 },
    { box: { x: 102, y: 2, w: 38, h: 38 }, score: 0.9, label: 'mask_incorrect', probability: 0.55 },
    { box: { x: 202, y: 2, w: 38, h: 38 }, score: 0.9, label: 'without_mask', probability: 0.95 },
    // The fourth face: the page calls it not a face, so it is not compared, whatever the peer says.
    { box: { x: 302, y: 2, w: 38, h: 38 }, score: 0.9, label: 'not_a_face', probability: 0.95 },
    { box: { x: 400, y: 0, w: 10, h: 10 }, score: 0.9, label: 'with_mask', probability: 0.95 },
  ],
};

describe('peer comparison on the faces the page found', () => {
  it('counts the peer right per class (incorrect wear right when not masked), on its own matches', () => {
    const peer: PeerDetection[] = [
      { box: { x: 0, y: 0, w: 40, h: 40 }, score: 0.9, masked: false },
      // Incorrect wear called masked: wrong for the peer.
      { box: { x: 100, y: 0, w: 40, h: 40 }, score: 0.9, masked: true },
      // On the bare face, centres inside each other but IoU < 0.5: found by the centre rule only.
      { box: { x: 190, y: -10, w: 70, h: 70 }, score: 0.9, masked: false },
      { box: { x: 300, y: 0, w: 40, h: 40 }, score: 0.9, masked: false },
    ];
    const c = emptyPeerCounts();
    addPeerPhoto(c, photo, peer, 0.7, OPTIONS);
    expect(c.with_mask).toEqual({ n: 1, pageRight: 1, pageUnknown: 0, peerFound: 1, peerFoundByCentre: 1, peerMasked: 0,
      peerRight: 0, pageRightWherePeerFound: 1 });
    expect(c.mask_incorrect).toEqual({ n: 1, pageRight: 0, pageUnknown: 1, peerFound: 1, peerFoundByCentre: 1, peerMasked: 1,
      peerRight: 0, pageRightWherePeerFound: 0 });
    expect(c.without_mask).toEqual({ n: 1, pageRight: 1, pageUnknown: 0, peerFound: 0, peerFoundByCentre: 1, peerMasked: 0,
      peerRight: 0, pageRightWherePeerFound: 0 });
  });

  it('counts incorrect wear called not masked as right for the peer', () => {
    const c = emptyPeerCounts();
    addPeerPhoto(c, photo, [{ box: { x: 100, y: 0, w: 40, h: 40 }, score: 0.9, masked: false }], 0.7, OPTIONS);
    expect(c.mask_incorrect).toMatchObject({ peerFound: 1, peerRight: 1, peerMasked: 0 });
  });
});
