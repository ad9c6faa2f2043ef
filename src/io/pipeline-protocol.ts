import type { NetworkUsage } from '../logic/network-usage';
import type { DetectedFace, FrameResult } from '../logic/frame';
import type { FrameImage } from '../ml/pipeline-types';
import type { DetectorName } from '../ml/pipeline-types';
import type { ComparedFrame } from '../ml/pipeline';
import type { MaskPrediction } from '../ml/mask-classifier';
import type { BackendInfo, BackendName, LoadProgress, PipelineError, StartupMark } from '../ml/pipeline-types';
import type { ReplyMessage, RequestMessage } from './request-channel';

/** tf.memory() in the worker: live tensors and the bytes they hold. */
export interface WorkerMemory {
  numTensors: number;
  numBytes: number;
}

/**
 * Every request the page makes of the pipeline worker. Adding one is two edits: an entry here and its handler in
 * pipeline.worker.ts; callers then use `PipelineClient.request(name, params)`. A frame (VideoFrame or ImageBitmap)
 * among the params is transferred, not copied, and closed by the worker once answered.
 */
export type PipelineRequests = {
  /**
   * Loads the backend and models; answers with what runs, what the worker fetched (models, wasm) and when it
   * reached each step of its start.
   */
  init: { params: { backend?: BackendName; baseUrl: string }; result: { backend: BackendInfo; network: NetworkUsage; startup: StartupMark[] } };
  /**
   * Detection then mask classification on one frame; `timestamp`: its capture time in a stream (ms), none for a
   * still image; `detector`: YuNet unless told (another is loaded on first use).
   */
  frame: { params: { image: FrameImage; timestamp?: number; detector?: DetectorName }; result: FrameResult };
  /**
   * Loads a detector beside the default one (the comparison's), if not yet loaded; answers with everything the
   * worker has fetched so far (the page's network panel shows the comparison's files once it is opened).
   */
  loadDetector: { params: { detector: DetectorName }; result: { network: NetworkUsage } };
  /** Every detector on the same frame, each followed by the classifier (How it works, the test bed). */
  compare: { params: { image: FrameImage; timestamp?: number }; result: ComparedFrame };
  /** The mask classifier alone on given faces (eval:masks): the detector is skipped. */
  classify: { params: { image: FrameImage; faces: DetectedFace[] }; result: { predictions: MaskPrediction[]; classifyMs: number } };
  /** tfjs's memory in the worker (npm run soak checks that tensors do not pile up). */
  memory: { params: Record<string, never>; result: WorkerMemory };
  /** Fault injection for the tests: makes the WebGL backend lose its context, as a driver reset would. */
  loseWebglContext: { params: Record<string, never>; result: undefined };
};

/** Messages from the page to the pipeline worker. */
export type ToWorker = RequestMessage<PipelineRequests>;

/** Messages from the pipeline worker to the page: replies, and what it reports outside any request. */
export type FromWorker =
  | ReplyMessage
  | { type: 'progress'; progress: LoadProgress }
  /** A failure outside any request (the WebGL context lost mid-run). */
  | { type: 'error'; part: PipelineError['part']; message: string };
