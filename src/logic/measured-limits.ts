import type { SystemLimits } from './system-limits';

/**
 * This system's measured limits, shown in "Rules and limits". Each figure is copied from the report that
 * measured it (named in `source`); re-run the named command and update both together.
 */
export const MEASURED_LIMITS: SystemLimits = {
  detector: {
    // models/README.md, eval:detect on scenes_v2 (20 real photos, 94 faces ≥ 24 px), IoU ≥ 0.5.
    modes: {
      near: { recall: { value: 0.05, n: 94 }, precision: { value: 0.83 } },
      far: { recall: { value: 0.66, n: 94 }, precision: { value: 0.81 } },
      auto: { recall: { value: 0.66, n: 94 }, precision: { value: 0.81 } },
    },
    // Far and auto modes; the default near mode needs faces of 80 px at 640×480.
    smallestFacePx: 19,
    source: 'models/README.md (npm run eval:detect, real photos of scenes_v2; smallest face: far mode, near mode 80 px)',
  },
  classifier: {
    // models/mask-classifier/CARD.md: the held-out REAL photos (scenes_v2), the figure that matters on a street;
    // on the synthetic held-out sources it reaches 97.8–99.4 %.
    accuracy: { value: 0.853, n: 109 },
    recall: {
      with_mask: { value: 0.927, n: 82 },
      without_mask: { value: 0.773, n: 22 },
      mask_incorrect: { value: 0, n: 5 },
    },
    source: 'models/mask-classifier/CARD.md (npm run train; held-out real photos of scenes_v2)',
  },
  shake: {
    // npx vitest run src/logic/shake.rates.test.ts: 1000 seeded synthetic shakes; 5 h of ordinary motion.
    detectionRate: { value: 0.97, n: 1000 },
    falseOptOutsPer10Min: 0.93,
    source: 'src/logic/shake.rates.test.ts (synthetic sequences), README “Head-shake opt-out”',
  },
};
