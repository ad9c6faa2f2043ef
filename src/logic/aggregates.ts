/**
 * The only numbers Headcount keeps: counts per minute, as a plain JSON object the page can store (localStorage)
 * and export. No pass, track or timestamp finer than a minute is in it. Figures, the "decree 2021-269" windows
 * and the "per frame" comparison are all computed from these buckets by pure functions.
 */
import type { MaskLabel } from './frame';
import type { UnknownReason } from './passes';
import { maskedShare, type MaskCounts, type MaskedShare } from './wilson';

/** Counts for one minute (or any sum of minutes). */
export interface Counts {
  /** Passes (confirmed tracks) that ended in this minute and were not opted out. */
  passes: number;
  withMask: number;
  withoutMask: number;
  maskIncorrect: number;
  unknown: number;
  /** The unknown passes by reason (passes.ts, UNKNOWN_REASONS); they sum to `unknown`. */
  unknownTooBrief: number;
  unknownNotClassified: number;
  unknownTooSmall: number;
  unknownUnsure: number;
  unknownUndecided: number;
  /** People who opted out (shake or button): counted here only as a number. */
  optedOut: number;
  /** Frames analysed while counting. */
  frames: number;
  /** Sum over frames of the faces in each frame (opted-out tracks removed): what counting without tracking reports. */
  faceFrames: number;
  /** The same per-frame sum split by each frame's mask label (frames without a label are not in these). */
  frameWithMask: number;
  frameWithoutMask: number;
  frameMaskIncorrect: number;
  /** Faces in frames whose label was below the classifier's threshold (abstention.ts): counted under no class. */
  frameUnknown: number;
}

export const COUNT_KEYS = [
  'passes',
  'withMask',
  'withoutMask',
  'maskIncorrect',
  'unknown',
  'optedOut',
  'frames',
  'faceFrames',
  'frameWithMask',
  'frameWithoutMask',
  'frameMaskIncorrect',
  // Added by issue 27, after the older keys so the CSV columns people already read keep their places; buckets
  // stored before it read as 0 here.
  'unknownTooBrief',
  'unknownNotClassified',
  'unknownTooSmall',
  'unknownUnsure',
  'unknownUndecided',
  'frameUnknown',
] as const satisfies readonly (keyof Counts)[];

/** Each mask label's count keys: for passes, and for the per-frame sums. The one table that ties them. */
export const MASK_COUNT_KEYS = {
  with_mask: { pass: 'withMask', frame: 'frameWithMask' },
  without_mask: { pass: 'withoutMask', frame: 'frameWithoutMask' },
  mask_incorrect: { pass: 'maskIncorrect', frame: 'frameMaskIncorrect' },
} as const satisfies Record<MaskLabel, { pass: keyof Counts; frame: keyof Counts }>;

export type MaskCountKey = (typeof MASK_COUNT_KEYS)[MaskLabel]['pass'];

/** Each reason a pass is unknown, and its count key. */
export const UNKNOWN_COUNT_KEYS = {
  'too-brief': 'unknownTooBrief',
  'not-classified': 'unknownNotClassified',
  'too-small': 'unknownTooSmall',
  unsure: 'unknownUnsure',
  undecided: 'unknownUndecided',
} as const satisfies Record<UnknownReason, keyof Counts>;
export type UnknownCountKey = (typeof UNKNOWN_COUNT_KEYS)[UnknownReason];
export type { MaskCounts };

/** The mask counts of passes, or of the per-frame sums, under the pass keys. */
export function maskCounts(counts: Counts, of: 'pass' | 'frame'): MaskCounts {
  const { with_mask, without_mask, mask_incorrect } = MASK_COUNT_KEYS;
  return { withMask: counts[with_mask[of]], withoutMask: counts[without_mask[of]], maskIncorrect: counts[mask_incorrect[of]] };
}

export const BUCKET_MS = 60_000;

/** Per-minute buckets, keyed by the minute's start (ms since the epoch, or since the video's start for `analyze`). */
export interface Buckets {
  version: 1;
  buckets: Record<string, Counts>;
}

export function emptyCounts(): Counts {
  return Object.fromEntries(COUNT_KEYS.map((k) => [k, 0])) as unknown as Counts;
}

export function emptyBuckets(): Buckets {
  return { version: 1, buckets: {} };
}

export const minuteOf = (t: number): number => Math.floor(t / BUCKET_MS) * BUCKET_MS;

export function addCounts(a: Counts, b: Partial<Counts>): Counts {
  const out = { ...a };
  for (const k of COUNT_KEYS) out[k] += b[k] ?? 0;
  return out;
}

/** Adds `delta` to the bucket of the minute containing `t` (returns a new object; the input is not changed). */
export function addToBucket(buckets: Buckets, t: number, delta: Partial<Counts>): Buckets {
  const key = String(minuteOf(t));
  return { version: 1, buckets: { ...buckets.buckets, [key]: addCounts(buckets.buckets[key] ?? emptyCounts(), delta) } };
}

