import { describe, expect, it } from 'vitest';
import { loadRealScenes, realSceneSplit } from './real-scenes';

describe('real_scenes split', () => {
  it('puts every photo in exactly one split, about 70/15/15, and enough bare faces in each held-out split', async () => {
    const all = await loadRealScenes();
    const parts = await Promise.all((['train', 'validation', 'test'] as const).map((s) => loadRealScenes(s)));
    expect(parts.reduce((n, p) => n + p.length, 0)).toBe(all.length);
    expect(parts[0].length / all.length).toBeGreaterThan(0.62);
    for (const held of parts.slice(1)) {
      expect(held.length / all.length).toBeGreaterThan(0.1);
      const bare = held.flatMap((s) => s.faces).filter((f) => f.label === 'without_mask').length;
      expect(bare).toBeGreaterThan(40);
    }
  });

  it('depends on the file name only', () => {
    expect(realSceneSplit('maksssksksss0.jpg')).toBe(realSceneSplit('maksssksksss0.jpg'));
  });
});
