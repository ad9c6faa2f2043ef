/**
 * The naive baseline `npm run bench` compares Headcount's pipeline with: what a typical face-mask demo does,
 * on the page's main thread, with the same backend, the same YuNet detector and the same mask classifier
 * weights. Lab-only: lab.ts imports it dynamically, index.html never does.
 *
 * Per frame, as peers write it:
 * - the detector on the whole frame at full size, every frame (no input size chosen from the last frame);
 * - per face, `tf.browser.fromPixels(canvas)` again, a slice of the face box, a resize to the classifier's
 *   input, one classifier call with a batch of 1 and a `data()` read-back, before the next face.
 *
 * The difference with FramePipeline is exactly what the bench is meant to price: one pixel read per frame
 * instead of 1 + faces, one classifier batch for all faces instead of one call (and one GPU/WASM sync) each,
 * and a smaller input when every face is large.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { Box } from '../logic/geometry';
import { initBackend } from '../ml/backend';
import { createDetector } from '../ml/create-detector';
import { MASK_CNN_KIND, maskCnnProbabilities, weightShapes, type MaskCnnTopology } from '../ml/mask-cnn';
import { MODEL_FILES, WASM_DIR, siteUrl } from '../ml/model-paths';
import { hasKind, loadWeightsFile } from '../ml/weights-file';
import type { BackendInfo, BackendName } from '../ml/pipeline-types';

export interface BaselineRun {
  /** The whole frame: drawing it, detection, every face's crop and classification. */
  totalMs: number;
  detectMs: number;
  classifyMs: number;
}

export interface Baseline {
  backend: BackendInfo;
  /** Runs the baseline on `source` `repeats` times. */
  time(source: ImageBitmap, repeats: number): Promise<{ faces: number; runs: BaselineRun[] }>;
}

export async function createBaseline(backendName: BackendName, baseUrl: string): Promise<Baseline> {
  const backend = await initBackend(backendName, siteUrl(WASM_DIR, baseUrl));
  const detector = await createDetector((p) => siteUrl(p, baseUrl));
  // The classifier's weights, loaded directly: MaskClassifier keeps them private and crops by itself.
  const { topology, weights } = await loadWeightsFile(siteUrl(MODEL_FILES.maskClassifier, baseUrl), {
    what: 'mask classifier', isTopology: hasKind<MaskCnnTopology>(MASK_CNN_KIND), shapes: weightShapes,
  });
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2d canvas');

  async function classifyFace(box: Box): Promise<void> {
    const probabilities = tf.tidy(() => {
      const frame = tf.browser.fromPixels(canvas);
      const x = Math.max(0, Math.floor(box.x));
      const y = Math.max(0, Math.floor(box.y));
      const w = Math.max(1, Math.min(canvas.width - x, Math.ceil(box.x + box.w - x)));
      const h = Math.max(1, Math.min(canvas.height - y, Math.ceil(box.y + box.h - y)));
      const crop = tf.image.resizeBilinear(tf.slice(frame, [y, x, 0], [h, w, 3]), [topology.inputSize, topology.inputSize]);
      const input = tf.expandDims(tf.sub(tf.div(crop, 127.5), 1), 0) as tf.Tensor4D;
      return maskCnnProbabilities(topology, weights, input);
    });
    try {
      await probabilities.data();
    } finally {
      probabilities.dispose();
    }
  }

  return {
    backend,
    async time(source, repeats) {
      canvas.width = source.width;
      canvas.height = source.height;
      const runs: BaselineRun[] = [];
      let faces = 0;
      for (let i = 0; i < repeats; i++) {
        const t0 = performance.now();
        // A new frame arrives on the canvas, as a demo copies its <video> there.
        context.drawImage(source, 0, 0);
        const frame = tf.browser.fromPixels(canvas);
        const found = await detector.detect(frame).finally(() => frame.dispose());
        const t1 = performance.now();
        for (const face of found) await classifyFace(face.box);
        const t2 = performance.now();
        runs.push({ totalMs: t2 - t0, detectMs: t1 - t0, classifyMs: t2 - t1 });
        faces = found.length;
      }
      return { faces, runs };
    },
  };
}
