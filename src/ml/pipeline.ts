import * as tf from '@tensorflow/tfjs-core';
import type { DetectedFace, FrameResult } from '../logic/frame';
import { initBackend } from './backend';
import { PipelineError, wallClock, type BackendInfo, type BackendName, type FrameImage, type LoadProgress, type LoadStage, type StartupMark } from './pipeline-types';
import { createDetector, DETECTOR_MODEL, type ModelResolver } from './create-detector';
import type { FaceDetector } from './detector';
import { DEFAULT_DETECTOR, DETECTOR_NAMES, type DetectorName } from './pipeline-types';
import { MaskClassifier, keepClassifiedFaces, type MaskPrediction } from './mask-classifier';
import { MODEL_FILES, WASM_DIR, siteUrl } from './model-paths';
import { errorMessage } from '../logic/error-message';
import { FramePixels } from './frame-pixels';
import { SceneChange } from '../logic/scene-cut';

export interface PipelineOptions {
  /** Backend to try first; the others follow as fallbacks. */
  backend?: BackendName;
  /** URL the site's files are resolved against (models/, wasm/). */
  baseUrl: string;
  onProgress?: (progress: LoadProgress) => void;
}

/** What FramePipeline.create warms the models up on: a camera's usual frame, and one face in its middle. */
const WARM_UP_FRAME: { width: number; height: number; face: DetectedFace } = {
  width: 640,
  height: 480,
  face: {
    box: { x: 280, y: 200, w: 80, h: 80 },
    score: 1,
    keypoints: [[300, 225], [340, 225], [320, 245], [305, 262], [335, 262]],
  },
};

/**
 * A model's files, their download started now; `load()` gives them when they are in (or the download's error).
 */
function fetchNow(url: string, onProgress: (fraction: number) => void): tf.io.IOHandler {
  const handler = tf.io.http(url, { onProgress });
  const artifacts = handler.load ? handler.load() : Promise.reject(new Error('the model handler cannot load'));
  // Not yet awaited: a failure is reported by load(), when the model is built.
  artifacts.catch(() => undefined);
  return { load: () => artifacts };
}

/** A frame from the page (read by FramePixels), or a tensor the caller owns (tests, Node scripts). */
export type FrameSource = FrameImage | tf.Tensor3D;

/** One frame as each detector (with the same classifier) sees it. */
export type ComparedFrame = Record<DetectorName, FrameResult>;

/**
 * The whole per-frame computation — pixels in, geometry and labels out — shared by the page's worker, the
 * test bed and the Node-driven scripts, so every number Headcount reports comes from one code path.
 */
export class FramePipeline {
  private readonly pixels = new FramePixels();
  /** The previous frame's gray thumbnail, for `sceneChange` (a video cut): the only thing kept from one frame to the next. */
  private readonly sceneChange = new SceneChange();
  /** The frame being processed: the next waits for it (FramePixels reuses its buffers). */
  private current: Promise<unknown> = Promise.resolve();
  /** Detectors loaded on demand (the comparison's), by name; the default one is `detector`. */
  private readonly others = new Map<DetectorName, Promise<FaceDetector>>();
  /** When create() reached each of its steps (backend, models, warm-up). */
  readonly startup: StartupMark[] = [];

  private constructor(
    readonly backend: BackendInfo,
    private readonly detector: FaceDetector,
    private readonly classifier: MaskClassifier,
    private readonly resolveModel: ModelResolver,
  ) {}

