import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FrameResult } from '../logic/frame';
import type { DetectorMode } from '../ml/detector';
import { PipelineError, type BackendInfo, type BackendName, type LoadProgress } from '../ml/pipeline-types';
import { PipelineClient } from './pipeline-client';

export type PipelineState = 'idle' | 'loading' | 'ready' | 'error';

export interface PipelineSettings {
  mode: DetectorMode;
  backend?: BackendName;
  baseUrl: string;
}

/**
 * Loads the models in the worker and sends it video frames, one at a time: a frame that arrives while the
 * previous one is still being processed is dropped (and counted), never queued.
 */
export class PipelineController implements ReactiveController {
  state: PipelineState = 'idle';
  progress: LoadProgress = { stage: 'backend', fraction: 0 };
  backend?: BackendInfo;
  error?: PipelineError;
  processedFrames = 0;
  droppedFrames = 0;
  private client?: PipelineClient;
  private inFlight = false;
  private loading?: Promise<void>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly settings: PipelineSettings,
    private readonly onResult: (result: FrameResult) => void,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.client?.terminate();
    this.client = undefined;
    this.state = 'idle';
  }

  /** Starts loading (once); resolves when ready or failed. */
  load(): Promise<void> {
    this.loading ??= this.doLoad();
    return this.loading;
  }

  /** Offers the current video frame to the pipeline; dropped if the previous frame is still in flight. */
  submit(source: HTMLVideoElement, timestamp: number): void {
    if (this.state !== 'ready' || !this.client || this.inFlight) {
      if (this.state === 'ready') this.droppedFrames++;
      return;
    }
    const client = this.client;
    this.inFlight = true;
    createImageBitmap(source)
      .then((bitmap) => client.process(bitmap, timestamp))
      .then((result) => {
        this.processedFrames++;
        this.onResult(result);
      })
      .catch((e: unknown) => this.fail(e))
      .finally(() => {
        this.inFlight = false;
      });
  }

  private async doLoad(): Promise<void> {
    this.state = 'loading';
    this.host.requestUpdate();
    this.client = new PipelineClient((progress) => {
      this.progress = progress;
      this.host.requestUpdate();
    });
    try {
      this.backend = await this.client.init(this.settings.mode, this.settings.backend, this.settings.baseUrl);
      this.state = 'ready';
    } catch (e) {
      this.fail(e);
    }
    this.host.requestUpdate();
  }

  private fail(e: unknown): void {
    this.error = e instanceof PipelineError ? e : new PipelineError('frame', e instanceof Error ? e.message : String(e));
    this.state = 'error';
    this.host.requestUpdate();
  }
}
