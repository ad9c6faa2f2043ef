import { errorMessage } from '../logic/error-message';

/**
 * What the page's main thread needs to know about the pipeline, kept free of tfjs so the page bundle stays
 * small: tfjs lives in the worker only.
 */
export const BACKENDS = ['wasm', 'webgl', 'cpu'] as const;
export type BackendName = (typeof BACKENDS)[number];

export function isBackendName(value: unknown): value is BackendName {
  return typeof value === 'string' && (BACKENDS as readonly string[]).includes(value);
}

/**
 * The detectors the page can run. YuNet finds and counts; BlazeFace is only the comparison (How it works, the
 * test bed, `analyze --detector`), loaded when first asked for.
 */
export const DETECTOR_NAMES = ['yunet', 'blazeface'] as const;
export type DetectorName = (typeof DETECTOR_NAMES)[number];
/** The detector that counts. */
export const DEFAULT_DETECTOR: DetectorName = 'yunet';
/** The one the comparison runs beside it. */
export const COMPARISON_DETECTOR: DetectorName = 'blazeface';

export function isDetectorName(value: unknown): value is DetectorName {
  return typeof value === 'string' && (DETECTOR_NAMES as readonly string[]).includes(value);
}

/** What actually runs, for the page to show. */
export interface BackendInfo {
  name: BackendName;
  /** WASM only: whether the SIMD build is in use, and how many threads. */
  simd: boolean;
  threads: number;
  /** Backends that were tried first and failed, with why, so the page can say so. */
  fallbacks: { name: BackendName; reason: string }[];
}

/**
 * When the worker reached each step of its start (README "Performance", cold start): its script evaluated, the
 * backend ready (WebAssembly fetched and compiled), the models loaded, the first run done. `at` is wall-clock
 * (performance.timeOrigin + performance.now(), ms), so the page can place it on its own timeline.
 */
export const STARTUP_STEPS = ['worker-script', 'backend', 'models', 'warm-up'] as const;
export type StartupStep = (typeof STARTUP_STEPS)[number];
export interface StartupMark {
  step: StartupStep;
  at: number;
}

/** Now, as a StartupMark's `at`. */
export const wallClock = (): number => performance.timeOrigin + performance.now();

/** The page's own steps of a cold start: pipeline asked to load (Start), camera playing, first frame counted. */
export type PageStartupStep = 'load' | 'camera' | 'first-frame';
/** The cold start's performance marks in the page (`npm run bench` reads them): this prefix and the step. */
export const STARTUP_MARK_PREFIX = 'headcount:';

/** A performance mark on the page's timeline for a step of the cold start, now or at a wall-clock time. */
export function markStartup(step: StartupStep | PageStartupStep, at = wallClock()): void {
  performance.mark(`${STARTUP_MARK_PREFIX}${step}`, { startTime: at - performance.timeOrigin });
}

export type LoadStage = 'backend' | 'detector' | 'classifier';
export interface LoadProgress {
  stage: LoadStage;
  /** Fraction of this stage's bytes loaded, in [0, 1]. */
  fraction: number;
}

/** Something the pipeline could not do, with which part failed, so the page can say what to do about it. */
export class PipelineError extends Error {
  constructor(
    /** `context-lost`: the WebGL context went away mid-run (driver reset, GPU reclaimed). */
    readonly part: 'backend' | 'model' | 'frame' | 'context-lost',
    message: string,
  ) {
    super(message);
    this.name = 'PipelineError';
  }
}

/** `e` as a PipelineError: itself if it is one, else its message blamed on `part`. */
export function toPipelineError(e: unknown, part: PipelineError['part']): PipelineError {
  return e instanceof PipelineError ? e : new PipelineError(part, errorMessage(e));
}

/**
 * What a frame reaches the pipeline as: a VideoFrame from the camera or a video file (no copy on the way: its
 * pixels are read once, in the worker), or an ImageBitmap from an image file or where VideoFrame does not exist.
 */
export type FrameImage = ImageBitmap | VideoFrame;

export function isFrameImage(value: unknown): value is FrameImage {
  return (typeof ImageBitmap !== 'undefined' && value instanceof ImageBitmap) || (typeof VideoFrame !== 'undefined' && value instanceof VideoFrame);
}
