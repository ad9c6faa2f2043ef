import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { errorMessage } from '../logic/error-message';
import { markStartup } from '../ml/pipeline-types';

export type CameraState = 'idle' | 'starting' | 'running' | 'denied' | 'no-camera' | 'busy' | 'ended' | 'unsupported' | 'error';

/** A frame ready to read: the video element and its presentation time (ms, performance.now() clock). */
export type FrameCallback = (video: HTMLVideoElement, timestamp: number) => void;

/** Maps getUserMedia's DOMException names to what the page tells the person. */
export function cameraStateForError(error: unknown): CameraState {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  switch (name) {
    case 'NotAllowedError':
    case 'SecurityError':
      return 'denied';
    case 'NotFoundError':
    case 'OverconstrainedError':
      return 'no-camera';
    case 'NotReadableError':
    case 'AbortError':
      return 'busy';
    default:
      return 'error';
  }
}

/**
 * Owns the webcam: asks for it only on `start()`, feeds each new video frame to `onFrame` through
 * requestVideoFrameCallback (so nothing runs between frames, and nothing at all while the tab is hidden), and
 * releases it when stopped or when the host leaves the page. The video element is never shown.
 */
export class CameraController implements ReactiveController {
  state: CameraState = 'idle';
  /** The browser's own words for an unexpected failure, for the message's detail line. */
  detail = '';
  readonly video: HTMLVideoElement;
  private stream?: MediaStream;
  private frameRequest?: number;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onFrame: FrameCallback,
  ) {
    host.addController(this);
    this.video = document.createElement('video');
    this.video.muted = true;
    this.video.playsInline = true;
    // A media element pauses when it leaves the document (the facilitator hiding the mirror preview); a
    // running camera must keep feeding frames, so play on.
    this.video.addEventListener('pause', () => {
      if (this.state === 'running') this.video.play().catch(() => undefined);
    });
  }

  hostDisconnected(): void {
    this.stop();
  }

  async start(): Promise<void> {
    if (this.state === 'starting' || this.state === 'running') return;
    if (!navigator.mediaDevices?.getUserMedia) {
      this.setState('unsupported');
      return;
    }
    this.setState('starting');
    try {
      this.stream = await navigator.mediaDevices.getUserMedia({
        video: { width: { ideal: 640 }, height: { ideal: 480 }, facingMode: 'user' },
        audio: false,
      });
    } catch (e) {
      this.detail = errorMessage(e);
      this.setState(cameraStateForError(e));
      return;
    }
    for (const track of this.stream.getVideoTracks()) {
      track.addEventListener('ended', () => {
        this.release();
        this.setState('ended');
      });
    }
    this.video.srcObject = this.stream;
    try {
      await this.video.play();
    } catch (e) {
      this.release();
      this.detail = errorMessage(e);
      this.setState('error');
      return;
    }
    markStartup('camera');
    this.setState('running');
    this.scheduleFrame();
  }

  stop(): void {
    this.release();
    if (this.state === 'running' || this.state === 'starting') this.setState('idle');
  }

  private scheduleFrame(): void {
    this.frameRequest = this.video.requestVideoFrameCallback((now) => {
      if (this.state !== 'running') return;
      this.onFrame(this.video, now);
      this.scheduleFrame();
    });
  }

  private release(): void {
    if (this.frameRequest !== undefined) this.video.cancelVideoFrameCallback(this.frameRequest);
    this.frameRequest = undefined;
    this.stream?.getTracks().forEach((t) => t.stop());
    this.stream = undefined;
    this.video.srcObject = null;
  }

  private setState(state: CameraState): void {
    this.state = state;
    this.host.requestUpdate();
  }
}
