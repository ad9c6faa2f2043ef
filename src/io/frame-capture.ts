import type { FrameImage } from '../ml/pipeline-types';

/**
 * The frame a video element (or bitmap) shows now, to send to the pipeline worker: a VideoFrame — no pixel
 * copy on the page's thread, the worker reads it once — or an ImageBitmap where VideoFrame does not exist.
 * Rejects when the video has no frame to give.
 */
export async function captureFrame(source: HTMLVideoElement | ImageBitmap): Promise<FrameImage> {
  if (typeof VideoFrame === 'undefined') return createImageBitmap(source);
  // The pipeline is given its own timestamp; the frame's (required for a bitmap) is not read.
  return new VideoFrame(source, { timestamp: 0 });
}
