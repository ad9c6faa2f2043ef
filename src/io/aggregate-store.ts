import { emptyBuckets, parseBuckets, type Buckets } from '../logic/aggregates';

/** The one localStorage key Headcount writes: per-minute counts, nothing else. */
export const AGGREGATES_KEY = 'headcount.aggregates.v1';

/**
 * Per-minute counts kept on this device so a reload does not lose them. Storage can be missing, full or
 * blocked (private modes, policies): then the page still counts, it just does not remember.
 */
export class AggregateStore {
  constructor(private readonly storage: Storage | null) {}

  load(): Buckets {
    try {
      const text = this.storage?.getItem(AGGREGATES_KEY);
      return (text && parseBuckets(text)) || emptyBuckets();
    } catch {
      return emptyBuckets();
    }
  }

  /** False when the counts could not be written. */
  save(buckets: Buckets): boolean {
    try {
      this.storage?.setItem(AGGREGATES_KEY, JSON.stringify(buckets));
      return this.storage !== null;
    } catch {
      return false;
    }
  }

  clear(): void {
    try {
      this.storage?.removeItem(AGGREGATES_KEY);
    } catch {
      // Nothing stored, or nothing we may touch: either way nothing is left to erase.
    }
  }
}

/** localStorage when the page may use it (it throws on access when blocked). */
export function pageStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
