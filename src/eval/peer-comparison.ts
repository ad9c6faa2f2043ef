/**
 * A peer mask detector against the page on the same faces (issue 27, `npm run eval:peer`): the annotated faces of
 * at least `minFaceHeight` px that the page's pipeline found, per class. The peer's detections are matched to the
 * same annotated boxes by their own rule; the peer answers "masked" or not (AIZOO's SSD: Mask / NoMask), so it is
 * right on with_mask when it says masked, and on without_mask and mask_incorrect when it says not masked — the
 * page's masked share counts only with_mask as masked, and a mask worn below the nose is what a mask camera flags.
 */
import { matchEach, type MatchOptions, type MatchRule, type ScoredBox } from './detection-metrics';
import { photoAnswers, type JudgedPhoto } from './pipeline-figures';
import { MASK_LABELS, type MaskLabel } from '../logic/frame';

export interface PeerDetection extends ScoredBox {
  masked: boolean;
}

/** The peer's right answer per annotated class. */
export const PEER_MASKED: Record<MaskLabel, boolean> = { with_mask: true, without_mask: false, mask_incorrect: false };

export interface PeerClassCounts {
  /** Annotated faces ≥ minFaceHeight found by the page's pipeline: the faces compared. */
  n: number;
  /** The page labelled them right (unknown counts as wrong), or unknown. */
  pageRight: number;
  pageUnknown: number;
  /** The peer found them (its own match rule, and the centre rule for comparison), and among those said masked / was right. */
  peerFound: number;
  peerFoundByCentre: number;
  peerMasked: number;
  peerRight: number;
  /** The page was right on the faces the peer found too (the like-for-like column). */
  pageRightWherePeerFound: number;
}

export type PeerCounts = Record<MaskLabel, PeerClassCounts>;

export function emptyPeerCounts(): PeerCounts {
  return Object.fromEntries(MASK_LABELS.map((l) => [l, { n: 0, pageRight: 0, pageUnknown: 0, peerFound: 0, peerFoundByCentre: 0,
    peerMasked: 0, peerRight: 0, pageRightWherePeerFound: 0 }])) as PeerCounts;
}

/** Adds one photo (mutates `into`): the page's answers as pipeline-figures.ts judges them, the peer's by `peerRule`. */
export function addPeerPhoto(into: PeerCounts, photo: JudgedPhoto, peer: readonly PeerDetection[], minProbability: number,
  options: { minFaceHeight: number; rule: MatchRule; peerRule: MatchRule }): void {
  const page = photoAnswers(photo, minProbability, options).byFace;
  const peerBy = (rule: MatchRule): Map<number, PeerDetection> => {
    const o: MatchOptions = { rule, minFaceHeight: options.minFaceHeight };
    const found = new Map<number, PeerDetection>();
    matchEach(peer, photo.faces, o).forEach((m, d) => {
      if (typeof m === 'number') found.set(m, peer[d]);
    });
    return found;
  };
  const peerFound = peerBy(options.peerRule);
  const peerFoundByCentre = peerBy({ kind: 'centre' });
  photo.faces.forEach((face, i) => {
    const label = page.get(i);
    if (label === undefined) return;
    const c = into[face.label];
    c.n++;
    const pageRight = label === face.label;
    if (pageRight) c.pageRight++;
    if (label === 'unknown') c.pageUnknown++;
    if (peerFoundByCentre.has(i)) c.peerFoundByCentre++;
    const d = peerFound.get(i);
    if (d === undefined) return;
    c.peerFound++;
    if (d.masked) c.peerMasked++;
    if (d.masked === PEER_MASKED[face.label]) c.peerRight++;
    if (pageRight) c.pageRightWherePeerFound++;
  });
}
