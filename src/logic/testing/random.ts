/**
 * Seeded randomness for tests: every randomized synthetic sequence must replay exactly, so a failure can be
 * reproduced from its seed.
 */

/** mulberry32: a tiny 32-bit PRNG, good enough for test noise; returns a function giving numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

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
