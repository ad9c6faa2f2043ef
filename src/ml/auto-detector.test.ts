import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { describe, expect, it } from 'vitest';
import type { DetectedFace } from '../logic/frame';
import { AUTO_DETECTOR_CONFIG, AutoFaceDetector } from './auto-detector';
import { NEAR_INPUT_SIZE } from './blazeface-near';
import type { FaceDetector } from './detector';

function face(x: number, size: number): DetectedFace {
  return { box: { x, y: 0, w: size, h: size }, score: 0.9, keypoints: [] };
}

/** A detector that returns fixed faces and counts its calls. */
class FixedDetector implements FaceDetector {
  readonly mode = 'near' as const;
  calls = 0;
  constructor(private readonly faces: DetectedFace[]) {}
  detect(): Promise<DetectedFace[]> {
    this.calls++;
    return Promise.resolve(this.faces);
  }
  dispose(): void {}
}

// A 640 × 480 frame: "small" is under smallFaceInputPx / 128 of 640 px.
const smallUnder = (AUTO_DETECTOR_CONFIG.smallFaceInputPx * 640) / NEAR_INPUT_SIZE;

async function run(nearFaces: DetectedFace[], farFaces: DetectedFace[]): Promise<{ faces: DetectedFace[]; farCalls: number }> {
  const near = new FixedDetector(nearFaces);
  const far = new FixedDetector(farFaces);
  const image = tf.zeros([480, 640, 3]) as tf.Tensor3D;
  try {
    const faces = await new AutoFaceDetector(near, far).detect(image);
    return { faces, farCalls: far.calls };
  } finally {
    image.dispose();
  }
}

describe('AutoFaceDetector', () => {
  it('keeps near mode when it finds only large faces', async () => {
    const { faces, farCalls } = await run([face(0, smallUnder)], [face(300, 20)]);
    expect(farCalls).toBe(0);
    expect(faces).toEqual([face(0, smallUnder)]);
  });

  it('runs far mode when near finds nothing', async () => {
    const { faces, farCalls } = await run([], [face(300, 20)]);
    expect(farCalls).toBe(1);
    expect(faces).toEqual([face(300, 20)]);
  });

  it('runs far mode when near finds a small face, and keeps near faces far missed', async () => {
    const big = face(0, 200);
    const small = face(300, smallUnder - 1);
    const farCopyOfSmall = face(302, smallUnder - 1);
    const { faces, farCalls } = await run([big, small], [farCopyOfSmall, face(500, 20)]);
    expect(farCalls).toBe(1);
    expect(faces).toEqual([farCopyOfSmall, face(500, 20), big]);
  });
});
