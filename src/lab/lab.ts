import { FileAnalyzer, seekTo, type VideoOptions } from '../io/file-analysis';
import { captureFrame } from '../io/frame-capture';
import { PipelineClient } from '../io/pipeline-client';
import { CountingSession } from '../logic/counting-session';
import type { DetectedFace, StageTimings } from '../logic/frame';
import { FACE_CROP_CONFIG } from '../ml/face-crop';
import { FramePixels } from '../ml/frame-pixels';
import type { MaskPrediction } from '../ml/mask-classifier';
import type { FileReport } from '../logic/report';
import type { BackendInfo, BackendName, FrameImage } from '../ml/pipeline-types';
import type { Baseline, BaselineRun } from './baseline';
import { DEFAULT_DETECTOR, type DetectorName } from '../ml/pipeline-types';

/**
 * The page's pipeline, driven by Node scripts (analyze, eval, bench) through Playwright: the same worker
 * and modules as the live page, with files handed over as bytes. Nothing here touches the network.
 */
export interface HeadcountLab {
  init(backend?: BackendName): Promise<BackendInfo>;
  /**
   * An image or a video, told apart by its bytes; `options` apply to videos. `detector`: YuNet unless told
   * (`npm run analyze -- --detector blazeface`, eval:detect's comparison).
   */
  analyzeFile(file: string, base64: string, options?: VideoOptions, detector?: DetectorName): Promise<FileReport>;
  /**
   * Runs one image through the pipeline `repeats` times, as consecutive frames of a 15 fps camera; per run:
   * round trip, the worker's stage timings and the page's tracking step (CountingSession.update), in ms.
   * `fullSearch`: the detector is told nothing of the previous frame (no timestamp), so it searches the whole
   * frame at full size every time, as it does at least twice a second live (the bench's comparison with onnxruntime).
   */
  timeImage(base64: string, repeats: number, fullSearch?: boolean): Promise<ImageTiming>;
  /** The naive baseline (baseline.ts) on one image, on the lab page's main thread with `backend`. */
  timeBaseline(base64: string, repeats: number, backend: BackendName): Promise<BaselineTiming>;
  /**
   * The mask classifier on face crops (eval:masks): each image is one face crop, drawn into one cell of a
   * mosaic so that all of them go through the worker and FramePipeline in one batch, like the faces of a frame.
   */
  classifyCrops(base64Images: string[]): Promise<{ predictions: MaskPrediction[]; classifyMs: number }>;
  /**
   * How the worker reads frames (FramePixels: VideoFrame.copyTo into a reused buffer) against a plain canvas
   * read of the same frame: an image file's bitmap, and the video file's frame at `seconds`.
   */
  comparePixelReads(imageBase64: string, videoBase64: string, seconds: number): Promise<{ image: PixelReadComparison; video: PixelReadComparison }>;
}

export interface PixelReadComparison {
  width: number;
  height: number;
  /** Largest and mean absolute difference over the R, G and B bytes. */
  maxDifference: number;
  meanDifference: number;
}

/** Side of a mosaic cell: the data sets' crops are at most 128 px. */
const CROP_CELL = 128;

export interface ImageTiming {
  faces: number;
  width: number;
  height: number;
  runs: (StageTimings & { roundTripMs: number; trackMs: number })[];
}

export interface BaselineTiming {
  backend: BackendInfo;
  faces: number;
  runs: BaselineRun[];
}

/** Frame interval timeImage stamps its runs with: a 15 fps camera, like the fake camera's clips. */
const BENCH_FRAME_INTERVAL_MS = 1000 / 15;
/**
 * The last timestamp timeImage gave: its calls go on from it, one stream like a camera's, so the detector's
 * first frame of a stream (a full search: nothing is known yet) comes once, in the bench's warm-up, not once a call.
 */
let streamClock = 0;

declare global {
  interface Window {
    headcountLab: HeadcountLab;
  }
}

function blobFrom(base64: string): Blob {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  return new Blob([bytes]);
}

let pipeline: PipelineClient | undefined;
let baseline: Promise<Baseline> | undefined;
const analyzers = new Map<DetectorName, FileAnalyzer>();

function ready(detector: DetectorName = DEFAULT_DETECTOR): FileAnalyzer {
  if (!pipeline) throw new Error('headcountLab.init() first');
  let analyzer = analyzers.get(detector);
  if (!analyzer) {
    analyzer = new FileAnalyzer(pipeline, detector);
    analyzers.set(detector, analyzer);
  }
  return analyzer;
}