/** Sum over the buckets whose minute starts in [from, to). */
export function totals(buckets: Buckets, from = -Infinity, to = Infinity): Counts {
  let sum = emptyCounts();
  for (const [key, counts] of Object.entries(buckets.buckets)) {
    const start = Number(key);
    if (start >= from && start < to) sum = addCounts(sum, counts);
  }
  return sum;
}

export interface Figures extends Pick<Counts, 'passes' | MaskCountKey | 'unknown' | UnknownCountKey | 'optedOut'> {
  /** Faces detected in the latest frame. */
  facesInView: number;
  /** % masked with its 95 % Wilson interval, or null with the reason (too few classified passes). */
  percentMasked: MaskedShare;
}

export function figuresOf(counts: Counts, facesInView = 0): Figures {
  const masks = maskCounts(counts, 'pass');
  const why = Object.fromEntries(Object.values(UNKNOWN_COUNT_KEYS).map((k) => [k, counts[k]])) as Pick<Counts, UnknownCountKey>;
  return { facesInView, passes: counts.passes, ...masks, unknown: counts.unknown, ...why, optedOut: counts.optedOut,
    percentMasked: maskedShare(masks) };
}

/**
 * What counting without tracking would report: every face in every frame is "a person". `faces` is the sum over
 * frames (a person standing 10 s at 15 fps is 150), and the share is per frame; compare with the pass figures.
 */
export interface PerFrameFigures extends MaskCounts {
  frames: number;
  faces: number;
  percentMasked: MaskedShare;
  /** faces / passes: how many times over a per-frame count overstates people (null without passes). */
  inflation: number | null;
}

export function perFrameFigures(counts: Counts): PerFrameFigures {
  const masks = maskCounts(counts, 'frame');
  return {
    frames: counts.frames,
    faces: counts.faceFrames,
    ...masks,
    percentMasked: maskedShare(masks),
    inflation: counts.passes > 0 ? counts.faceFrames / counts.passes : null,
  };
}

/** Décret n° 2021-269 (17 March 2021): mask statistics from cameras in transport only per window of ≥ 20 minutes. */
export const DECREE_WINDOW_MS = 20 * 60_000;

export interface DecreeWindow {
  start: number;
  end: number;
  figures: Figures;
}

export interface DecreeFigures {
  /** Closed windows with any activity, oldest first: the only figures the decree allows to publish. */
  published: DecreeWindow[];
  /** The window still open: nothing from it is shown until it closes. */
  openWindow: { start: number; end: number };
}

/**
 * Figures per closed window of `windowMs` (aligned on multiples of it, so windows do not depend on when the page
 * was opened). A window is closed when `now` ≥ its end; the open one is withheld.
 */
export function decreeFigures(buckets: Buckets, now: number, windowMs = DECREE_WINDOW_MS): DecreeFigures {
  if (windowMs < DECREE_WINDOW_MS) throw new RangeError('the decree requires windows of at least 20 minutes');
  const openStart = Math.floor(now / windowMs) * windowMs;
  const starts = new Set<number>();
  for (const key of Object.keys(buckets.buckets)) {
    const start = Math.floor(Number(key) / windowMs) * windowMs;
    if (start + windowMs <= now) starts.add(start);
  }
  const published = [...starts]
    .sort((a, b) => a - b)
    .map((start) => ({ start, end: start + windowMs, figures: figuresOf(totals(buckets, start, start + windowMs)) }));
  return { published, openWindow: { start: openStart, end: openStart + windowMs } };
}

/** One CSV line per minute, oldest first; `minute` is ISO 8601 UTC when keys are epoch times. */
export function bucketsToCsv(buckets: Buckets): string {
  const header = ['minute', ...COUNT_KEYS].join(',');
  const rows = Object.keys(buckets.buckets)
    .map(Number)
    .sort((a, b) => a - b)
    .map((start) => [new Date(start).toISOString(), ...COUNT_KEYS.map((k) => String(buckets.buckets[String(start)][k]))].join(','));
  return [header, ...rows].join('\n') + '\n';
}

export function bucketsToJson(buckets: Buckets): string {
  return JSON.stringify(buckets);
}

/** Reads stored or imported buckets; null when the text is not valid Headcount buckets (so the page can start fresh). */
export function parseBuckets(text: string): Buckets | null {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof data !== 'object' || data === null) return null;
  const { version, buckets } = data as { version?: unknown; buckets?: unknown };
  if (version !== 1 || typeof buckets !== 'object' || buckets === null) return null;
  const out: Record<string, Counts> = {};
  for (const [key, value] of Object.entries(buckets)) {
    if (!Number.isFinite(Number(key)) || typeof value !== 'object' || value === null) return null;
    const counts = emptyCounts();
    for (const k of COUNT_KEYS) {
      const v = (value as Record<string, unknown>)[k];
      if (v === undefined) continue;
      if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) return null;
      counts[k] = v;
    }
    out[key] = counts;
  }
  return { version: 1, buckets: out };
}
