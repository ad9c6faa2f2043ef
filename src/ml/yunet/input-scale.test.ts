import { describe, expect, it } from 'vitest';
import { INPUT_SCALE_CONFIG, InputScalePlanner, searchBands, searchScale, type SearchPlan } from './input-scale';

const FRAME_MS = 1000 / 15;

/** The plans for `frames` frames of a 640×480 stream at `frameMs` a frame, every frame showing faces `heights` tall. */
function stream(frames: number, heights: readonly number[], frameMs = FRAME_MS): SearchPlan[] {
  const planner = new InputScalePlanner();
  const plans: SearchPlan[] = [];
  for (let i = 0; i < frames; i++) {
    const t = i * frameMs;
    plans.push(planner.plan(640, 480, t));
    planner.observe(t, heights);
  }
  return plans;
}

describe('searchBands', () => {
  it('lays 128-row bands 64 rows apart down a 640×480 input, the last one ending at the bottom', () => {
    expect(searchBands(480).map((b) => b.top)).toEqual([0, 64, 128, 192, 256, 320, 352]);
    expect(searchBands(480).every((b) => b.height === 128)).toBe(true);
    expect(searchBands(360).map((b) => b.top)).toEqual([0, 64, 128, 192, 232]);
    expect(searchBands(128)).toEqual([]);
  });

  it('holds every face up to the overlap whole in some band', () => {
    for (const inputHeight of [200, 360, 480, 640]) {
      const bands = searchBands(inputHeight);
      for (let y = 0; y + INPUT_SCALE_CONFIG.bandOverlap <= inputHeight; y++) {
        const face = { top: y, bottom: y + INPUT_SCALE_CONFIG.bandOverlap };
        expect(bands.some((b) => b.top <= face.top && face.bottom <= b.top + b.height), `${inputHeight}: row ${y}`).toBe(true);
      }
    }
  });
});

describe('InputScalePlanner', () => {
  it('searches a still image in full, scaled to 640 px on its long side', () => {
    const planner = new InputScalePlanner();
    expect(planner.plan(640, 480)).toEqual({ scale: 1 });
    expect(planner.plan(1280, 720)).toEqual({ scale: 0.5 });
    expect(searchScale(400, 300)).toBeCloseTo(1.6);
  });

  it('keeps searching in full while there is nobody or a small face', () => {
    const planner = new InputScalePlanner();
    for (let i = 0; i < 30; i++) {
      const t = i * FRAME_MS;
      expect(planner.plan(640, 480, t)).toEqual({ scale: 1 });
      planner.observe(t, i % 2 ? [] : [300, 30]);
    }
  });

  it('with large faces, searches the frame at half size and one full-size band per frame, in rotation', () => {
    const plans = stream(16, [200]);
    // Frame 0 knows nothing yet: a full search. Then bands 0…6, then 0…6 again, never a full search.
    expect(plans[0]).toEqual({ scale: 1 });
    const tops = plans.slice(1).map((p) => {
      expect(p.scale).toBe(0.5);
      return p.band?.top;
    });
    expect(tops).toEqual([0, 64, 128, 192, 256, 320, 352, 0, 64, 128, 192, 256, 320, 352, 0]);
  });

  it('searches every row at full size at least every 500 ms at 15 fps, without a full search after the first', () => {
    const plans = stream(60, [200]);
    const searchedAt: number[][] = Array.from({ length: 480 }, () => []);
    plans.forEach((p, i) => {
      const rows = p.band ? [p.band.top, p.band.top + p.band.height] : p.scale === 1 ? [0, 480] : [0, 0];
      for (let r = rows[0]; r < rows[1]; r++) searchedAt[r].push(i * FRAME_MS);
    });
    expect(plans.filter((p) => p.scale === 1)).toHaveLength(1);
    for (const times of searchedAt) {
      for (let k = 1; k < times.length; k++) expect(times[k] - times[k - 1]).toBeLessThan(INPUT_SCALE_CONFIG.fullSizeEveryMs);
      expect(59 * FRAME_MS - times[times.length - 1]).toBeLessThan(INPUT_SCALE_CONFIG.fullSizeEveryMs);
    }
  });

  it('at 10 fps, where seven bands take 700 ms, searches in full whenever the band due is 500 ms old', () => {
    const plans = stream(20, [200], 100);
    // Frame 0 full; frames 1–4 bands 0–3 (100–400 ms); frame 5: band 4 last searched at 0 ms, 500 ms ago.
    expect(plans.map((p) => (p.band ? p.band.top : 'full'))).toEqual([
      'full', 0, 64, 128, 192, 'full', 0, 64, 128, 192, 'full', 0, 64, 128, 192, 'full', 0, 64, 128, 192,
    ]);
  });

  it('searches in full again after a gap, or when the clock goes back (a new stream)', () => {
    const planner = new InputScalePlanner();
    planner.plan(640, 480, 0);
    planner.observe(0, [200]);
    expect(planner.plan(640, 480, 60)).toEqual({ scale: 0.5, band: { top: 0, height: 128 } });
    planner.observe(60, [200]);
    expect(planner.plan(640, 480, 60 + INPUT_SCALE_CONFIG.memoryMs + 1)).toEqual({ scale: 1 });
    planner.observe(2000, [200]);
    expect(planner.plan(640, 480, 10)).toEqual({ scale: 1 });
  });

  it('lays the bands out again when the frame size changes, starting with a full search', () => {
    const planner = new InputScalePlanner();
    planner.plan(640, 480, 0);
    planner.observe(0, [200]);
    expect(planner.plan(640, 480, 66)?.band?.top).toBe(0);
    planner.observe(66, [200]);
    expect(planner.plan(1280, 720, 133)).toEqual({ scale: 0.5 });
    planner.observe(133, [400]);
    expect(planner.plan(1280, 720, 200)).toEqual({ scale: 0.25, band: { top: 0, height: 128 } });
  });
});
