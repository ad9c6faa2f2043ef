import { CountingSession } from '../logic/counting-session';
import type { FrameResult } from '../logic/frame';
import {
  faceReport,
  type ErrorReport,
  type FrameReport,
  type ImageReport,
  type VideoReport,
} from '../logic/report';
import type { PipelineClient } from './pipeline-client';
import { captureFrame } from './frame-capture';
import { errorMessage } from '../logic/error-message';
import { median, quantile, round } from '../logic/stats';
import { DEFAULT_DETECTOR, type DetectorName } from '../ml/pipeline-types';

export interface VideoOptions {
  /** Frame rate of the file, when the caller knows it (ffprobe); otherwise measured by playing a few frames. */
  fps?: number;
  /** Include every frame's faces in the report. */
  perFrame?: boolean;
}

/**
 * Runs image and video files through the same worker pipeline as the live camera, in the page, and builds
 * the report `npm run analyze` prints and the test bed downloads. Nothing is uploaded anywhere.
 */
export class FileAnalyzer {
  /** `detector` finds the faces in every file (YuNet unless told; another is loaded by the worker on first use). */
  constructor(
    private readonly client: PipelineClient,
    private readonly detector: DetectorName = DEFAULT_DETECTOR,
  ) {}

  async analyzeImage(file: string, blob: Blob): Promise<ImageReport | ErrorReport> {
    let bitmap: ImageBitmap;
    try {
      bitmap = await createImageBitmap(blob);
    } catch (e) {
      return { file, error: `not a readable image (${errorMessage(e)})` };
    }
    const { width, height } = bitmap;
    const t0 = performance.now();
    try {
      const result = await this.client.request('frame', { image: bitmap, detector: this.detector });
      return { file, detector: this.detector, width, height, ms: round(performance.now() - t0), faces: result.faces.map(faceReport) };
    } catch (e) {
      return { file, error: errorMessage(e) };
    }
  }

  async analyzeVideo(file: string, blob: Blob, options: VideoOptions = {}): Promise<VideoReport | ErrorReport> {
    const url = URL.createObjectURL(blob);
    const video = document.createElement('video');
    video.muted = true;
    video.preload = 'auto';
    try {
      video.src = url;
      await videoEvent(video, 'loadeddata');
      if (!Number.isFinite(video.duration) || video.videoWidth === 0) throw new Error('no video track');
      const fps = options.fps && options.fps > 0 ? options.fps : await measureFps(video);
      const count = Math.max(1, Math.round(video.duration * fps));
      // Video time, not wall time: passes and opt-outs are placed on the file's own clock.
      const session = new CountingSession();
      const timings: number[] = [];
      const perFrame: FrameReport[] = [];
      for (let i = 0; i < count; i++) {
        // The middle of frame i's display interval, so rounding never lands on a neighbour.
        const t = Math.min((i + 0.5) / fps, video.duration);
        video.currentTime = t;
        await videoEvent(video, 'seeked');
        const t0 = performance.now();
        const result: FrameResult = await this.client.request('frame', {
          image: await captureFrame(video),
          timestamp: t * 1000,
          detector: this.detector,
        });
        timings.push(performance.now() - t0);
        session.update(result);
        if (options.perFrame) perFrame.push({ t: round(t, 3), faces: result.faces.map(faceReport) });
      }
      const report: VideoReport = { file, detector: this.detector, frames: count, fps, msPerFrame: { median: round(median(timings)), p95: round(quantile(timings, 0.95)) }, ...session.summary() };
      if (options.perFrame) report.perFrame = perFrame;
      return report;
    } catch (e) {
      return { file, error: `not a readable video (${errorMessage(e)})` };
    } finally {
      video.removeAttribute('src');
      video.load();
      URL.revokeObjectURL(url);
    }
  }
}

/** Resolves on `name`, rejects on the element's `error` event with the media error's message. */
function videoEvent(video: HTMLVideoElement, name: 'loadeddata' | 'seeked'): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = () => {
      cleanup();
      reject(new Error(video.error?.message || `media error ${video.error?.code ?? ''}`.trim()));
    };
    const onEvent = () => {
      cleanup();
      resolve();
    };
    const cleanup = () => {
      video.removeEventListener(name, onEvent);
      video.removeEventListener('error', onError);
    };
    video.addEventListener(name, onEvent);
    video.addEventListener('error', onError);
  });
}

/** Plays a few frames and reads their presentation times: the median interval gives the frame rate. */
async function measureFps(video: HTMLVideoElement): Promise<number> {
  const times: number[] = [];
  await new Promise<void>((resolve, reject) => {
    const onFrame = (_now: number, meta: VideoFrameCallbackMetadata) => {
      times.push(meta.mediaTime);
      if (times.length >= 8 || video.ended) resolve();
      else video.requestVideoFrameCallback(onFrame);
    };
    video.requestVideoFrameCallback(onFrame);
    video.play().catch(reject);
  });
  video.pause();
  const gaps = times.slice(1).map((t, i) => t - times[i]).filter((g) => g > 0).sort((a, b) => a - b);
  if (gaps.length === 0) throw new Error('could not measure the frame rate');
  return Math.round(100 / gaps[Math.floor(gaps.length / 2)]) / 100;
}
