/// <reference lib="webworker" />
import * as tf from '@tensorflow/tfjs-core';
import type { MathBackendWebGL } from '@tensorflow/tfjs-backend-webgl';
import { networkUsage, type NetworkUsage } from '../logic/network-usage';
import { isFrameImage } from '../ml/pipeline-types';
import { FramePipeline } from '../ml/pipeline';
import { PipelineError, toPipelineError, wallClock, type StartupMark } from '../ml/pipeline-types';
import type { FromWorker, PipelineRequests, ToWorker } from '../io/pipeline-protocol';
import { answer, type RequestHandlers } from '../io/request-channel';

// Inference lives here so that a slow frame never freezes the page.
const scope = self as unknown as DedicatedWorkerGlobalScope;
/** This script (tfjs included) fetched, parsed and running: the first step of the cold start. */
const scriptEvaluated: StartupMark = { step: 'worker-script', at: wallClock() };
let pipeline: FramePipeline | undefined;

function post(message: FromWorker): void {
  scope.postMessage(message);
}

/** The WebGL backend's context, when WebGL is the backend in use. */
function webglContext(): WebGLRenderingContext | undefined {
  return tf.getBackend() === 'webgl' ? (tf.backend() as MathBackendWebGL).gpgpu.gl : undefined;
}

/** Its canvas: an OffscreenCanvas in a worker (the worker's lib types do not say so). */
function webglCanvas(): OffscreenCanvas | undefined {
  const gl = webglContext();
  return gl && (gl as unknown as { canvas: OffscreenCanvas }).canvas;
}

/** The worker fetches the models and wasm itself, out of the page's sight: what it has fetched so far. */
function fetched(): NetworkUsage {
  return networkUsage(performance.getEntriesByType('resource') as PerformanceResourceTiming[], scope.location.origin);
}

function ready(): FramePipeline {
  if (!pipeline) throw new PipelineError('frame', 'The pipeline is not ready.');
  return pipeline;
}

const handlers: RequestHandlers<PipelineRequests> = {
  async init({ backend, baseUrl }) {
    try {
      pipeline?.dispose();
      pipeline = await FramePipeline.create({ backend, baseUrl, onProgress: (progress) => post({ type: 'progress', progress }) });
    } catch (e) {
      throw toPipelineError(e, 'backend');
    }
    // A lost context makes every later frame fail: say so once, clearly, instead of a stream of frame errors.
    webglCanvas()?.addEventListener('webglcontextlost', (e) => {
      e.preventDefault();
      pipeline = undefined;
      post({ type: 'error', part: 'context-lost', message: 'WebGL context lost' });
    });
    return { backend: pipeline.backend, network: fetched(), startup: [scriptEvaluated, ...pipeline.startup] };
  },
  frame: ({ image, timestamp, detector }) => ready().process(image, timestamp, detector),
  async loadDetector({ detector }) {
    await ready().loadDetector(detector);
    return { network: fetched() };
  },
  compare: ({ image, timestamp }) => ready().compare(image, timestamp),
  classify: ({ image, faces }) => ready().classifyFaces(image, faces),
  memory() {
    const { numTensors, numBytes } = tf.memory();
    return { numTensors, numBytes };
  },
  loseWebglContext() {
    webglContext()?.getExtension('WEBGL_lose_context')?.loseContext();
    return undefined;
  },
};

scope.onmessage = async (event: MessageEvent<ToWorker>) => {
  const request = event.data;
  try {
    await answer(handlers, request, post);
  } finally {
    // Frames were transferred to the worker: free them once used, whatever happened.
    for (const value of Object.values(request.params)) if (isFrameImage(value)) value.close();
  }
};
