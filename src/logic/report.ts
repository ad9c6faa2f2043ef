import type { VideoSummary } from './counting-session';
import type { ClassifiedFace } from './frame';
import { round } from './stats';

/**
 * The JSON that `npm run analyze` prints and the page's test bed downloads: one schema, built by these
 * functions only. Coordinates are source pixels rounded to 0.1 px; scores to 3 decimals.
 */
export interface FaceReport {
  x: number;
  y: number;
  w: number;
  h: number;
  score: number;
  keypoints: [number, number][];
  mask?: string;
  maskScore?: number;
}

export interface ImageReport {
  file: string;
  /** The face detector that found the faces (DetectorName): YuNet unless another was asked for. */
  detector: string;
  width: number;
  height: number;
  ms: number;
  faces: FaceReport[];
}

export interface FrameReport {
  /** Seconds from the start of the video. */
  t: number;
  faces: FaceReport[];
  /** The frame's scene change (FrameResult.sceneChange), 0.01 precision; absent on the first frame. */
  sceneChange?: number;
}

/** A video's report: frames and timings, plus what the counting session made of it (passes, opt-outs, timeline). */
export interface VideoReport extends VideoSummary {
  file: string;
  /** The face detector that found the faces (DetectorName). */
  detector: string;
  /** Number of frames analysed. */
  frames: number;
  fps: number;
  msPerFrame: { median: number; p95: number };
  /** Every frame's faces; present when asked for (`--frames`). */
  perFrame?: FrameReport[];
  /** The codec the file was in when `analyze` converted it with ffmpeg because the browser could not decode it. */
  convertedFrom?: string;
}

/**
 * Why a file could not be analysed, in fields the test bed puts in the visitor's language (see
 * fileProblemText). Codecs are ffmpeg's names (media-probe's CODEC_NAMES).
 */
export type FileProblem =
  | { kind: 'not-media'; text: boolean }
  | { kind: 'truncated'; container: string }
  | { kind: 'no-video-track'; container: string }
  /** `playable`: the codecs this browser decodes. */
  | { kind: 'undecodable-video'; container: string; codec?: string; playable: string[] }
  | { kind: 'undecodable-image'; format: string }
  /** A container and codec this browser reads, and still it could not open the file. */
  | { kind: 'damaged'; container: string; codec: string };

export interface ErrorReport {
  file: string;
  /** In English: what `analyze` prints. */
  error: string;
  problem?: FileProblem;
}

export type FileReport = ImageReport | VideoReport | ErrorReport;

export function faceReport(face: ClassifiedFace): FaceReport {
  const report: FaceReport = {
    x: round(face.box.x, 1),
    y: round(face.box.y, 1),
    w: round(face.box.w, 1),
    h: round(face.box.h, 1),
    score: round(face.score, 3),
    keypoints: face.keypoints.map(([x, y]) => [round(x, 1), round(y, 1)]),
  };
  if (face.mask !== undefined) report.mask = face.mask;
  if (face.maskScore !== undefined) report.maskScore = round(face.maskScore, 3);
  return report;
}

/**
 * What the test bed's side-by-side table shows of one report: faces found (an image) or passes counted (a video),
 * and how many of them the classifier called with_mask, out of those it classified. Undefined for an error.
 */
export function reportTally(report: FileReport): { found: number; withMask: number; classified: number } | undefined {
  if ('error' in report) return undefined;
  if ('faces' in report) {
    const classified = report.faces.filter((f) => f.mask !== undefined);
    return { found: report.faces.length, withMask: classified.filter((f) => f.mask === 'with_mask').length, classified: classified.length };
  }
  return { found: report.passes, withMask: report.withMask, classified: report.withMask + report.withoutMask + report.maskIncorrect };
}
