import { describe, expect, it } from 'vitest';
import { en, fr } from '../i18n/rules-content';
import { detectorComparisonTables, limitTables } from './rules-limits';

describe('limitTables', () => {
  it('shows every expected measure, each "not measured yet" when nothing is known', () => {
    const tables = limitTables({}, en.limits, 'en');
    expect(tables.map((t) => t.caption)).toEqual(['Face detector', 'Mask classifier', 'Head-shake opt-out']);
    // detector: recall per mask class, precision, masked share true → estimated, smallest face;
    // classifier: accuracy + 3 classes + unknown share + masked share through the page's pipeline + 3 classes
    // against AIZOO's detector; shake: synthetic detection, the hardest band, synthetic false opt-outs, real
    // footage, video cuts
    expect(tables.map((t) => t.rows.length)).toEqual([6, 9, 5]);
    for (const row of tables.flatMap((t) => t.rows)) {
      expect(row).toMatchObject({ value: 'not measured yet', measured: false, detail: '' });
    }
    expect(tables.every((t) => t.source === '')).toBe(true);
  });

  it('formats measured figures in the view language and leaves the rest "not measured yet"', () => {
    const limits = {
      detector: {
        recall: { with_mask: { value: 0.912, n: 1500, low: 0.897, high: 0.926 } },
        maskedShare: { true: 0.8, estimated: 0.765 },
        smallestFacePx: 24,
      },
      classifier: { accuracy: { value: 0.95 }, recall: { mask_incorrect: { value: 0.6, n: 40 } } },
      shake: {
        falseOptOutsPer10Min: 0.93,
        realFalseOptOuts: { count: 0, minutes: 3.78, clips: 11 },
        cutOptOuts: { count: 0, cuts: 1008 },
        hardestBand: { rate: { value: 0.927, n: 300, low: 0.891, high: 0.951 }, hz: [2, 3], amplitudeDeg: [15, 25] },
        source: 'models/shake card v1',
      },
    };
    const [detector, classifier, shake] = limitTables(limits, fr.limits, 'fr');
    const maskedRecall = detector?.rows[0];
    expect(maskedRecall?.measure).toBe('Visages trouvés, masque porté');
    expect(maskedRecall?.value).toMatch(/^91,2\s%$/);
    expect(maskedRecall?.detail).toMatch(/^n = 1\s500 · intervalle à 95 % : de 89,7\s% à 92,6\s%$/);
    expect(detector?.rows[1]?.value).toBe('pas encore mesuré');
    expect(detector?.rows[4]?.value).toMatch(/^80\s% → 76,5\s%$/);
    expect(detector?.rows[5]).toMatchObject({ measure: 'Plus petit visage trouvé de façon fiable', value: '24 px de haut' });
    expect(classifier?.rows.map((r) => r.measured)).toEqual([true, false, false, true, false, false, false, false, false]);
    expect(classifier?.rows[3]?.detail).toBe('n = 40');
    expect(shake?.rows.map((r) => r.value)).toEqual(['pas encore mesuré', expect.stringMatching(/^92,7\s%$/), '0,93', '0', '0']);
    expect(shake?.rows[4]?.measure).toMatch(/^Oppositions enregistrées à des coupes de montage d’une vraie personne à une autre \(1\s008 coupes,/);
    expect(shake?.rows[3]?.measure).toBe('Oppositions enregistrées sur de vraies vidéos de personnes qui n’ont jamais fait « non » (3,8 minutes de visages, 11 vidéos, dont une foule dans la rue)');
    expect(shake?.rows[1]?.measure).toBe('Signes « non » reconnus là où ils sont le plus difficiles à lire (±15–25° à 2–3 Hz)');
    expect(shake?.rows[1]?.detail).toMatch(/^n = 300 · intervalle à 95 % : de 89,1\s% à 95,1\s%$/);
    expect(shake?.source).toBe('models/shake card v1');
  });

  it('shows the page and AIZOO labelled right on the same faces, with both sample sizes', () => {
    const limits = { classifier: { peerRight: { without_mask: { page: { value: 0.739, n: 23 }, peer: { value: 1, n: 16 } } } } };
    const [, classifier] = limitTables(limits, en.limits, 'en');
    const [withMask, withoutMask] = classifier?.rows.slice(6) ?? [];
    expect(withMask).toMatchObject({ value: 'not measured yet', measured: false });
    expect(withoutMask).toMatchObject({
      measure: 'No mask labelled right, on the same real faces: this page, then AIZOO’s public 2020 detector',
      value: expect.stringMatching(/^73\.9\s?%, then 100\s?%$/),
      detail: 'n = 23 faces; AIZOO judged on the 16 of them it found',
      measured: true,
    });
    const [, classifierFr] = limitTables(limits, fr.limits, 'fr');
    expect(classifierFr?.rows[7]?.value).toMatch(/^73,9\s%, puis 100\s%$/);
  });

  it('treats a non-finite value as not measured', () => {
    const [, classifier] = limitTables({ classifier: { accuracy: { value: Number.NaN } } }, en.limits, 'en');
    expect(classifier?.rows[0]).toMatchObject({ value: 'not measured yet', measured: false });
  });
});

describe('detectorComparisonTables', () => {
  const limits = {
    detectorComparison: {
      set: 'real_scenes test',
      source: 'models/README.md',
      detectors: [
        { name: 'yunet', minScore: 0.7, counts: true, recall: { with_mask: { value: 0.884, n: 173, low: 0.828, high: 0.924 } }, maskedShare: { true: 0.856, estimated: 0.796 } },
        { name: 'blazeface', minScore: 0.75, counts: false, recall: { without_mask: { value: 0.043, n: 23, low: 0.008, high: 0.21 } } },
      ],
    },
  };

  it('gives one table per detector, the counting one named as such, in the view language, the source once', () => {
    const tables = detectorComparisonTables(limits, fr, 'fr');
    expect(tables.map((t) => t.caption)).toEqual(['YuNet (score ≥ 0,7) · compte sur cette page', 'BlazeFace (score ≥ 0,75)']);
    expect(tables[0].rows[0]).toMatchObject({ value: '88,4\u00a0%', measured: true });
    expect(tables[0].rows[4].value).toMatch(/^85,6\s% → 79,6\s%$/);
    expect(tables[1].rows[1]).toMatchObject({ value: '4,3\u00a0%', detail: expect.stringContaining('n = 23') });
    expect(tables[1].rows[0]).toMatchObject({ value: 'pas encore mesuré', measured: false });
    expect(tables.map((t) => t.source)).toEqual(['', 'models/README.md']);
  });

  it('gives no table when the comparison was not measured', () => {
    expect(detectorComparisonTables({}, en, 'en')).toEqual([]);
  });
});
