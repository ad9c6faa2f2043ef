/**
 * Which face crops the mask classifier learns from and is judged on, and how they are split.
 *
 * Splits are by source and by original photo, never by random image, because the collections hold augmented
 * copies (flips, crops) and the same face under several labels; a random split would score those copies
 * against themselves. See ../shared/data/README.md and masks_v2/README.md for the sources.
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import type { Box } from '../../src/logic/geometry';
import { MASK_LABELS, type ClassifierLabel, type DetectedFace, type MaskLabel } from '../../src/logic/frame';
import { REPO_ROOT, SHARED_DIR } from '../lib/paths';
import { loadRealScenes, nameFraction, realSceneSplit, type RealSet } from '../lib/real-scenes';
import { LABEL_CORRECTIONS_FILE, UNJUDGEABLE, correctedLabel, loadLabelCorrections } from './label-corrections';

/** The shared data folder (read-only); HEADCOUNT_SHARED moves it, like for the tests. */
export const DATA_ROOT = path.join(SHARED_DIR, 'data');

/** Share of each training source's groups kept aside for validation (model selection, early stopping). */
export const VALIDATION_SHARE = 0.15;
/** Training images this close (Hamming, 64-bit hashes) to a test image are dropped: the same photo, re-encoded. */
const NEAR_COPY_DISTANCE = 10;

export const SOURCES = {
  chandrikadeb7: 'chandrikadeb7/Face-Mask-Detection (masks_v2): web photos, some synthetic masks',
  maskedFaceNet: 'MaskedFace-Net via MaskON (masks_v2): synthetic masks on FFHQ faces',
  prajnasb: 'prajnasb/observations (masks_v2): synthetic masks pasted with landmarks',
  maskedFaceNetSeg: 'MaskedFace-Net via MaskedFaceSegmentation (masks/): another synthetic subset',
  realScenes: 'andrewmvd Kaggle photos (real_scenes, includes scenes_v2): real faces cut where the annotations say',
  realScenesMore: 'other photographers and annotators (real_scenes_more: jolignier, MacwinWin): real faces cut where the annotations say',
  background: 'not a face: detections matching no annotated face, and random patches, in real_scenes and the composites',
} as const;
export type SourceName = keyof typeof SOURCES;

export const SPLITS = ['train', 'validation', 'test'] as const;
export type Split = (typeof SPLITS)[number];

/** Sources never trained on: each is a kind of face the training set does not contain. */
const TEST_SOURCES: ReadonlySet<SourceName> = new Set(['prajnasb', 'maskedFaceNetSeg']);
/** Sources split by photo with scripts/lib/real-scenes.ts (the split eval:detect uses too). */
export const PHOTO_SPLIT_SOURCES: ReadonlySet<SourceName> = new Set(['realScenes', 'realScenesMore', 'background']);
/** The sources of real faces in real photos, with the folder each comes from. */
export const REAL_FACE_SOURCES = { realScenes: 'real_scenes', realScenesMore: 'real_scenes_more' } as const satisfies
  Partial<Record<SourceName, RealSet>>;

export interface FaceSample {
  /** Unique and stable: the cache key of the detector output. */
  key: string;
  /** Image file to read. */
  file: string;
  /** For faces inside a larger photo (real_scenes): the annotated face box in that photo. */
  annotatedBox?: Box;
  /** Not-a-face samples: the region to crop, as a detection (with its keypoints) or a random patch (none). */
  geometry?: Pick<DetectedFace, 'box' | 'keypoints'>;
  label: ClassifierLabel;
  source: SourceName;
  /** Samples of one original photo or one identity share a group and so a split. */
  group: string;
  split: Split;
  /**
   * The label audit found the face's mask impossible to judge: neither trained nor validated on. The sample
   * stays in the list because the crop cache is indexed by sample.
   */
  unjudgeable?: true;
}

interface ManifestRow {
  file: string;
  label: MaskLabel;
  source: string;
  sourcePath: string;
  phash: Hash64;
}

