import { describe, expect, it } from 'vitest';
import { loadRealScenes, realSceneSplit } from './real-scenes';

describe.each(['real_scenes', 'real_scenes_more'] as const)('%s split', (set) => {
  it('puts every photo in exactly one split, about 70/15/15, and enough bare faces in each held-out split', async () => {
    const all = await loadRealScenes(undefined, set);
    const parts = await Promise.all((['train', 'validation', 'test'] as const).map((s) => loadRealScenes(s, set)));
    expect(parts.reduce((n, p) => n + p.length, 0)).toBe(all.length);
    expect(parts[0].length / all.length).toBeGreaterThan(0.62);
    for (const held of parts.slice(1)) {
      expect(held.length / all.length).toBeGreaterThan(0.1);
      const bare = held.flatMap((s) => s.faces).filter((f) => f.label === 'without_mask').length;
      expect(bare).toBeGreaterThan(40);
    }
  });
});

describe('realSceneSplit', () => {
  it('depends on the file name only', () => {
    expect(realSceneSplit('maksssksksss0.jpg')).toBe(realSceneSplit('maksssksksss0.jpg'));
  });
});
