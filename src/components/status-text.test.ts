import { describe, expect, it } from 'vitest';
import { PipelineError } from '../ml/pipeline-types';
import { statusText, type StatusInput } from './status-text';

const idle: StatusInput = { camera: 'idle', cameraDetail: '', pipeline: 'idle', progress: { stage: 'backend', fraction: 0 } };

describe('statusText', () => {
  it('says nothing when all is well', () => {
    expect(statusText(idle)).toBeUndefined();
    expect(statusText({ ...idle, camera: 'running', pipeline: 'ready' })).toBeUndefined();
  });
  it('shows loading progress as a percentage', () => {
    expect(statusText({ ...idle, pipeline: 'loading', progress: { stage: 'detector', fraction: 0.425 } })).toEqual({
      key: 'loadingDetector',
      params: { percent: 43 },
      tone: 'info',
    });
  });
  it('puts a pipeline failure before a camera problem, and both before progress', () => {
    const error = new PipelineError('model', 'models/x.json: 404');
    expect(statusText({ ...idle, camera: 'denied', pipeline: 'error', error })?.key).toBe('modelError');
    expect(statusText({ ...idle, camera: 'busy', pipeline: 'loading' })?.key).toBe('cameraBusy');
    expect(statusText({ ...idle, camera: 'ended', pipeline: 'ready' })?.tone).toBe('error');
  });
});