  static async create(options: PipelineOptions): Promise<FramePipeline> {
    const report = options.onProgress ?? (() => undefined);
    // The models download while the backend starts (their weights need the backend, their download does not);
    // their progress is told once the backend is ready, so the page's loading steps stay in order.
    let backendStarted = false;
    const latest = new Map<LoadStage, number>();
    const progress = (p: LoadProgress) => {
      latest.set(p.stage, p.fraction);
      if (backendStarted || p.stage === 'backend') report(p);
    };
    const detectorFiles = fetchNow(siteUrl(DETECTOR_MODEL[DEFAULT_DETECTOR], options.baseUrl), (fraction) => progress({ stage: 'detector', fraction }));
    const classifierFiles = fetchNow(siteUrl(MODEL_FILES.maskClassifier, options.baseUrl), (fraction) => progress({ stage: 'classifier', fraction }));
    progress({ stage: 'backend', fraction: 0 });
    let backend: BackendInfo;
    try {
      backend = await initBackend(options.backend, siteUrl(WASM_DIR, options.baseUrl));
    } catch (e) {
      throw new PipelineError('backend', errorMessage(e));
    }
    progress({ stage: 'backend', fraction: 1 });
    backendStarted = true;
    for (const stage of ['detector', 'classifier'] as const) {
      const fraction = latest.get(stage);
      if (fraction !== undefined) report({ stage, fraction });
    }
    const backendReady = wallClock();
    const [detector, classifier] = await Promise.allSettled([
      createDetector(() => detectorFiles),
      MaskClassifier.load(classifierFiles),
    ]);
    if (detector.status === 'rejected') {
      if (classifier.status === 'fulfilled') classifier.value.dispose();
      throw new PipelineError('model', `${DETECTOR_MODEL[DEFAULT_DETECTOR]}: ${errorMessage(detector.reason)}`);
    }
    if (classifier.status === 'rejected') {
      detector.value.dispose();
      throw new PipelineError('model', `${MODEL_FILES.maskClassifier}: ${errorMessage(classifier.reason)}`);
    }
    progress({ stage: 'detector', fraction: 1 });
    const pipeline = new FramePipeline(backend, detector.value, classifier.value, (path) => tf.io.http(siteUrl(path, options.baseUrl)));
    pipeline.startup.push({ step: 'backend', at: backendReady }, { step: 'models', at: wallClock() });
    try {
      await pipeline.warmUp();
      pipeline.startup.push({ step: 'warm-up', at: wallClock() });
    } catch (e) {
      pipeline.dispose();
      throw new PipelineError('backend', errorMessage(e));
    }
    progress({ stage: 'classifier', fraction: 1 });
    return pipeline;
  }

  /**
   * Runs the detector and the classifier once on a blank camera-sized frame. The first run on a backend costs
   * ~1 s here (memory the backend grows into, kernels set up): paid while the camera starts, not on its first frame.
   */
  private async warmUp(): Promise<void> {
    const blank = tf.zeros([WARM_UP_FRAME.height, WARM_UP_FRAME.width, 3]) as tf.Tensor3D;
    try {
      await this.detector.detect(blank);
      await this.classifier.classify(blank, [WARM_UP_FRAME.face]);
    } finally {
      blank.dispose();
    }
  }

  /**
   * A detector by name: the default one, or another loaded (and warmed up) on first use and kept. Loading
   * fails as a 'model' error naming the file; a later call tries again.
   */
  loadDetector(name: DetectorName): Promise<FaceDetector> {
    if (name === DEFAULT_DETECTOR) return Promise.resolve(this.detector);
    let loading = this.others.get(name);
    if (!loading) {
      loading = (async () => {
        let detector: FaceDetector;
        try {
          detector = await createDetector(this.resolveModel, name);
        } catch (e) {
          throw new PipelineError('model', `${DETECTOR_MODEL[name]}: ${errorMessage(e)}`);
        }
        const blank = tf.zeros([WARM_UP_FRAME.height, WARM_UP_FRAME.width, 3]) as tf.Tensor3D;
        try {
          await detector.detect(blank);
        } finally {
          blank.dispose();
        }
        return detector;
      })();
      this.others.set(name, loading);
      loading.catch(() => this.others.delete(name));
    }
    return loading;
  }

