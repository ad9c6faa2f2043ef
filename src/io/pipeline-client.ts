import type { DetectedFace, FrameResult } from '../logic/frame';
import type { MaskPrediction } from '../ml/mask-classifier';
import { PipelineError, type BackendInfo, type BackendName, type LoadProgress } from '../ml/pipeline-types';
import { NO_NETWORK_USAGE, type NetworkUsage } from '../logic/network-usage';
import type { FromWorker, ToWorker, WorkerMemory } from './pipeline-protocol';

/**
 * The page's side of the worker bridge: one frame in flight at a time. A caller that finds it `busy` drops
 * its frame instead of queueing it, so latency never grows behind a slow backend.
 */
export class PipelineClient {
  private readonly worker: Worker;
  /** What the worker fetched while loading (models, wasm). */
  network: NetworkUsage = NO_NETWORK_USAGE;
  private nextId = 1;
  private pending = new Map<number, { resolve: (r: FrameResult) => void; reject: (e: Error) => void }>();
  private pendingClassify = new Map<number, {
    resolve: (r: { predictions: MaskPrediction[]; classifyMs: number }) => void;
    reject: (e: Error) => void;
  }>();
  private pendingMemory = new Map<number, (m: WorkerMemory) => void>();
  private readyWaiter?: { resolve: (b: BackendInfo) => void; reject: (e: Error) => void };

  constructor(
    private readonly onProgress: (progress: LoadProgress) => void = () => undefined,
    /** A failure the worker reports outside any request (the WebGL context lost mid-run). */
    private readonly onFailure: (error: PipelineError) => void = () => undefined,
  ) {
    this.worker = new Worker(new URL('./pipeline.worker.ts', import.meta.url), { type: 'module' });
    this.worker.onmessage = (event: MessageEvent<FromWorker>) => this.receive(event.data);
    this.worker.onerror = (event) => this.failAll(new PipelineError('backend', event.message || 'The worker failed.'));
  }

  /** Fault injection for the tests (see ToWorker 'lose-webgl-context'). */
  loseWebglContext(): void {
    this.post({ type: 'lose-webgl-context' });
  }

  get busy(): boolean {
    return this.pending.size > 0;
  }

  init(backend: BackendName | undefined, baseUrl: string): Promise<BackendInfo> {
    return new Promise((resolve, reject) => {
      this.readyWaiter = { resolve, reject };
      this.post({ type: 'init', backend, baseUrl });
    });
  }

  /**
   * Sends a frame (the bitmap is transferred, not copied) and resolves with its result. `timestamp`: its capture
   * time if it belongs to a stream (camera, video), none for a still image.
   */
  process(bitmap: ImageBitmap, timestamp?: number): Promise<FrameResult> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.post({ type: 'frame', id, bitmap, timestamp }, [bitmap]);
    });
  }

  /** Runs only the mask classifier on `faces` of the bitmap (transferred), as `process` does after detection. */
  classify(bitmap: ImageBitmap, faces: DetectedFace[]): Promise<{ predictions: MaskPrediction[]; classifyMs: number }> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pendingClassify.set(id, { resolve, reject });
      this.post({ type: 'classify', id, bitmap, faces }, [bitmap]);
    });
  }

  /** tfjs's live tensors in the worker; answered between frames, never blocks one. */
  memory(): Promise<WorkerMemory> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pendingMemory.set(id, resolve);
      this.post({ type: 'memory', id });
    });
  }

  terminate(): void {
    this.worker.terminate();
    this.failAll(new PipelineError('frame', 'The pipeline was stopped.'));
  }

  private post(message: ToWorker, transfer: Transferable[] = []): void {
    this.worker.postMessage(message, transfer);
  }

  private receive(message: FromWorker): void {
    switch (message.type) {
      case 'progress':
        this.onProgress(message.progress);
        return;
      case 'ready':
        this.network = message.network;
        this.readyWaiter?.resolve(message.backend);
        this.readyWaiter = undefined;
        return;
      case 'result':
        this.pending.get(message.id)?.resolve(message.result);
        this.pending.delete(message.id);
        return;
      case 'classified':
        this.pendingClassify.get(message.id)?.resolve({ predictions: message.predictions, classifyMs: message.classifyMs });
        this.pendingClassify.delete(message.id);
        return;
      case 'memory':
        this.pendingMemory.get(message.id)?.(message.memory);
        this.pendingMemory.delete(message.id);
        return;
      case 'error': {
        const error = new PipelineError(message.part, message.message);
        if (message.id === undefined) {
          if (this.readyWaiter) this.readyWaiter.reject(error);
          else this.onFailure(error);
          this.readyWaiter = undefined;
        } else {
          this.pending.get(message.id)?.reject(error);
          this.pending.delete(message.id);
          this.pendingClassify.get(message.id)?.reject(error);
          this.pendingClassify.delete(message.id);
        }
      }
    }
  }

  private failAll(error: Error): void {
    this.readyWaiter?.reject(error);
    this.readyWaiter = undefined;
    for (const p of [...this.pending.values(), ...this.pendingClassify.values()]) p.reject(error);
    this.pending.clear();
    this.pendingClassify.clear();
  }
}
