/**
 * The live detector comparison (How it works): each detector's faces on the same frames, summed the way the
 * Counter's per-frame mode sums them (every face in every frame), and the masked share each would report.
 * Face sightings, not people: one person seen in 100 frames is 100 sightings, so the interval is that of the
 * sightings and narrower than a count of people would give. It shows how far apart the two detectors are on the
 * same frames; it is not a statistic about the people in front of the camera.
 */
import { MASK_COUNT_KEYS, type MaskCounts } from './aggregates';
import type { ClassifiedFace } from './frame';
import { maskedShare, type MaskedShare } from './wilson';

export interface DetectorTally extends MaskCounts {
  frames: number;
  /** Faces found over those frames, classified or not. */
  faces: number;
}

export function emptyTally(): DetectorTally {
  return { frames: 0, faces: 0, withMask: 0, withoutMask: 0, maskIncorrect: 0 };
}

/** The tally with one more frame's faces. */
export function addFrame(tally: DetectorTally, faces: readonly ClassifiedFace[]): DetectorTally {
  const next = { ...tally, frames: tally.frames + 1, faces: tally.faces + faces.length };
  for (const face of faces) if (face.mask) next[MASK_COUNT_KEYS[face.mask].pass]++;
  return next;
}

/** The masked share over the tally's sightings, with its Wilson interval (none below MIN_CLASSIFIED_FOR_SHARE). */
export function tallyShare(tally: DetectorTally): MaskedShare {
  return maskedShare(tally);
}

/** What the comparison shows of each detector: its faces on the latest frame, and its tally since opened. */
export interface DetectorView {
  faces: readonly ClassifiedFace[];
  tally: DetectorTally;
}
