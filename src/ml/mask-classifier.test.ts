import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import { NOT_A_FACE, type DetectedFace } from '../logic/frame';
import { MaskClassifier, NOT_A_FACE_MIN_PROBABILITY, decide, keepClassifiedFaces } from './mask-classifier';
import { DEFAULT_TOPOLOGY, initialWeights, weightShapes } from './mask-cnn';

function face(x: number, y: number, side: number): DetectedFace {
  return {
    box: { x, y, w: side, h: side },
    score: 0.9,
    keypoints: [[x + 0.3 * side, y + 0.4 * side], [x + 0.7 * side, y + 0.4 * side], [x + side / 2, y + 0.6 * side],
      [x + side / 2, y + 0.8 * side], [x, y + side / 2], [x + side, y + side / 2]],
  };
}

/** The artifacts of a model.json holding random weights, as MaskClassifier.load reads real ones. */
async function randomArtifacts(): Promise<tf.io.ModelArtifacts> {
  const weights = initialWeights(DEFAULT_TOPOLOGY, 7);
  const { data, specs } = await tf.io.encodeWeights(weights);
  tf.dispose(Object.values(weights));
  return { modelTopology: { ...DEFAULT_TOPOLOGY }, weightSpecs: specs, weightData: data };
}

function memoryModel(): tf.io.IOHandler {
  return { load: randomArtifacts };
}

describe('MaskClassifier', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  it('classifies every face of a frame, in order, and leaks no tensor', async () => {
    const classifier = await MaskClassifier.load(memoryModel());
    const image = tf.randomUniform([120, 160, 3], 0, 255, 'int32') as tf.Tensor3D;
    const before = tf.memory().numTensors;
    const faces = [face(10, 10, 40), face(90, 30, 60), face(-10, 80, 50)];
    const predictions = await classifier.classify(image, faces);
    expect(tf.memory().numTensors).toBe(before);
    expect(predictions).toHaveLength(3);
    for (const p of predictions) {
      expect(DEFAULT_TOPOLOGY.labels).toContain(p.label);
      // The likeliest mask class has at least a third of what "not a face" leaves below its threshold.
      expect(p.score).toBeGreaterThan((1 - NOT_A_FACE_MIN_PROBABILITY) / 3);
      expect(p.score).toBeLessThanOrEqual(1);
    }
    expect(await classifier.classify(image, [])).toEqual([]);
    expect(tf.memory().numTensors).toBe(before);
    image.dispose();
    classifier.dispose();
  });

  it('gives the same answer for a face alone and in a batch', async () => {
    const classifier = await MaskClassifier.load(memoryModel());
    const image = tf.randomUniform([100, 100, 3], 0, 255, 'int32') as tf.Tensor3D;
    const [alone] = await classifier.classify(image, [face(20, 20, 40)]);
    const [, inBatch] = await classifier.classify(image, [face(0, 0, 30), face(20, 20, 40)]);
    expect(inBatch.label).toBe(alone.label);
    expect(inBatch.score).toBeCloseTo(alone.score, 5);
    image.dispose();
    classifier.dispose();
  });

  it('refuses a file that is not a mask classifier, and frees what it decoded', async () => {
    const before = tf.memory().numTensors;
    await expect(MaskClassifier.load({ load: async () => ({ modelTopology: { kind: 'other' } }) })).rejects.toThrow(/kind/);
    const wrongShape: tf.io.IOHandler = {
      async load() {
        const artifacts = await randomArtifacts();
        return { ...artifacts, modelTopology: { ...DEFAULT_TOPOLOGY, stem: 8 } };
      },
    };
    await expect(MaskClassifier.load(wrongShape)).rejects.toThrow(/stem\/kernel/);
    const unknownLabel: tf.io.IOHandler = {
      async load() {
        return { ...(await randomArtifacts()), modelTopology: { ...DEFAULT_TOPOLOGY, labels: ['with_mask', 'hat'] } };
      },
    };
    await expect(MaskClassifier.load(unknownLabel)).rejects.toThrow(/not a Headcount mask classifier/);
    expect(tf.memory().numTensors).toBe(before);
    expect(weightShapes(DEFAULT_TOPOLOGY).length).toBeGreaterThan(4);
  });
});

describe('keepClassifiedFaces', () => {
  it('labels each face in order and drops those that are not a face', () => {
    const faces = [face(0, 0, 40), face(50, 0, 40), face(100, 0, 40)];
    const kept = keepClassifiedFaces(faces, [
      { label: 'with_mask', score: 0.9 },
      { label: NOT_A_FACE, score: 0.8 },
      { label: 'mask_incorrect', score: 0.6 },
    ]);
    expect(kept).toEqual([
      { ...faces[0], mask: 'with_mask', maskScore: 0.9 },
      { ...faces[2], mask: 'mask_incorrect', maskScore: 0.6 },
    ]);
  });
});

describe('decide', () => {
  const labels = DEFAULT_TOPOLOGY.labels;
  it('calls a crop not a face only from NOT_A_FACE_MIN_PROBABILITY up', () => {
    const sure = (NOT_A_FACE_MIN_PROBABILITY + 1) / 2;
    const rest = (1 - sure) / 3;
    expect(decide(labels, [rest, rest, rest, sure])).toEqual({ label: NOT_A_FACE, score: sure });
    expect(decide(labels, [0.02, 0.01, 0.02, NOT_A_FACE_MIN_PROBABILITY])).toEqual({ label: NOT_A_FACE, score: NOT_A_FACE_MIN_PROBABILITY });
    // Just below the bar: the likeliest mask class.
    const unsure = NOT_A_FACE_MIN_PROBABILITY - 0.01;
    expect(decide(labels, [1 - unsure - 0.002, 0.001, 0.001, unsure]).label).toBe('with_mask');
  });
  it('otherwise answers the likeliest mask class, even when "not a face" is the likeliest answer', () => {
    expect(decide(labels, [0.3, 0.1, 0.05, 0.55]).label).toBe('with_mask');
    expect(decide(labels, [0.1, 0.6, 0.2, 0.1]).label).toBe('without_mask');
  });
  it('scores a mask class by its probability given that the crop is a face', () => {
    // 0.3 of the 0.45 left to the mask classes: two chances in three, not three in ten.
    expect(decide(labels, [0.3, 0.1, 0.05, 0.55]).score).toBeCloseTo(0.3 / 0.45, 10);
    expect(decide(labels, [0.1, 0.6, 0.2, 0.1]).score).toBeCloseTo(0.6 / 0.9, 10);
    // The same mask probabilities with no doubt about the face: the score is the probability itself.
    expect(decide(labels, [0.25, 0.5, 0.25, 0]).score).toBeCloseTo(0.5, 10);
  });
  it('works for a classifier without the fourth class', () => {
    expect(decide(['with_mask', 'without_mask', 'mask_incorrect'], [0.2, 0.3, 0.5])).toEqual({ label: 'mask_incorrect', score: 0.5 });
  });
});
