import { describe, expect, it } from 'vitest';
import { cameraStateForError } from './camera-controller';

describe('cameraStateForError', () => {
  it('maps getUserMedia failures to what the person is told', () => {
    expect(cameraStateForError(new DOMException('', 'NotAllowedError'))).toBe('denied');
    expect(cameraStateForError(new DOMException('', 'NotFoundError'))).toBe('no-camera');
    expect(cameraStateForError(new DOMException('', 'OverconstrainedError'))).toBe('no-camera');
    expect(cameraStateForError(new DOMException('', 'NotReadableError'))).toBe('busy');
    expect(cameraStateForError(new TypeError('bad constraints'))).toBe('error');
    expect(cameraStateForError('weird')).toBe('error');
  });
});
