import { PipelineError, type BackendInfo, type LoadProgress, type StartupMark } from '../ml/pipeline-types';
import { NO_NETWORK_USAGE, type NetworkUsage } from '../logic/network-usage';
import type { FromWorker, PipelineRequests } from './pipeline-protocol';
import { RequestChannel } from './request-channel';
import { isFrameImage } from '../ml/pipeline-types';

/**
 * The page's side of the worker bridge: typed requests (see PipelineRequests) over one channel. When the worker
 * fails, every request still waiting rejects; once terminated, every later one does too.
 */
export class PipelineClient {
  private readonly worker: Worker;
  private readonly channel: RequestChannel<PipelineRequests>;
  /** What the worker fetched while loading (models, wasm). */
  network: NetworkUsage = NO_NETWORK_USAGE;
  /** When the worker reached each step of its start (after init). */
  startup: StartupMark[] = [];

  constructor(
    onProgress: (progress: LoadProgress) => void = () => undefined,
    /** A failure the worker reports outside any request (the WebGL context lost mid-run). */
    onFailure: (error: PipelineError) => void = () => undefined,
  ) {
    this.worker = new Worker(new URL('../worker/pipeline.worker.ts', import.meta.url), { type: 'module' });
    this.channel = new RequestChannel((message, transfer) => this.worker.postMessage(message, transfer));
    this.worker.onmessage = (event: MessageEvent<FromWorker>) => {
      const message = event.data;
      if (message.type === 'progress') onProgress(message.progress);
      else if (message.type === 'error') onFailure(new PipelineError(message.part, message.message));
      else this.channel.receive(message);
    };
    this.worker.onerror = (event) => this.channel.failAll(new PipelineError('backend', event.message || 'The worker failed.'));
  }

  /** Loads the backend and models in the worker; keeps what it fetched in `network`. */
  async init(params: PipelineRequests['init']['params']): Promise<BackendInfo> {
    const { backend, network, startup } = await this.request('init', params);
    this.network = network;
    this.startup = startup;
    return backend;
  }

  /** Sends one request; a frame among its params is transferred (detached here), not copied. */
  request<K extends keyof PipelineRequests>(name: K, params: PipelineRequests[K]['params']): Promise<PipelineRequests[K]['result']> {
    return this.channel.request(name, params, Object.values(params).filter(isFrameImage));
  }

  terminate(): void {
    this.worker.terminate();
    this.channel.close(new PipelineError('frame', 'The pipeline was stopped.'));
  }
}
