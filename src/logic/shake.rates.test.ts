/**
 * The head-shake figures the README and the Rules and limits page show (models/shake-figures.json, written by
 * `npm run eval:shake`): measured again here (seeded, ≈ 5 s), so they must come out the same; then the detector is
 * held to the targets, all met: ≥ 95 % of shakes in every band (the weakest, ±15–25° at 0.5–1 Hz and at 2–3 Hz,
 * measure 97.0 %), ≤ 0.5 false opt-out per 10 min of synthetic ordinary motion (0.43) and none on any real negative
 * clip, crowd included, so a regression fails.
 */
import { describe, expect, it } from 'vitest';
import shakeFigures from '../../models/shake-figures.json';
import type { ShakeFigures } from './measured-figures';
import { measureShakeFigures, REAL_CLIPS, SHAKE_TARGETS } from '../eval/testing/shake-figures';

const committed: ShakeFigures = shakeFigures;
const measured = measureShakeFigures();

describe('head-shake figures', () => {
  it('match models/shake-figures.json (re-run `npm run eval:shake` after changing the shake detector)', () => {
    expect(JSON.parse(JSON.stringify(measured))).toEqual(committed);
  });

  it('detect ≥ 95 % of synthetic shakes in every band', () => {
    for (const band of measured.bands) {
      expect(band.rate, `±${band.amplitudeDeg.join('–')}° at ${band.hz.join('–')} Hz`).toBeGreaterThanOrEqual(SHAKE_TARGETS.detectionRate);
    }
    expect(measured.detection.rate).toBeGreaterThanOrEqual(SHAKE_TARGETS.detectionRate);
  });

  it('register at most 0.5 false opt-out per 10 minutes of synthetic ordinary motion', () => {
    expect(measured.syntheticNegatives.per10Min).toBeLessThanOrEqual(SHAKE_TARGETS.falseOptOutsPer10Min);
  });

  it('opt out early in head-shake and never on a real negative clip', () => {
    for (const clip of measured.real.clips) {
      const labeled = REAL_CLIPS.find((c) => c.clip === clip.clip);
      if (labeled && labeled.shakes.length > 0) expect(clip.firstOptOutS ?? Infinity, clip.clip).toBeLessThan(2);
      else expect(clip.optOuts, clip.clip).toEqual([]);
    }
    expect(measured.real.negatives.falseOptOuts).toBe(SHAKE_TARGETS.realFalseOptOuts);
    expect(measured.real.negatives.clips).toEqual(expect.arrayContaining(['real-d6-grimaces', 'real-talking-turns', 'real-speech', 'real-crowd-street', 'real-d13-talk', 'real-d12-talk-handheld']));
  });

  it('end the pass at every video cut joined from the real clips, same-size cuts included, and never opt out there', () => {
    for (const cuts of [measured.real.cuts.jumped, measured.real.cuts.sameSize]) {
      expect(cuts).toMatchObject({ splitIntoTwoPasses: cuts.joins, optOuts: 0 });
    }
    // The scene-cut threshold sits between every ordinary frame of the real clips and every cut between them.
    const scene = measured.real.sceneChange;
    expect(scene).toMatchObject({ ordinaryAbove: 0, joinsAbove: scene.joins });
  });
});
