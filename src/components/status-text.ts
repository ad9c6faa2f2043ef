import type { CameraState } from '../io/camera-controller';
import type { PipelineState } from '../controllers/pipeline-controller';
import type { LoadProgress, PipelineError } from '../ml/pipeline-types';
import type { MessageKey } from '../i18n/i18n';
import type { MessageTone } from './hc-message';

export interface StatusInput {
  camera: CameraState;
  cameraDetail: string;
  pipeline: PipelineState;
  progress: LoadProgress;
  error?: PipelineError;
}

export interface StatusText {
  key: MessageKey;
  params: Record<string, string | number>;
  tone: MessageTone;
}

const CAMERA_PROBLEMS: Partial<Record<CameraState, MessageKey>> = {
  denied: 'cameraDenied',
  'no-camera': 'cameraMissing',
  busy: 'cameraBusy',
  ended: 'cameraEnded',
  unsupported: 'cameraUnsupported',
  error: 'cameraError',
};

const PIPELINE_PROBLEMS: Record<PipelineError['part'], MessageKey> = {
  backend: 'backendError',
  model: 'modelError',
  frame: 'frameError',
  'context-lost': 'contextLost',
};

const LOADING: Record<LoadProgress['stage'], MessageKey> = {
  backend: 'loadingBackend',
  detector: 'loadingDetector',
  classifier: 'loadingClassifier',
};

/** Which one message the page shows now: a problem first, then progress, else nothing. */
export function statusText(s: StatusInput): StatusText | undefined {
  if (s.pipeline === 'error' && s.error) {
    return { key: PIPELINE_PROBLEMS[s.error.part], params: { detail: s.error.message }, tone: 'error' };
  }
  const cameraProblem = CAMERA_PROBLEMS[s.camera];
  if (cameraProblem) return { key: cameraProblem, params: { detail: s.cameraDetail }, tone: 'error' };
  if (s.pipeline === 'loading') {
    return { key: LOADING[s.progress.stage], params: { percent: Math.round(s.progress.fraction * 100) }, tone: 'info' };
  }
  if (s.camera === 'starting') return { key: 'cameraStarting', params: {}, tone: 'info' };
  return undefined;
}