  /**
   * Runs detection, then the mask classifier on all faces at once, on one frame. Detections the classifier
   * calls "not a face" are dropped here, before tracking and counting see them. `timestamp` is the frame's
   * capture time (ms) in a stream, passed through (0 in the result for a still image, which has none).
   * `detector`: which one finds the faces (loaded on first use if it is not the default).
   */
  async process(source: FrameSource, timestamp?: number, detector: DetectorName = DEFAULT_DETECTOR): Promise<FrameResult> {
    const chosen = await this.loadDetector(detector);
    return this.withImage(source, timestamp, (image, preprocessMs, sceneChange) => this.run(chosen, image, preprocessMs, timestamp, sceneChange));
  }

  /**
   * Every detector on the same frame, each followed by the same classifier: the comparison in How it works and
   * the test bed. The default detector's result is exactly what `process` gives (counting goes on from it).
   */
  async compare(source: FrameSource, timestamp?: number): Promise<ComparedFrame> {
    const detectors = await Promise.all(DETECTOR_NAMES.map((name) => this.loadDetector(name)));
    return this.withImage(source, timestamp, async (image, preprocessMs, sceneChange) => {
      const results: Partial<ComparedFrame> = {};
      for (const [i, name] of DETECTOR_NAMES.entries()) results[name] = await this.run(detectors[i], image, preprocessMs, timestamp, sceneChange);
      return results as ComparedFrame;
    });
  }

  private async run(detector: FaceDetector, image: tf.Tensor3D, preprocessMs: number, timestamp?: number, sceneChange?: number): Promise<FrameResult> {
    const t1 = performance.now();
    const detected = await detector.detect(image, timestamp);
    const t2 = performance.now();
    const masks = await this.classifier.classify(image, detected);
    const faces = keepClassifiedFaces(detected, masks);
    const t3 = performance.now();
    const [height, width] = image.shape;
    const result: FrameResult = {
      timestamp: timestamp ?? 0,
      width,
      height,
      faces,
      timings: { preprocessMs, detectMs: t2 - t1, classifyMs: t3 - t2 },
    };
    if (sceneChange !== undefined) result.sceneChange = sceneChange;
    return result;
  }

  /**
   * The mask classifier alone, on faces given instead of detected (eval:masks), with the same crops, batch and
   * model as `process`. `classifyMs` counts the classifier only, like `timings.classifyMs`.
   */
  classifyFaces(source: FrameSource, faces: DetectedFace[]): Promise<{ predictions: MaskPrediction[]; classifyMs: number }> {
    return this.withImage(source, undefined, async (image) => {
      const t0 = performance.now();
      const predictions = await this.classifier.classify(image, faces);
      return { predictions, classifyMs: performance.now() - t0 };
    });
  }

  /**
   * Runs `use` on the frame as an RGB tensor (and the ms it took to read), one frame at a time. A tensor passed
   * in stays the caller's; one read here is disposed afterwards. Pixels that cannot be read are a frame error.
   * A frame of a stream (with a `timestamp`) read here also gives its scene change (a tensor passed in has none:
   * the Node scripts that pass tensors count nothing).
   */
  private withImage<T>(source: FrameSource, timestamp: number | undefined, use: (image: tf.Tensor3D, preprocessMs: number, sceneChange?: number) => Promise<T>): Promise<T> {
    const run = async (): Promise<T> => {
      const t0 = performance.now();
      if (source instanceof tf.Tensor) return use(source, 0);
      let image: tf.Tensor3D;
      let sceneChange: number | undefined;
      try {
        const pixels = await this.pixels.rgba(source);
        if (timestamp !== undefined) sceneChange = this.sceneChange.next(pixels, timestamp);
        image = this.pixels.tensorOf(pixels);
      } catch (e) {
        throw new PipelineError('frame', errorMessage(e));
      }
      try {
        return await use(image, performance.now() - t0, sceneChange);
      } finally {
        image.dispose();
      }
    };
    const result = this.current.then(run, run);
    this.current = result.catch(() => undefined);
    return result;
  }

  dispose(): void {
    this.detector.dispose();
    for (const loading of this.others.values()) void loading.then((d) => d.dispose(), () => undefined);
    this.others.clear();
    this.classifier.dispose();
  }
}
