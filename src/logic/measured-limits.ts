import type { SystemLimits } from './system-limits';

/**
 * This system's measured limits, shown in "Rules and limits". Each figure is copied from the report that
 * measured it (named in `source`); re-run the named command and update both together.
 */
export const MEASURED_LIMITS: SystemLimits = {
  shake: {
    // npx vitest run src/logic/shake.rates.test.ts: 1000 seeded synthetic shakes; 5 h of ordinary motion.
    detectionRate: { value: 0.97, n: 1000 },
    source: 'src/logic/shake.rates.test.ts (synthetic sequences), README “Head-shake opt-out”',
  },
};
