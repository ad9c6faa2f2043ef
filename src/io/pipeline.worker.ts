/// <reference lib="webworker" />
import * as tf from '@tensorflow/tfjs-core';
import type { MathBackendWebGL } from '@tensorflow/tfjs-backend-webgl';
import { networkUsage } from '../logic/network-usage';
import { FramePipeline } from '../ml/pipeline';
import { PipelineError } from '../ml/pipeline-types';
import type { FromWorker, ToWorker } from './pipeline-protocol';

// Inference lives here so that a slow frame never freezes the page.
const scope = self as unknown as DedicatedWorkerGlobalScope;
let pipeline: FramePipeline | undefined;

function post(message: FromWorker): void {
  scope.postMessage(message);
}

/** The WebGL backend's context, when WebGL is the backend in use. */
function webglContext(): WebGLRenderingContext | undefined {
  return tf.getBackend() === 'webgl' ? (tf.backend() as MathBackendWebGL).gpgpu.gl : undefined;
}

function describe(e: unknown, fallbackPart: PipelineError['part']): FromWorker & { type: 'error' } {
  if (e instanceof PipelineError) return { type: 'error', part: e.part, message: e.message };
  return { type: 'error', part: fallbackPart, message: e instanceof Error ? e.message : String(e) };
}

scope.onmessage = async (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  if (message.type === 'init') {
    try {
      pipeline?.dispose();
      pipeline = await FramePipeline.create({
        backend: message.backend,
        baseUrl: message.baseUrl,
        onProgress: (progress) => post({ type: 'progress', progress }),
      });
      // A lost context makes every later frame fail: say so once, clearly, instead of a stream of frame errors.
      webglContext()?.canvas.addEventListener('webglcontextlost', (e) => {
        e.preventDefault();
        pipeline = undefined;
        post({ type: 'error', part: 'context-lost', message: 'WebGL context lost' });
      });
      // The worker fetches the models and wasm itself, out of the page's sight: report what it fetched.
      post({ type: 'ready', backend: pipeline.backend, network: networkUsage(performance.getEntriesByType('resource') as PerformanceResourceTiming[], scope.location.origin) });
    } catch (e) {
      post(describe(e, 'backend'));
    }
    return;
  }
  if (message.type === 'memory') {
    const { numTensors, numBytes } = tf.memory();
    post({ type: 'memory', id: message.id, memory: { numTensors, numBytes } });
    return;
  }
  if (message.type === 'lose-webgl-context') {
    webglContext()?.getExtension('WEBGL_lose_context')?.loseContext();
    return;
  }
  const { id, bitmap } = message;
  try {
    if (!pipeline) throw new PipelineError('frame', 'The pipeline is not ready.');
    if (message.type === 'classify') {
      post({ type: 'classified', id, ...(await pipeline.classifyFaces(bitmap, message.faces)) });
    } else {
      post({ type: 'result', id, result: await pipeline.process(bitmap, message.timestamp) });
    }
  } catch (e) {
    post({ ...describe(e, 'frame'), id });
  } finally {
    bitmap.close();
  }
};
