import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { addFrame, emptyTally, type DetectorView } from '../logic/detector-comparison';
import type { ClassifiedFace, FrameResult, PageTimings } from '../logic/frame';
import { SHAKE_PARAMS } from '../logic/shake';
import type { ComparedFrame } from '../ml/pipeline';
import type { DetectorName } from '../ml/pipeline-types';
import type { AggregateStore } from '../io/aggregate-store';
import { CameraController } from '../io/camera-controller';
import { CountingController, type SessionSnapshot } from './counting-controller';
import type { PipelineSettings } from '../io/page-settings';
import { PipelineController } from './pipeline-controller';
import { WorkshopRunner } from './workshop-runner';

/** What every view shows of the live session, read once per frame. */
export interface LiveSnapshot extends SessionSnapshot {
  /** Camera on and pipeline ready: figures are being made now. */
  running: boolean;
  /** The latest frame, while running. */
  frame?: { width: number; height: number; faces: readonly ClassifiedFace[] };
  timings?: PageTimings;
  /** Counting paused after "Don't count me". */
  paused: boolean;
  /** The frame rate is too low to read anyone's head shake: the rate to say, else undefined. */
  shakeTooSlowFps?: number;
}

/**
 * The live path, in one direction: camera → pipeline (worker) → counting session → workshop, and one snapshot
 * for the views. The page holds this and renders what it says; the parts stay reachable for what only they know
 * (camera state, model loading, the test bed's file analysis).
 */
export class LiveController implements ReactiveController {
  readonly counting: CountingController;
  readonly workshop: WorkshopRunner;
  readonly pipeline: PipelineController;
  readonly camera: CameraController;
  /** The live detector comparison (How it works): each detector's latest faces and tally since it was opened. */
  compared?: Record<DetectorName, DetectorView>;

  constructor(
    private readonly host: ReactiveControllerHost,
    settings: PipelineSettings,
    store: AggregateStore,
  ) {
    host.addController(this);
    this.counting = new CountingController(host, store);
    this.workshop = new WorkshopRunner(host);
    this.pipeline = new PipelineController(host, settings, (result) => this.onFrame(result), (frame) => this.onCompared(frame));
    this.camera = new CameraController(host, (video, t) => this.pipeline.submit(video, t));
  }

  hostDisconnected(): void {
    // The pipeline closes its comparison with its worker; its tallies go with it.
    this.compared = undefined;
  }

  start(): void {
    void this.pipeline.load();
    void this.camera.start();
  }

  stop(): void {
    this.camera.stop();
    this.counting.finish();
  }

  /** "Don't count me", from the button or the key. */
  optOut(): void {
    this.workshop.onEvents(this.counting.optOutAllInView());
  }

  /** Between two workshop groups: the counts are erased and the workshop starts again from the first step. */
  newGroup(): void {
    this.counting.reset();
    this.workshop.start();
  }

  /** Opens or closes the comparison; each opening starts its tallies from zero. */
  setComparison(open: boolean): void {
    this.compared = undefined;
    if (open) void this.pipeline.openComparison();
    else this.pipeline.closeComparison();
    this.host.requestUpdate();
  }

  get running(): boolean {
    return this.camera.state === 'running' && this.pipeline.state === 'ready';
  }

  snapshot(): LiveSnapshot {
    const running = this.running;
    const latest = running ? this.counting.latest : undefined;
    const fps = this.pipeline.fps;
    // Too slow for anyone's shake to be read: said whether or not a face is tracked (at a frame every few
    // seconds no track forms at all).
    const slow = fps !== undefined && (fps < SHAKE_PARAMS.minFps || this.counting.session.shakeTooSlow());
    return {
      ...this.counting.snapshot,
      tracks: latest ? this.counting.snapshot.tracks : [],
      running,
      frame: latest && { width: latest.width, height: latest.height, faces: latest.faces },
      timings: latest && { ...latest.timings, trackMs: this.counting.trackMs },
      paused: this.counting.paused,
      shakeTooSlowFps: slow && fps ? fps : undefined,
    };
  }

  private onFrame(result: FrameResult): void {
    this.workshop.onEvents(this.counting.onFrame(result));
  }

  private onCompared(frame: ComparedFrame): void {
    const previous = this.compared;
    const view = (name: DetectorName): DetectorView => ({ faces: frame[name].faces, tally: addFrame(previous?.[name].tally ?? emptyTally(), frame[name].faces) });
    // Spelled out so that a new detector name fails to compile here rather than show nothing.
    this.compared = { yunet: view('yunet'), blazeface: view('blazeface') };
    this.host.requestUpdate();
  }
}
