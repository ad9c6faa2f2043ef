/**
 * "Not a face" examples, so the classifier can reject the detector's false positives: in every annotated photo
 * (real_scenes, the composites), the detections that match no annotated face, random patches away from the
 * faces, and patches just below faces. Real_scenes photos keep their photo split (scripts/lib/real-scenes.ts); the composites, whose
 * faces come from the crop collections, give training and validation examples only.
 *
 * A detection on a face the annotators missed becomes a wrong "not a face" example here; the real_scenes README
 * warns that some boxes miss a face. The card says so.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { NOT_A_FACE, type MaskLabel } from '../../src/logic/frame';
import { centre, iou, type Box } from '../../src/logic/geometry';
import { seededRandom } from '../../src/eval/seeded-random';
import { loadRealScenes, nameFraction, realSceneSplit, type AnnotatedScene, type RealSet } from '../lib/real-scenes';
import { DATA_ROOT, VALIDATION_SHARE, type FaceSample, type Split } from './dataset';
import type { PhotoDetections } from './face-boxes';
import { UNJUDGEABLE, correctedLabel, loadLabelCorrections } from './label-corrections';

export interface AnnotatedPhoto {
  /** Absolute path of the image. */
  file: string;
  /** Stable name for keys and groups, e.g. real_scenes/x.jpg. */
  name: string;
  width: number;
  height: number;
  faces: (Box & { label: MaskLabel })[];
  split: Split;
}

/** Random patches per photo: real photos, and the composites (large, mostly background). */
const PATCHES_PER_REAL_PHOTO = 3;
const PATCHES_PER_COMPOSITE = 8;
/**
 * Patches just below a face (neck, shoulders, clothing; up to this many per photo): the hard background a
 * detector takes for a face far more often than sky or pavement.
 */
const PATCHES_BELOW_FACES_PER_PHOTO = 2;
/** Patch sides, in source pixels: the range of face sizes the detector reports on these photos. */
const PATCH_SIDE = { min: 16, max: 160 } as const;
/** A patch keeps this share of a face's size (each side) clear of every annotated face. */
const FACE_CLEARANCE = 0.25;
/** A detection overlapping an annotated face this much, or with its centre on one, is that face, not background. */
const FACE_OVERLAP = 0.05;

/**
 * Every annotated photo: real_scenes and real_scenes_more (with their splits) and the 30 composites. The
 * detector runs on all of them (its boxes cut the real faces); only real_scenes and the composites give "not a
 * face" examples (see NEGATIVES_FROM).
 */
export async function loadAnnotatedPhotos(): Promise<AnnotatedPhoto[]> {
  // The label audit's relabelled faces carry their corrected label here too (the validation figures and the
  // abstention sweep); a face it found unjudgeable keeps its box and annotated label (it is still a face).
  const corrections = await loadLabelCorrections();
  const labelOf = (set: RealSet, photo: string, face: Box & { label: MaskLabel }): MaskLabel => {
    const corrected = correctedLabel(corrections, set, photo, face);
    return corrected === UNJUDGEABLE ? face.label : corrected;
  };
  const real = (await Promise.all((['real_scenes', 'real_scenes_more'] as const).map(async (set) =>
    (await loadRealScenes(undefined, set)).map((s) => ({ file: s.path, name: `${set}/${s.file}`, width: s.width,
      height: s.height, faces: s.faces.map((f) => ({ ...f, label: labelOf(set, s.file, f) })),
      split: realSceneSplit(s.file) as Split }))))).flat();
  const compositeDir = path.join(DATA_ROOT, 'scenes');
  const composites = (JSON.parse(await readFile(path.join(compositeDir, 'annotations.json'), 'utf8')) as AnnotatedScene[])
    .map((s) => ({ file: path.join(compositeDir, s.file), name: `scenes/${s.file}`, width: s.width, height: s.height,
      faces: s.faces, split: (nameFraction(s.file) < VALIDATION_SHARE ? 'validation' : 'train') as Split }));
  return [...real, ...composites];
}

function grown(box: Box, share: number): Box {
  return { x: box.x - box.w * share, y: box.y - box.h * share, w: box.w * (1 + 2 * share), h: box.h * (1 + 2 * share) };
}

function inside([x, y]: readonly [number, number], b: Box): boolean {
  return x >= b.x && x <= b.x + b.w && y >= b.y && y <= b.y + b.h;
}

function intersects(a: Box, b: Box): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

/** True when the detection lies on an annotated face (however small), i.e. is not background. */
export function onAnnotatedFace(detection: Box, faces: readonly Box[]): boolean {
  return faces.some((f) => iou(detection, f) >= FACE_OVERLAP || inside(centre(detection), grown(f, 0.15))
    || inside(centre(f), detection));
}

/**
 * The photo sets whose unboxed regions may become "not a face". Not real_scenes_more: its README says crowd
 * faces are often left unboxed, so an unmatched detection, a random patch or a patch below a face there may
 * well be a face (issue 27).
 */
const NEGATIVES_FROM = ['real_scenes/', 'scenes/'] as const;

export function backgroundSamples(photos: readonly AnnotatedPhoto[], detections: Map<string, PhotoDetections>):
FaceSample[] {
  const samples: FaceSample[] = [];
  for (const photo of photos.filter((p) => NEGATIVES_FROM.some((prefix) => p.name.startsWith(prefix)))) {
    const base = { file: photo.file, label: NOT_A_FACE, source: 'background', group: photo.name, split: photo.split } as const;
    (detections.get(photo.file)?.faces ?? []).forEach((d, i) => {
      if (onAnnotatedFace(d.box, photo.faces)) return;
      samples.push({ ...base, key: `${photo.name}#detection${i}`, geometry: { box: d.box, keypoints: d.keypoints } });
    });
    // Seeded by the photo's name: the same patches whatever the order or number of photos.
    const random = seededRandom(Math.floor(nameFraction(photo.name) * 2 ** 32));
    const clear = photo.faces.map((f) => grown(f, FACE_CLEARANCE));
    const wanted = photo.name.startsWith('scenes/') ? PATCHES_PER_COMPOSITE : PATCHES_PER_REAL_PHOTO;
    const maxSide = Math.min(PATCH_SIDE.max, Math.min(photo.width, photo.height) / 2);
    for (let k = 0, tries = 0; k < wanted && tries < 50 * wanted; tries++) {
      const side = Math.exp(Math.log(PATCH_SIDE.min) + random() * (Math.log(maxSide) - Math.log(PATCH_SIDE.min)));
      const box = { x: random() * (photo.width - side), y: random() * (photo.height - side), w: side, h: side };
      if (clear.some((c) => intersects(box, c))) continue;
      samples.push({ ...base, key: `${photo.name}#patch${k}`, geometry: { box, keypoints: [] } });
      k++;
    }
    let below = 0;
    for (const [i, face] of photo.faces.entries()) {
      if (below === PATCHES_BELOW_FACES_PER_PHOTO) break;
      const scale = 0.9 + random() * 0.4;
      const box = { x: face.x + (random() - 0.5) * 0.5 * face.w, y: face.y + face.h * (1.3 + random() * 0.8),
        w: face.w * scale, h: face.h * scale };
      if (box.w < PATCH_SIDE.min / 2 || box.x < 0 || box.y + box.h > photo.height || box.x + box.w > photo.width) continue;
      if (clear.some((c) => intersects(box, c))) continue;
      samples.push({ ...base, key: `${photo.name}#below${i}`, geometry: { box, keypoints: [] } });
      below++;
    }
  }
  return samples;
}
