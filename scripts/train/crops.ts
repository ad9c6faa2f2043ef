/**
 * The classifier's input for every sample, cut by the page's own code (cropFaces → faceCropSquare) from the
 * detector's box and keypoints, and cached in .cache/ as bytes.
 *
 * Which face: in a data-set crop, the detected face nearest the centre; in a photo, the detected face that
 * best overlaps the annotated box; a not-a-face sample brings its own region (backgrounds.ts). When the detector finds none (it misses faces that fill the whole image,
 * half faces and tiny faces), the fallback is the annotated box (scenes) or the crop minus the data set's 15 %
 * margins, without keypoints: faceCropSquare then centres on the box. The card reports how often.
 *
 * Every sample gets extra variants, used in training only: the crop jittered (position, scale), a looser
 * crop, and the same face shrunk to 14–36 px first, as far and small faces reach the page (many real_scenes
 * faces are under 24 px).
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as tf from '@tensorflow/tfjs-core';
import type { DetectedFace } from '../../src/logic/frame';
import { centre, iou, type Box } from '../../src/logic/geometry';
import { seededRandom } from '../../src/eval/seeded-random';
import { FACE_CROP_CONFIG } from '../../src/ml/face-crop';
import { cropFaces } from '../../src/ml/mask-classifier';
import { REPO_ROOT, readImageTensor } from '../lib/node-tf';
import { sha256Hex } from '../lib/sha256';
import type { FaceSample } from './dataset';
import { DATASET_CROP_MARGIN, type SampleDetections } from './face-boxes';

type FaceGeometry = Pick<DetectedFace, 'box' | 'keypoints'>;

export interface ChosenFace {
  face: FaceGeometry;
  /** True when the detector found no matching face and the annotation stood in. */
  fallback: boolean;
}

/** A scene's detected face must overlap the annotated box at least this much to stand for it. */
const MIN_SCENE_IOU = 0.3;

export function chooseFace(sample: FaceSample, detections: SampleDetections): ChosenFace {
  if (sample.geometry) return { face: sample.geometry, fallback: false };
  const { region, faces } = detections;
  if (sample.annotatedBox) {
    const annotated = sample.annotatedBox;
    const best = faces.map((f) => ({ f, overlap: iou(f.box, annotated) })).sort((a, b) => b.overlap - a.overlap)[0];
    if (best && best.overlap >= MIN_SCENE_IOU) return { face: best.f, fallback: false };
    return { face: { box: annotated, keypoints: [] }, fallback: true };
  }
  const [cx, cy] = centre(region);
  const central = faces.filter((f) => {
    const [fx, fy] = centre(f.box);
    return Math.abs(fx - cx) < region.w / 4 && Math.abs(fy - cy) < region.h / 4;
  }).sort((a, b) => b.box.w * b.box.h - a.box.w * a.box.h)[0];
  if (central) return { face: central, fallback: false };
  const inner = 1 / (1 + 2 * DATASET_CROP_MARGIN);
  const box: Box = { x: cx - (region.w * inner) / 2, y: cy - (region.h * inner) / 2, w: region.w * inner, h: region.h * inner };
  return { face: { box, keypoints: [] }, fallback: true };
}

/** The face moved by (dx, dy) and its box scaled by `scale` about its centre: the crop follows. */
function jitter(face: FaceGeometry, dx: number, dy: number, scale: number): FaceGeometry {
  const { box } = face;
  const w = box.w * scale;
  const h = box.h * scale;
  return {
    box: { x: box.x + dx + (box.w - w) / 2, y: box.y + dy + (box.h - h) / 2, w, h },
    keypoints: face.keypoints.map(([x, y]) => [x + dx, y + dy] as const),
  };
}

function scaled(face: FaceGeometry, s: number): FaceGeometry {
  return {
    box: { x: face.box.x * s, y: face.box.y * s, w: face.box.w * s, h: face.box.h * s },
    keypoints: face.keypoints.map(([x, y]) => [x * s, y * s] as const),
  };
}

export interface CropCache {
  size: number;
  /** Crops per sample: index 0 is the exact page crop, the others training variants. */
  variants: number;
  /** [samples × variants × size × size × 3] bytes, 0–255. */
  pixels: Uint8Array;
}

export const TRAINING_VARIANTS = 4;
const CACHE_VERSION = 4;

export async function buildCrops(samples: FaceSample[], chosen: ChosenFace[], size: number, seed: number,
  log: (line: string) => void): Promise<CropCache> {
  const variants = TRAINING_VARIANTS;
  // Everything the crops depend on, hashed: a changed sample, face choice or crop rule recuts them.
  const id = sha256Hex(JSON.stringify({ CACHE_VERSION, size, seed, variants, FACE_CROP_CONFIG,
    samples: samples.map((s, i) => [s.key, chosen[i].face]) }));
  const file = path.join(REPO_ROOT, '.cache', `mask-crops-${size}.bin`);
  const idFile = `${file}.json`;
  if (existsSync(file) && existsSync(idFile) && (await readFile(idFile, 'utf8')) === id) {
    return { size, variants, pixels: new Uint8Array(await readFile(file)) };
  }
  log(`cutting crops for ${samples.length} samples`);
  const perCrop = size * size * 3;
  const pixels = new Uint8Array(samples.length * variants * perCrop);
  const random = seededRandom(seed);
  const started = Date.now();
  for (const [i, sample] of samples.entries()) {
    const image = await readImageTensor(sample.file);
    const { face } = chosen[i];
    const side = Math.max(face.box.w, face.box.h);
    const geometries: FaceGeometry[] = [face];
    for (let v = 1; v < variants; v++) {
      // Odd variants: small jitter. Even ones: a looser frame (box 10–80 % too big), as from a generous
      // detector box or a whole data-set image taken as the face. masks_v2's correctly-worn MaskedFace-Net
      // crops are cut at the eyes and its incorrectly-worn ones show the whole face: without this, framing alone
      // told the classes apart (eval:masks: masks/'s whole correctly-worn faces came out mask_incorrect).
      const scale = v % 2 === 1 ? 0.88 + random() * 0.24 : 1.1 + random() * 0.7;
      geometries.push(jitter(face, (random() - 0.5) * 0.16 * side, (random() - 0.5) * 0.16 * side, scale));
    }
    const crops = tf.tidy(() => {
      const regular = cropFaces(image, geometries.slice(0, variants - 1), size);
      // The last variant: the whole image shrunk so that the face is 14–36 px, then cropped (blurry, small).
      const target = 14 + random() * 22;
      const s = Math.min(1, target / side);
      const [h, w] = image.shape;
      const small = tf.image.resizeBilinear(image, [Math.max(1, Math.round(h * s)), Math.max(1, Math.round(w * s))], true);
      const tiny = cropFaces(small as tf.Tensor3D, [scaled(geometries[variants - 1], s)], size);
      return tf.clipByValue(tf.round(tf.mul(tf.add(tf.concat([regular, tiny]), 1), 127.5)), 0, 255);
    });
    pixels.set(await crops.data(), i * variants * perCrop);
    tf.dispose([image, crops]);
    if ((i + 1) % 1000 === 0) log(`  ${i + 1}/${samples.length} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  }
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, pixels);
  await writeFile(idFile, id);
  return { size, variants, pixels };
}
