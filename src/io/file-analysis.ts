import { CountingSession } from '../logic/counting-session';
import type { FrameResult } from '../logic/frame';
import {
  faceReport,
  type ErrorReport,
  type FileProblem,
  type FileReport,
  type FrameReport,
  type ImageReport,
  type VideoReport,
} from '../logic/report';
import type { PipelineClient } from './pipeline-client';
import { captureFrame } from './frame-capture';
import { errorMessage } from '../logic/error-message';
import { probeMedia, type ByteSource, type MediaProbe } from '../logic/media-probe';
import { fileProblemText } from '../i18n/file-problems';
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

  /** Reads what the file is from its bytes (not its name or type), then analyses it or says why it cannot. */
  async analyzeFile(file: string, blob: Blob, options: VideoOptions = {}): Promise<FileReport> {
    let probe: MediaProbe;
    try {
      probe = await probeMedia(blobSource(blob));
    } catch (e) {
      // The file went away or changed on disk after it was picked.
      return { file, error: `could not read the file (${errorMessage(e)})` };
    }
    switch (probe.kind) {
      case 'other':
        return problemReport(file, { kind: 'not-media', text: probe.text });
      case 'image':
        return this.analyzeImage(file, blob, probe);
      case 'video':
        if (probe.truncated) return problemReport(file, { kind: 'truncated', container: probe.container });
        if (probe.noVideoTrack) return problemReport(file, { kind: 'no-video-track', container: probe.container });
        return this.analyzeVideo(file, blob, probe, options);
    }
  }

  private async analyzeImage(file: string, blob: Blob, probe: Extract<MediaProbe, { kind: 'image' }>): Promise<ImageReport | ErrorReport> {
    let bitmap: ImageBitmap;
    try {
      bitmap = await createImageBitmap(blob);
    } catch {
      // Only a failed decode is blamed on the ending: some cameras write data after a JPEG's end marker.
      return problemReport(file, probe.truncated ? { kind: 'truncated', container: probe.format } : { kind: 'undecodable-image', format: probe.format });
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

  private async analyzeVideo(
    file: string,
    blob: Blob,
    probe: Extract<MediaProbe, { kind: 'video' }>,
    options: VideoOptions,
  ): Promise<VideoReport | ErrorReport> {
    const url = URL.createObjectURL(blob);
    const video = document.createElement('video');
    video.muted = true;
    video.preload = 'auto';
    try {
      video.src = url;
      try {
        await videoEvent(video, 'loadeddata');
        // A video track in a codec it cannot decode is dropped: what is left may play, as sound only.
        if (!Number.isFinite(video.duration) || video.videoWidth === 0) throw new Error('no decodable video track');
      } catch {
        // The file has a video track (probeMedia found it): this browser cannot read its container or codec,
        // or, when it reads both, the file is damaged.
        const playable = playableCodecs();
        if (probe.codec && playable.includes(probe.codec) && READABLE_CONTAINERS.has(probe.container)) {
          return problemReport(file, { kind: 'damaged', container: probe.container, codec: probe.codec });
        }
        return problemReport(file, { kind: 'undecodable-video', container: probe.container, codec: probe.codec, playable });
      }
      const fps = options.fps && options.fps > 0 ? options.fps : await measureFps(video);
      const count = Math.max(1, Math.round(video.duration * fps));
      // Video time, not wall time: passes and opt-outs are placed on the file's own clock.
      const session = new CountingSession();
      const timings: number[] = [];
      const perFrame: FrameReport[] = [];
      for (let i = 0; i < count; i++) {
        // The middle of frame i's display interval, so rounding never lands on a neighbour.
        const t = Math.min((i + 0.5) / fps, video.duration);
        await seekTo(video, t);
        const t0 = performance.now();
        const result: FrameResult = await this.client.request('frame', {
          image: await captureFrame(video),
          timestamp: t * 1000,
          detector: this.detector,
        });
        timings.push(performance.now() - t0);
        session.update(result);
        if (options.perFrame) {
          const frame: FrameReport = { t: round(t, 3), faces: result.faces.map(faceReport) };
          if (result.sceneChange !== undefined) frame.sceneChange = round(result.sceneChange, 2);
          perFrame.push(frame);
        }
      }
      const report: VideoReport = { file, detector: this.detector, frames: count, fps, msPerFrame: { median: round(median(timings)), p95: round(quantile(timings, 0.95)) }, ...session.summary() };
      if (options.perFrame) report.perFrame = perFrame;
      return report;
    } catch (e) {
      return { file, error: `could not analyse the video (${errorMessage(e)})` };
    } finally {
      video.removeAttribute('src');
      video.load();
      URL.revokeObjectURL(url);
    }
  }
}

function problemReport(file: string, problem: FileProblem): ErrorReport {
  return { file, error: fileProblemText('en', file, problem), problem };
}

function blobSource(blob: Blob): ByteSource {
  return {
    size: blob.size,
    read: async (offset, length) => new Uint8Array(await blob.slice(offset, offset + length).arrayBuffer()),
  };
}

/** Containers every browser this page runs in reads (media-probe's names); AVI, FLV, MPEG-TS are not among them. */
const READABLE_CONTAINERS = new Set(['MP4', 'MOV', 'WebM']);

/** Codec strings this browser is asked about, by ffmpeg's codec name: one common profile each. */
const CODEC_PROBES: [codec: string, type: string][] = [
  ['h264', 'video/mp4; codecs="avc1.42E01E"'],
  ['hevc', 'video/mp4; codecs="hvc1.1.6.L93.B0"'],
  ['vp8', 'video/webm; codecs="vp8"'],
  ['vp9', 'video/webm; codecs="vp09.00.10.08"'],
  ['av1', 'video/mp4; codecs="av01.0.05M.08"'],
  ['mpeg4', 'video/mp4; codecs="mp4v.20.9"'],
];

/** The codecs this browser decodes; MediaSource answers yes or no where canPlayType says "maybe". */
function playableCodecs(): string[] {
  const video = document.createElement('video');
  return CODEC_PROBES.filter(([, type]) => (typeof MediaSource === 'undefined' ? video.canPlayType(type) === 'probably' : MediaSource.isTypeSupported(type))).map(
    ([codec]) => codec,
  );
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

/** Longest wait for a seeked frame to be presented; a seek that lands on the frame already shown presents none. */
const SEEK_PRESENT_TIMEOUT_MS = 500;

/**
 * Seeks to `t` and resolves once the frame there is presented: Chromium can fire `seeked` while the element still
 * holds the previous frame, which was then analysed twice (a scene change of 0, a pass one frame longer).
 */
export async function seekTo(video: HTMLVideoElement, t: number): Promise<void> {
  let handle = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const presented = new Promise<void>((resolve) => {
    handle = video.requestVideoFrameCallback(() => resolve());
    timer = setTimeout(resolve, SEEK_PRESENT_TIMEOUT_MS);
  });
  video.currentTime = t;
  try {
    await videoEvent(video, 'seeked');
    await presented;
  } finally {
    video.cancelVideoFrameCallback(handle);
    clearTimeout(timer);
  }
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