window.headcountLab = {
  async init(backend) {
    const client = new PipelineClient();
    const info = await client.init({ backend, baseUrl: document.baseURI });
    analyzers.clear();
    pipeline = client;
    return info;
  },
  async timeImage(base64, repeats, fullSearch = false) {
    ready();
    const client = pipeline as PipelineClient;
    const source = await createImageBitmap(blobFrom(base64));
    const runs: ImageTiming['runs'] = [];
    // The page's own session, so tracking and the per-track shake detectors do their real per-frame work.
    const session = new CountingSession();
    let faces = 0;
    for (let i = 0; i < repeats; i++) {
      // What the camera path does per frame: a fresh frame (transfer detaches it), the worker round trip.
      streamClock += BENCH_FRAME_INTERVAL_MS;
      const timestamp = streamClock;
      const t0 = performance.now();
      const result = await client.request('frame', { image: await captureFrame(source), timestamp: fullSearch ? undefined : timestamp });
      const t1 = performance.now();
      session.update({ ...result, timestamp });
      runs.push({ ...result.timings, roundTripMs: t1 - t0, trackMs: performance.now() - t1 });
      faces = result.faces.length;
    }
    const { width, height } = source;
    source.close();
    return { faces, width, height, runs };
  },
  async timeBaseline(base64, repeats, backend) {
    // Loaded on first use only: analyze and eval never pay for a second tfjs on the main thread.
    baseline ??= import('./baseline').then((m) => m.createBaseline(backend, document.baseURI));
    const b = await baseline;
    if (b.backend.name !== backend) throw new Error(`baseline runs on ${b.backend.name}, not ${backend}`);
    const source = await createImageBitmap(blobFrom(base64));
    try {
      return { backend: b.backend, ...(await b.time(source, repeats)) };
    } finally {
      source.close();
    }
  },
  async classifyCrops(base64Images) {
    ready();
    const client = pipeline as PipelineClient;
    const columns = Math.ceil(Math.sqrt(base64Images.length));
    const rows = Math.ceil(base64Images.length / columns);
    const canvas = new OffscreenCanvas(columns * CROP_CELL, Math.max(1, rows) * CROP_CELL);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2d canvas');
    // Mid-grey, like the classifier's fill outside a frame, where a crop is not square.
    context.fillStyle = 'rgb(128, 128, 128)';
    context.fillRect(0, 0, canvas.width, canvas.height);
    const faces: DetectedFace[] = [];
    for (const [i, base64] of base64Images.entries()) {
      const bitmap = await createImageBitmap(blobFrom(base64));
      const scale = CROP_CELL / Math.max(bitmap.width, bitmap.height);
      const [w, h] = [bitmap.width * scale, bitmap.height * scale];
      const [x, y] = [(i % columns) * CROP_CELL + (CROP_CELL - w) / 2, Math.floor(i / columns) * CROP_CELL + (CROP_CELL - h) / 2];
      context.drawImage(bitmap, x, y, w, h);
      bitmap.close();
      // The image is a face crop with the page's margin around the face, so the face box is the image minus
      // that margin and the classifier's square is the whole image. No keypoints: centred on the box.
      const inner = 1 / (1 + 2 * FACE_CROP_CONFIG.margin);
      faces.push({ box: { x: x + (w * (1 - inner)) / 2, y: y + (h * (1 - inner)) / 2, w: w * inner, h: h * inner },
        score: 1, keypoints: [] });
    }
    return client.request('classify', { image: canvas.transferToImageBitmap(), faces });
  },
  async comparePixelReads(imageBase64, videoBase64, seconds) {
    const pixels = new FramePixels();
    const compare = async (image: FrameImage): Promise<PixelReadComparison> => {
      // Copied: the next read reuses the buffer.
      const read = await pixels.rgba(image);
      const viaFrame = read.rgba.slice();
      const viaCanvas = pixels.fromCanvas(image);
      if (viaCanvas.width !== read.width || viaCanvas.height !== read.height) throw new Error('the two reads differ in size');
      let max = 0;
      let sum = 0;
      for (let i = 0; i < viaFrame.length; i++) {
        if (i % 4 === 3) continue;
        const d = Math.abs(viaFrame[i] - viaCanvas.rgba[i]);
        max = Math.max(max, d);
        sum += d;
      }
      image.close();
      return { width: read.width, height: read.height, maxDifference: max, meanDifference: sum / ((viaFrame.length / 4) * 3) };
    };
    const image = await compare(await createImageBitmap(blobFrom(imageBase64)));
    const video = document.createElement('video');
    video.muted = true;
    video.src = URL.createObjectURL(blobFrom(videoBase64));
    await new Promise((resolve, reject) => {
      video.onloadeddata = resolve;
      video.onerror = reject;
    });
    await seekTo(video, seconds);
    return { image, video: await compare(await captureFrame(video)) };
  },
  analyzeFile: (file, base64, options, detector) => ready(detector).analyzeFile(file, blobFrom(base64), options),
};
document.body.dataset.ready = 'true';
