import { describe, expect, it } from 'vitest';
import { NOT_A_FACE } from '../../src/logic/frame';
import { iou } from '../../src/logic/geometry';
import { backgroundSamples, onAnnotatedFace, type AnnotatedPhoto } from './backgrounds';

const photo: AnnotatedPhoto = {
  file: '/data/real_scenes/a.jpg', name: 'real_scenes/a.jpg', width: 400, height: 300, split: 'train',
  faces: [{ x: 100, y: 100, w: 30, h: 36, label: 'with_mask' }, { x: 300, y: 40, w: 12, h: 14, label: 'without_mask' }],
};
const detection = (x: number, y: number, side: number) => ({ box: { x, y, w: side, h: side }, score: 0.8, keypoints: [] });

describe('backgroundSamples', () => {
  it('keeps the detections on no annotated face, however small the face, as not a face', () => {
    const found = new Map([[photo.file, { imageWidth: 400, imageHeight: 300,
      faces: [detection(98, 102, 34), detection(296, 36, 20), detection(20, 220, 40)] }]]);
    const fromDetections = backgroundSamples([photo], found).filter((s) => s.key.includes('#detection'));
    expect(fromDetections.map((s) => s.key)).toEqual(['real_scenes/a.jpg#detection2']);
    expect(fromDetections[0]).toMatchObject({ label: NOT_A_FACE, source: 'background', split: 'train', group: photo.name });
  });

  it('adds random patches and patches below faces, clear of every face, the same ones on every run', () => {
    const patches = backgroundSamples([photo], new Map()).filter((s) => !s.key.includes('#detection'));
    expect(patches.filter((s) => s.key.includes('#patch')).length).toBe(3);
    for (const p of patches) {
      const box = p.geometry?.box;
      expect(box).toBeDefined();
      if (!box) continue;
      expect(photo.faces.every((f) => iou(box, f) === 0)).toBe(true);
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.w).toBeLessThanOrEqual(photo.width);
    }
    expect(backgroundSamples([photo], new Map())).toEqual(backgroundSamples([photo], new Map()));
  });

  it('takes no not-a-face example from real_scenes_more, whose crowd faces are not all boxed', () => {
    const more: AnnotatedPhoto = { ...photo, file: '/data/real_scenes_more/a.jpg', name: 'real_scenes_more/a.jpg' };
    const found = new Map([[more.file, { imageWidth: 400, imageHeight: 300, faces: [detection(20, 220, 40)] }]]);
    expect(backgroundSamples([more], found)).toEqual([]);
  });

  it('tells a detection on a face from one beside it', () => {
    expect(onAnnotatedFace({ x: 105, y: 95, w: 30, h: 30 }, photo.faces)).toBe(true);
    expect(onAnnotatedFace({ x: 160, y: 100, w: 30, h: 30 }, photo.faces)).toBe(false);
  });
});
