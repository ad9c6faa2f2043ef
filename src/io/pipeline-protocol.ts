import type { FrameResult } from '../logic/frame';
import type { DetectorMode } from '../ml/detector';
import type { BackendInfo, BackendName, LoadProgress, PipelineError } from '../ml/pipeline-types';

/** Messages from the page to the pipeline worker. */
export type ToWorker =
  | { type: 'init'; mode: DetectorMode; backend?: BackendName; baseUrl: string }
  | { type: 'frame'; id: number; bitmap: ImageBitmap; timestamp: number };

/** Messages from the pipeline worker to the page. */
export type FromWorker =
  | { type: 'progress'; progress: LoadProgress }
  | { type: 'ready'; backend: BackendInfo }
  | { type: 'result'; id: number; result: FrameResult }
  | { type: 'error'; id?: number; part: PipelineError['part']; message: string };
