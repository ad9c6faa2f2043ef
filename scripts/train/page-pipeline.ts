/**
 * The page's pipeline on one annotated photo, in Node: the detector's faces from its own threshold up
 * (YUNET_CONFIG.minScore; the cached training detections go lower), then the classifier as the page calls it.
 * `npm run train` measures its figures with it and `npm run eval:peer` compares a peer model on the same faces.
 */
import type { JudgedPhoto } from '../../src/eval/pipeline-figures';
import type { MaskLabel } from '../../src/logic/frame';
import type { Box } from '../../src/logic/geometry';
import type { MaskClassifier } from '../../src/ml/mask-classifier';
import { YUNET_CONFIG } from '../../src/ml/yunet/yunet-detector';
import { readImageTensor } from '../lib/node-tf';
import type { PhotoDetections } from './face-boxes';

export async function judgePhoto(classifier: MaskClassifier, photo: { file: string; faces: readonly (Box & { label: MaskLabel })[] },
  detections: PhotoDetections | undefined): Promise<JudgedPhoto> {
  const faces = (detections?.faces ?? []).filter((f) => f.score >= YUNET_CONFIG.minScore);
  const image = await readImageTensor(photo.file);
  const predictions = await classifier.classify(image, faces);
  image.dispose();
  return { faces: photo.faces, detections: faces.map((f, k) => ({ box: f.box, score: f.score,
    label: predictions[k].label, probability: predictions[k].score })) };
}