function parseManifest(text: string): ManifestRow[] {
  const [, ...lines] = text.trim().split('\n');
  return lines.map((line) => {
    // Only source_path may hold commas inside quotes; the other fields are plain.
    const fields = line.match(/("[^"]*"|[^,]*)(,|$)/g)?.map((f) => f.replace(/,$/, '').replace(/^"|"$/g, '')) ?? [];
    const [file, label, source, sourcePath, , , , phash] = fields;
    if (!MASK_LABELS.includes(label as MaskLabel)) throw new Error(`manifest: unknown label in ${line}`);
    return { file, label: label as MaskLabel, source, sourcePath, phash: hashFromHex(phash.padStart(16, '0')) };
  });
}

/** A 64-bit image hash as two 32-bit halves: millions of pairwise comparisons stay fast without BigInt. */
type Hash64 = readonly [number, number];

function hashFromHex(hex: string): Hash64 {
  return [parseInt(hex.slice(0, 8), 16), parseInt(hex.slice(8, 16), 16)];
}

function popcount32(v: number): number {
  v -= (v >>> 1) & 0x55555555;
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24);
}

function hamming(a: Hash64, b: Hash64): number {
  return popcount32((a[0] ^ b[0]) >>> 0) + popcount32((a[1] ^ b[1]) >>> 0);
}

/** 64-bit difference hash (9×8 grey thumbnail): enough to catch the same photo re-encoded or resized. */
async function differenceHash(file: string): Promise<Hash64> {
  const pixels = await sharp(file).greyscale().resize(9, 8, { fit: 'fill' }).raw().toBuffer();
  const halves = [0, 0];
  for (let y = 0; y < 8; y++) {
    for (let x = 0; x < 8; x++) {
      const bit = pixels[y * 9 + x] > pixels[y * 9 + x + 1] ? 1 : 0;
      halves[y >> 2] = ((halves[y >> 2] << 1) | bit) >>> 0;
    }
  }
  return [halves[0], halves[1]];
}

class UnionFind {
  private readonly parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    while (this.parent[i] !== i) i = this.parent[i] = this.parent[this.parent[i]];
    return i;
  }
  union(a: number, b: number): void {
    this.parent[this.find(a)] = this.find(b);
  }
}

/**
 * chandrikadeb7 groups: the original file name without its " copy N" suffix (the repo's augmented copies), then
 * merged with every image within NEAR_COPY_DISTANCE by the manifest pHash (augmented copies renamed).
 */
function chandrikadebGroups(rows: ManifestRow[]): string[] {
  const uf = new UnionFind(rows.length);
  const byStem = new Map<string, number>();
  rows.forEach((row, i) => {
    const stem = `${row.label}/${path.basename(row.sourcePath).replace(/\.\w+$/, '').replace(/ copy( \d+)?$/, '')}`;
    const first = byStem.get(stem);
    if (first === undefined) byStem.set(stem, i);
    else uf.union(i, first);
  });
  for (let i = 0; i < rows.length; i++) {
    for (let j = i + 1; j < rows.length; j++) {
      if (hamming(rows[i].phash, rows[j].phash) <= NEAR_COPY_DISTANCE) uf.union(i, j);
    }
  }
  return rows.map((_, i) => `chandrikadeb7#${uf.find(i)}`);
}

export interface DatasetReport {
  samples: FaceSample[];
  /** What was left out and why, for the model card. */
  exclusions: { reason: string; count: number }[];
}

