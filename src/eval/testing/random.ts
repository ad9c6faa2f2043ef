/**
 * Seeded randomness for tests: every randomized synthetic sequence must replay exactly, so a failure can be
 * reproduced from its seed.
 */

export { seededRandom } from '../seeded-random';

/** Standard normal draws (Box–Muller) from a uniform source. */
export function gaussian(random: () => number): () => number {
  return () => {
    const u = Math.max(random(), 1e-12);
    const v = random();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  };
}

/** Uniform draw in [low, high). */
export function between(random: () => number, low: number, high: number): number {
  return low + (high - low) * random();
}
