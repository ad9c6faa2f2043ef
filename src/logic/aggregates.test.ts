import { describe, expect, it } from 'vitest';
import {
  BUCKET_MS,
  DECREE_WINDOW_MS,
  addToBucket,
  bucketsToCsv,
  bucketsToJson,
  decreeFigures,
  emptyBuckets,
  figuresOf,
  parseBuckets,
  perFrameFigures,
  totals,
} from './aggregates';

const T0 = Date.UTC(2020, 4, 4, 9, 0); // a market morning, on a 20-minute boundary

describe('aggregates', () => {
  it('adds to per-minute buckets without touching the input, and totals them', () => {
    const a = addToBucket(emptyBuckets(), T0 + 5_000, { passes: 1, withMask: 1 });
    const b = addToBucket(a, T0 + 59_000, { passes: 1, withoutMask: 1 });
    const c = addToBucket(b, T0 + BUCKET_MS, { passes: 1, unknown: 1 });
    expect(Object.keys(a.buckets)).toHaveLength(1);
    expect(a.buckets[String(T0)].passes).toBe(1);
    expect(Object.keys(c.buckets)).toEqual([String(T0), String(T0 + BUCKET_MS)]);
    expect(totals(c)).toMatchObject({ passes: 3, withMask: 1, withoutMask: 1, unknown: 1 });
  });

  it('gives no % masked below 5 classified passes, and a Wilson interval from 5', () => {
    let buckets = emptyBuckets();
    for (let i = 0; i < 4; i++) buckets = addToBucket(buckets, T0, { passes: 1, withMask: 1 });
    expect(figuresOf(totals(buckets)).percentMasked).toMatchObject({ share: null, reason: 'too-few-classified' });
    buckets = addToBucket(buckets, T0, { passes: 2, withoutMask: 1, unknown: 1 });
    const f = figuresOf(totals(buckets), 3);
    expect(f).toMatchObject({ facesInView: 3, passes: 6, withMask: 4, withoutMask: 1, unknown: 1 });
    expect(f.percentMasked.share).toBeCloseTo(0.8);
    expect(f.percentMasked.interval?.low).toBeCloseTo(0.3755, 3);
  });

  it('adds up within a minute and survives a JSON round trip (what localStorage holds)', () => {
    let buckets = addToBucket(emptyBuckets(), T0, { passes: 2, withMask: 2, frames: 30, faceFrames: 40 });
    buckets = addToBucket(addToBucket(buckets, T0 + 1000, { passes: 1, optedOut: 1 }), T0 + BUCKET_MS, { passes: 1 });
    expect(buckets.buckets[String(T0)]).toMatchObject({ passes: 3, withMask: 2, optedOut: 1, faceFrames: 40 });
    expect(buckets.buckets[String(T0 + BUCKET_MS)]).toMatchObject({ passes: 1 });
    expect(parseBuckets(bucketsToJson(buckets))).toEqual(buckets);
  });

  it('rejects anything that is not Headcount buckets', () => {
    expect(parseBuckets('not json')).toBeNull();
    expect(parseBuckets('{"version":2,"buckets":{}}')).toBeNull();
    expect(parseBuckets('{"version":1,"buckets":{"x":{}}}')).toBeNull();
    expect(parseBuckets('{"version":1,"buckets":{"0":{"passes":-1}}}')).toBeNull();
    expect(parseBuckets('{"version":1,"buckets":{"0":{"passes":2}}}')?.buckets['0'].passes).toBe(2);
  });

  it('exports one CSV row per minute with ISO times', () => {
    const csv = bucketsToCsv(addToBucket(addToBucket(emptyBuckets(), T0 + BUCKET_MS, { passes: 1 }), T0, { passes: 2, withMask: 1 }));
    const lines = csv.trim().split('\n');
    expect(lines[0]).toBe('minute,passes,withMask,withoutMask,maskIncorrect,unknown,optedOut,frames,faceFrames,frameWithMask,frameWithoutMask,frameMaskIncorrect,unknownTooBrief,unknownNotClassified,unknownTooSmall,unknownUnsure,unknownUndecided,frameUnknown');
    expect(lines[1]).toBe('2020-05-04T09:00:00.000Z,2,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0');
    expect(lines[2].startsWith('2020-05-04T09:01:00.000Z,1,')).toBe(true);
  });

  it('publishes decree figures only for closed 20-minute windows', () => {
    let buckets = emptyBuckets();
    buckets = addToBucket(buckets, T0 + 60_000, { passes: 5, withMask: 3, withoutMask: 2 });
    buckets = addToBucket(buckets, T0 + DECREE_WINDOW_MS + 60_000, { passes: 1, withMask: 1 });
    const during = decreeFigures(buckets, T0 + 19 * 60_000);
    expect(during.published).toEqual([]);
    expect(during.openWindow).toEqual({ start: T0, end: T0 + DECREE_WINDOW_MS });
    const after = decreeFigures(buckets, T0 + DECREE_WINDOW_MS + 5 * 60_000);
    expect(after.published).toHaveLength(1);
    expect(after.published[0]).toMatchObject({ start: T0, end: T0 + DECREE_WINDOW_MS, figures: { passes: 5, withMask: 3 } });
    expect(after.published[0].figures.percentMasked.share).toBeCloseTo(0.6);
    expect(() => decreeFigures(buckets, T0, 10 * 60_000)).toThrow(RangeError);
  });

  it('shows how a per-frame count overstates people', () => {
    // One masked person standing 10 s at 15 fps: 1 pass, 150 face-frames.
    const b = addToBucket(emptyBuckets(), T0, { passes: 1, withMask: 1, frames: 150, faceFrames: 150, frameWithMask: 150 });
    const pf = perFrameFigures(totals(b));
    expect(pf).toMatchObject({ faces: 150, withMask: 150, inflation: 150 });
    expect(pf.percentMasked.share).toBe(1);
    expect(figuresOf(totals(b)).percentMasked.share).toBeNull();
  });
});
