/**
 * The naive baseline `npm run bench` compares Headcount's pipeline with: what a typical face-mask demo does,
 * on the page's main thread, with the same backend, the same BlazeFace model and the same mask classifier
 * weights. Lab-only: lab.ts imports it dynamically, index.html never does.
 *
 * Per frame, as peers write it:
 * - `blazeface.estimateFaces(canvas)`: the whole frame goes in; the library squashes it to 128×128 itself;
 * - per face, `tf.browser.fromPixels(canvas)` again, a slice of the face box, a resize to the classifier's
 *   input, one classifier call with a batch of 1 and a `data()` read-back, before the next face.
 *
 * The difference with FramePipeline is exactly what the bench is meant to price: one pixel read per frame
 * instead of 1 + faces, one classifier batch for all faces instead of one call (and one GPU/WASM sync) each.
 */
import * as blazeface from '@tensorflow-models/blazeface';
import * as tf from '@tensorflow/tfjs-core';
import { initBackend } from '../ml/backend';
import { maskCnnLogits, type MaskCnnTopology, type MaskCnnWeights } from '../ml/mask-cnn';
import { MODEL_FILES, WASM_DIR, siteUrl } from '../ml/model-paths';
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

function isTopology(value: unknown): value is MaskCnnTopology {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'headcount-mask-cnn';
}

/** The classifier's weights, loaded directly (MaskClassifier keeps them private and crops by itself). */
async function loadClassifier(url: string): Promise<{ topology: MaskCnnTopology; weights: MaskCnnWeights }> {
  const handler = tf.io.http(url);
  if (!handler.load) throw new Error('the model handler cannot load');
  const artifacts = await handler.load();
  if (!isTopology(artifacts.modelTopology) || !artifacts.weightSpecs || !artifacts.weightData) {
    throw new Error(`${url}: not a Headcount mask classifier`);
  }
  const weights = tf.io.decodeWeights(tf.io.CompositeArrayBuffer.join(artifacts.weightData), artifacts.weightSpecs);
  return { topology: artifacts.modelTopology, weights };
}

export async function createBaseline(backendName: BackendName, baseUrl: string): Promise<Baseline> {
  const backend = await initBackend(backendName, siteUrl(WASM_DIR, baseUrl));
  // BlazeFace's own defaults, as a demo would call it, but from the site's copy of the model (no model hub).
  const detector = await blazeface.load({ modelUrl: siteUrl(MODEL_FILES.blazefaceShort, baseUrl) });
  const { topology, weights } = await loadClassifier(siteUrl(MODEL_FILES.maskClassifier, baseUrl));
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2d canvas');

  async function classifyFace(topLeft: [number, number], bottomRight: [number, number]): Promise<void> {
    const probabilities = tf.tidy(() => {
      const frame = tf.browser.fromPixels(canvas);
      const x = Math.max(0, Math.floor(topLeft[0]));
      const y = Math.max(0, Math.floor(topLeft[1]));
      const w = Math.max(1, Math.min(canvas.width - x, Math.ceil(bottomRight[0] - x)));
      const h = Math.max(1, Math.min(canvas.height - y, Math.ceil(bottomRight[1] - y)));
      const crop = tf.image.resizeBilinear(tf.slice(frame, [y, x, 0], [h, w, 3]), [topology.inputSize, topology.inputSize]);
      const input = tf.expandDims(tf.sub(tf.div(crop, 127.5), 1), 0) as tf.Tensor4D;
      return tf.softmax(maskCnnLogits(topology, weights, input));
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
        const found = await detector.estimateFaces(canvas, false);
        const t1 = performance.now();
        for (const face of found) {
          await classifyFace(face.topLeft as [number, number], face.bottomRight as [number, number]);
        }
        const t2 = performance.now();
        runs.push({ totalMs: t2 - t0, detectMs: t1 - t0, classifyMs: t2 - t1 });
        faces = found.length;
      }
      return { faces, runs };
    },
  };
}
