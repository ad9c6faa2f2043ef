/**
 * ../shared/data/real_scenes: 563 real photos with annotated faces. One split, by photo, shared by every
 * script that trains or measures on them (eval:detect chooses the detector's thresholds on `validation`; the
 * mask classifier trains on `train`, picks its epoch on `validation` and is judged on `test`), so no figure is
 * measured on a photo that tuned or trained what it measures.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Box } from '../../src/logic/geometry';
import type { MaskLabel } from '../../src/logic/frame';
import { SHARED_DIR } from './paths';

export const REAL_SCENES_DIR = path.join(SHARED_DIR, 'data', 'real_scenes');
/**
 * ../shared/data/real_scenes_more: 1,411 more real photos (other photographers and annotators, duplicates of
 * real_scenes removed). Split by photo with the same rule. Its README warns that crowd faces are not all boxed:
 * a detection matching no box there is no evidence of "not a face".
 */
export const REAL_SCENES_MORE_DIR = path.join(SHARED_DIR, 'data', 'real_scenes_more');

/** The two real photo sets, by folder name. */
export const REAL_SETS = { real_scenes: REAL_SCENES_DIR, real_scenes_more: REAL_SCENES_MORE_DIR } as const;
export type RealSet = keyof typeof REAL_SETS;

export interface AnnotatedScene {
  file: string;
  width: number;
  height: number;
  faces: (Box & { label: MaskLabel })[];
}

export const REAL_SCENE_SPLITS = ['train', 'validation', 'test'] as const;
export type RealSceneSplit = (typeof REAL_SCENE_SPLITS)[number];

/** Shares of the photos: 70 % train, 15 % validation, 15 % test. */
const VALIDATION_FROM = 0.7;
const TEST_FROM = 0.85;

/** FNV-1a of a name, mapped to [0, 1): a split that depends on the name only, not on file order. */
export function nameFraction(name: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193) >>> 0;
  return h / 2 ** 32;
}

export function realSceneSplit(file: string): RealSceneSplit {
  const f = nameFraction(file);
  return f < VALIDATION_FROM ? 'train' : f < TEST_FROM ? 'validation' : 'test';
}

/**
 * The annotated photos of one split (all of them without `split`) of one real set (real_scenes unless told),
 * each with its absolute path.
 */
export async function loadRealScenes(split?: RealSceneSplit, set: RealSet = 'real_scenes'):
Promise<(AnnotatedScene & { path: string })[]> {
  const dir = REAL_SETS[set];
  const scenes = JSON.parse(await readFile(path.join(dir, 'scenes.json'), 'utf8')) as AnnotatedScene[];
  return scenes
    .filter((s) => split === undefined || realSceneSplit(s.file) === split)
    .map((s) => ({ ...s, path: path.join(dir, s.file) }));
}
