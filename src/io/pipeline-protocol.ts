import type { NetworkUsage } from '../logic/network-usage';
import type { DetectedFace, FrameResult } from '../logic/frame';
import type { MaskPrediction } from '../ml/mask-classifier';
import type { BackendInfo, BackendName, LoadProgress, PipelineError } from '../ml/pipeline-types';

/** Messages from the page to the pipeline worker. */
export type ToWorker =
  | { type: 'init'; backend?: BackendName; baseUrl: string }
  /** `timestamp`: the frame's capture time in a stream (ms); none for a still image. */
  | { type: 'frame'; id: number; bitmap: ImageBitmap; timestamp?: number }
  /** The mask classifier alone on given faces (eval:masks): the detector is skipped. */
  | { type: 'classify'; id: number; bitmap: ImageBitmap; faces: DetectedFace[] }
  /** tfjs's memory in the worker (npm run soak checks that tensors do not pile up). */
  | { type: 'memory'; id: number }
  /** Fault injection for the tests: makes the WebGL backend lose its context, as a driver reset would. */
  | { type: 'lose-webgl-context' };

/** tf.memory() in the worker: live tensors and the bytes they hold. */
export interface WorkerMemory {
  numTensors: number;
  numBytes: number;
}

/** Messages from the pipeline worker to the page. */
export type FromWorker =
  | { type: 'progress'; progress: LoadProgress }
  | { type: 'ready'; backend: BackendInfo; network: NetworkUsage }
  | { type: 'result'; id: number; result: FrameResult }
  | { type: 'classified'; id: number; predictions: MaskPrediction[]; classifyMs: number }
  | { type: 'memory'; id: number; memory: WorkerMemory }
  | { type: 'error'; id?: number; part: PipelineError['part']; message: string };
