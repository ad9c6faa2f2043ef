import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FrameResult } from '../logic/frame';
import { COMPARISON_DETECTOR, DEFAULT_DETECTOR, markStartup, toPipelineError, type DetectorName, type BackendInfo, type LoadProgress, type PipelineError } from '../ml/pipeline-types';
import type { ComparedFrame } from '../ml/pipeline';
import { errorMessage } from '../logic/error-message';
import { FrameRate } from '../logic/frame-rate';
import type { FileReport } from '../logic/report';
import { NO_NETWORK_USAGE, type NetworkUsage } from '../logic/network-usage';
import { FileAnalyzer } from '../io/file-analysis';
import { captureFrame } from '../io/frame-capture';
import { PipelineClient } from '../io/pipeline-client';
import type { WorkerMemory } from '../io/pipeline-protocol';
import type { PipelineSettings } from '../io/page-settings';

/** Window over which the processed frame rate is measured. */
const FPS_WINDOW_MS = 3000;

export type PipelineState = 'idle' | 'loading' | 'ready' | 'error';

/** The live detector comparison (How it works): off, its detector loading, running on every frame, or failed to load. */
export type ComparisonState = 'off' | 'loading' | 'on' | 'error';



/**
 * Loads the models in the worker and sends it video frames, one at a time: a frame that arrives while the
 * previous one is still being processed is dropped, never queued.
 */
export class PipelineController implements ReactiveController {
  state: PipelineState = 'idle';
  progress: LoadProgress = { stage: 'backend', fraction: 0 };
  backend?: BackendInfo;
  error?: PipelineError;
  processedFrames = 0;
  /** Frames processed per second over the last few seconds, or undefined before there are enough. */
  fps?: number;
  private readonly frameRate = new FrameRate(FPS_WINDOW_MS);
  private client?: PipelineClient;
  private inFlight = false;
  /** A file analysis owns the pipeline: camera frames are dropped meanwhile. */
  private analysing = false;
  private loading?: Promise<void>;
  comparison: ComparisonState = 'off';
  /** Why the comparison's detector could not be loaded (comparison 'error'). */
  comparisonError = '';

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly settings: PipelineSettings,
    private readonly onResult: (result: FrameResult) => void,
    /** Every frame of a comparison, as each detector saw it (onResult gets the counting detector's part as usual). */
    private readonly onCompared: (frame: ComparedFrame) => void = () => undefined,
  ) {
    host.addController(this);
  }

  /**
   * Opens the live comparison: loads the pipeline if needed, then the comparison detector in the worker (its
   * files are fetched now, never before), then sends every frame to both detectors. A detector that cannot be
   * loaded leaves counting as it was and says why.
   */
  async openComparison(): Promise<void> {
    if (this.comparison === 'on' || this.comparison === 'loading') return;
    this.comparison = 'loading';
    this.comparisonError = '';
    this.host.requestUpdate();
    await this.load();
    const client = this.client;
    try {
      if (!client || this.state !== 'ready') throw new Error(this.error?.message ?? 'the pipeline could not start');
      const { network } = await client.request('loadDetector', { detector: COMPARISON_DETECTOR });
      // What the worker fetched now includes the comparison's files: the page's network meter shows them.
      client.network = network;
      // Closed while it loaded: stay closed (the detector stays loaded in the worker for the next time).
      if (this.comparison === 'loading') this.comparison = 'on';
    } catch (e) {
      if (this.comparison === 'loading') {
        this.comparison = 'error';
        this.comparisonError = errorMessage(e);
      }
    }
    this.host.requestUpdate();
  }

  closeComparison(): void {
    if (this.comparison === 'off') return;
    this.comparison = 'off';
    this.host.requestUpdate();
  }

  /** The worker goes with the page's element; put back in the page, the element loads a new one on Start. */
  hostDisconnected(): void {
    this.client?.terminate();
    this.client = undefined;
    this.state = 'idle';
    this.loading = undefined;
    this.inFlight = false;
    // The comparison's detector went with the worker: put back in the page, How it works offers to open it again.
    this.comparison = 'off';
  }

  /** Starts loading (once); resolves when ready or failed. */
  load(): Promise<void> {
    this.loading ??= this.doLoad();
    return this.loading;
  }

  /** Offers the current video frame to the pipeline; dropped if the previous frame is still in flight. */
  submit(source: HTMLVideoElement, timestamp: number): void {
    if (this.state !== 'ready' || !this.client || this.inFlight || this.analysing) return;
    const client = this.client;
    this.inFlight = true;
    const comparing = this.comparison === 'on';
    captureFrame(source)
      .then(async (image) => {
        if (!comparing) return client.request('frame', { image, timestamp });
        const compared = await client.request('compare', { image, timestamp });
        this.onCompared(compared);
        return compared[DEFAULT_DETECTOR];
      })
      .then((result) => {
        this.processedFrames++;
        if (this.processedFrames === 1) markStartup('first-frame');
        this.frameRate.add(performance.now());
        this.fps = this.frameRate.rate() ?? undefined;
        this.onResult(result);
      })
      .catch((e: unknown) => this.fail(e))
      .finally(() => {
        this.inFlight = false;
      });
  }

  /** tfjs's memory in the worker, or undefined before the pipeline is loaded (npm run soak reads it). */
  memory(): Promise<WorkerMemory | undefined> {
    return this.client ? this.client.request('memory', {}) : Promise.resolve(undefined);
  }

  /**
   * The test bed: runs files through the same worker pipeline, one after another, reporting each as it is done;
   * with more than one detector, each file goes through each in turn (a report per detector, side by side).
   * Reports carry an error for unreadable files (or a detector that cannot load); nothing throws.
   */
  async analyzeFiles(
    files: readonly File[],
    detectors: readonly DetectorName[],
    onStart: (file: string) => void,
    onReport: (report: FileReport) => void,
  ): Promise<void> {
    await this.load();
    if (!this.client || this.state !== 'ready') {
      for (const f of files) onReport({ file: f.name, error: this.error?.message ?? 'the pipeline could not start' });
      return;
    }
    const client = this.client;
    const analyzers = detectors.map((detector) => new FileAnalyzer(client, detector));
    this.analysing = true;
    try {
      // Let a camera frame already in flight finish first: one request at a time.
      while (this.inFlight) await new Promise((r) => setTimeout(r, 10));
      for (const file of files) {
        onStart(file.name);
        for (const analyzer of analyzers) onReport(await analyzer.analyzeFile(file.name, file));
      }
    } finally {
      this.analysing = false;
    }
  }

  /** What the worker fetched while loading. */
  get workerNetwork(): NetworkUsage {
    return this.client?.network ?? NO_NETWORK_USAGE;
  }

  private async doLoad(): Promise<void> {
    markStartup('load');
    this.state = 'loading';
    this.host.requestUpdate();
    this.client = new PipelineClient(
      (progress) => {
        this.progress = progress;
        this.host.requestUpdate();
      },
      (error) => this.fail(error),
    );
    try {
      this.backend = await this.client.init(this.settings);
      for (const { step, at } of this.client.startup) markStartup(step, at);
      this.state = 'ready';
    } catch (e) {
      this.fail(e);
    }
    this.host.requestUpdate();
  }

  /** Fault injection for the tests: the WebGL backend loses its context. */
  loseWebglContext(): void {
    void this.client?.request('loseWebglContext', {});
  }

  private fail(e: unknown): void {
    // The first failure is the one to explain; frames already in flight fail after it for the same reason.
    if (this.state === 'error') return;
    this.error = toPipelineError(e, 'frame');
    this.state = 'error';
    this.host.requestUpdate();
  }
}