export async function loadDataset(): Promise<DatasetReport> {
  const exclusions: DatasetReport['exclusions'] = [];
  const v2 = path.join(DATA_ROOT, 'masks_v2');
  const rows = parseManifest(await readFile(path.join(v2, 'manifest.csv'), 'utf8'));
  const samples: FaceSample[] = [];

  const chandrikadeb = rows.filter((r) => r.source.startsWith('chandrikadeb7'));
  const chandrikadebGroup = chandrikadebGroups(chandrikadeb);
  chandrikadeb.forEach((row, i) => {
    samples.push({ key: `masks_v2/${row.file}`, file: path.join(v2, row.file), label: row.label,
      source: 'chandrikadeb7', group: chandrikadebGroup[i], split: 'train' });
  });
  for (const row of rows.filter((r) => r.source.startsWith('marellanoc'))) {
    // One FFHQ face appears with several mask placements (00145_Mask, 00145_Mask_Chin…): group by face number.
    const ffhqId = path.basename(row.sourcePath).split('_')[0];
    samples.push({ key: `masks_v2/${row.file}`, file: path.join(v2, row.file), label: row.label,
      source: 'maskedFaceNet', group: `ffhq#${ffhqId}`, split: 'train' });
  }
  for (const row of rows.filter((r) => r.source.startsWith('prajnasb'))) {
    samples.push({ key: `masks_v2/${row.file}`, file: path.join(v2, row.file), label: row.label,
      source: 'prajnasb', group: `prajnasb#${row.file}`, split: 'test' });
  }

  // masks/ holds the same chandrikadeb7 photos as masks_v2 (left out) and another MaskedFace-Net subset, kept as
  // a test source only where it is not a near copy of a masks_v2 MaskedFace-Net image.
  const v2MaskedFaceNetHashes = await Promise.all(
    samples.filter((s) => s.source === 'maskedFaceNet').map((s) => differenceHash(s.file)));
  let overlapping = 0;
  for (const label of MASK_LABELS) {
    const dir = path.join(DATA_ROOT, 'masks', label);
    for (const name of (await readdir(dir)).filter((n) => n.startsWith('mfn-')).sort()) {
      const file = path.join(dir, name);
      const hash = await differenceHash(file);
      if (v2MaskedFaceNetHashes.some((h) => hamming(h, hash) <= NEAR_COPY_DISTANCE)) {
        overlapping++;
        continue;
      }
      samples.push({ key: `masks/${label}/${name}`, file, label, source: 'maskedFaceNetSeg',
        group: `masks/${name}`, split: 'test' });
    }
  }
  exclusions.push({ reason: 'masks/ MaskedFace-Net images that are near copies of masks_v2 ones', count: overlapping });
  exclusions.push({ reason: 'masks/ chandrikadeb7 images (the same photos as in masks_v2)',
    count: (await Promise.all(MASK_LABELS.map(async (l) =>
      (await readdir(path.join(DATA_ROOT, 'masks', l))).filter((n) => n.startsWith('cd-')).length)))
      .reduce((a, b) => a + b, 0) });

  // real_scenes and real_scenes_more: every annotated face, split by photo like eval:detect. real_scenes's
  // photos include scenes_v2's 20; real_scenes_more holds none of real_scenes's (its README: removed).
  // Labels as corrected by the label audit (label-corrections.json; never on a test photo).
  const corrections = await loadLabelCorrections();
  for (const [source, set] of Object.entries(REAL_FACE_SOURCES) as [SourceName, RealSet][]) {
    for (const scene of await loadRealScenes(undefined, set)) {
      scene.faces.forEach((face, i) => {
        const corrected = correctedLabel(corrections, set, scene.file, face);
        samples.push({ key: `${set}/${scene.file}#${i}`, file: scene.path,
          annotatedBox: { x: face.x, y: face.y, w: face.w, h: face.h }, source,
          ...(corrected === UNJUDGEABLE ? { label: face.label, unjudgeable: true } : { label: corrected }),
          group: `${set}/${scene.file}`, split: realSceneSplit(scene.file) });
      });
    }
  }
  exclusions.push({ reason: `real faces the label audit found unjudgeable (${path.relative(REPO_ROOT, LABEL_CORRECTIONS_FILE)}; kept out of training and validation)`,
    count: [...corrections.values()].filter((c) => c.to === UNJUDGEABLE).length });

  for (const s of samples) {
    if (!TEST_SOURCES.has(s.source) && !PHOTO_SPLIT_SOURCES.has(s.source) && nameFraction(s.group) < VALIDATION_SHARE) {
      s.split = 'validation';
    }
  }

  // The test photos must not also be in training under another name or label.
  const testHashes = [
    ...rows.filter((r) => r.source.startsWith('prajnasb')).map((r) => r.phash),
  ];
  const rowByKey = new Map(rows.map((r) => [`masks_v2/${r.file}`, r]));
  const kept = samples.filter((s) => {
    const row = rowByKey.get(s.key);
    return s.split === 'test' || !row || !testHashes.some((h) => hamming(h, row.phash) <= NEAR_COPY_DISTANCE);
  });
  exclusions.push({ reason: 'training/validation images that are near copies of a prajnasb test image',
    count: samples.length - kept.length });
  return { samples: kept, exclusions };
}
