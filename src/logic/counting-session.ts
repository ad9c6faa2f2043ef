/**
 * The counting session: the one object the page and `npm run analyze` both feed, frame by frame. It runs the
 * tracker, turns confirmed tracks into passes, runs a shake detector per confirmed track, applies opt-outs, and
 * keeps the per-minute buckets. Per-track state lives only while the track does; when a track ends, only its
 * contribution to the counts is kept.
 *
 * Opt-out: on a shake (or the "Don't count me" button), the track's pass and all its frames leave the figures,
 * its later frames are ignored, and "opted out" goes up by one. A track cannot be opted out after it ended: its
 * pass is then already only a number in a bucket, with nothing left to tie it to anyone.
 */
import { addCounts, addToBucket, emptyBuckets, emptyCounts, figuresOf, minuteOf, perFrameFigures, totals, type Buckets, type Counts, type Figures, type PerFrameFigures } from './aggregates';
import type { Box, Point } from './geometry';
import type { FrameResult, MaskLabel } from './frame';
import { PASS_PARAMS, newPass, observe, verdict, type Pass, type PassLabel, type PassParams } from './passes';
import { SHAKE_PARAMS, ShakeDetector, type ShakeParams, type ShakeStatus, type TraceSample } from './shake';
import { TRACKER_PARAMS, Tracker, type TrackerParams } from './tracker';

export interface SessionOptions {
  tracker?: TrackerParams;
  shake?: ShakeParams;
  pass?: PassParams;
  /** Added to frame timestamps to place counts in wall-clock minutes (the page: Date.now() − performance.now()). */
  clockOffsetMs?: number;
  /** Buckets to continue from (e.g. loaded from localStorage). */
  buckets?: Buckets;
}

export interface OptOutEvent {
  /** Frame timestamp, ms. */
  t: number;
  track: number;
  /** What registered it. */
  by: 'shake' | 'button';
}

/** One tracked face for the "how it works" view: geometry only, nothing else about the person. */
export interface TrackView {
  id: number;
  box: Box;
  keypoints: Point[];
  confirmed: boolean;
  optedOut: boolean;
  /** The pass's current vote (provisional until the track ends). */
  mask: PassLabel;
  shake: { status: ShakeStatus; trace: readonly TraceSample[]; swings: readonly number[]; threshold: number; windowMs: number } | null;
}

export interface TimelinePoint {
  /** Seconds (frame timestamp / 1000). */
  t: number;
  facesInView: number;
  /** Passes so far (open ones included), opted-out ones excluded. */
  passes: number;
  optedOut: number;
}

/** What `analyze` prints for a video, beside its own fields. */
export interface VideoSummary {
  passes: number;
  withMask: number;
  withoutMask: number;
  maskIncorrect: number;
  unknown: number;
  optOuts: { t: number; track: number }[];
  timeline: TimelinePoint[];
}

export interface SessionUpdate {
  /** Opt-outs registered on this frame. */
  optOuts: OptOutEvent[];
  /** True while counting is paused after "Don't count me". */
  paused: boolean;
}

interface LiveTrack {
  id: number;
  pass: Pass;
  /** Per-frame counts not yet in the buckets, per bucket time. */
  pendingFrames: Map<number, Partial<Counts>>;
  shake: ShakeDetector | null;
  optedOut: boolean;
  /** Appeared while counting was paused: never counted. */
  ignored: boolean;
  keypoints: Point[];
  box: Box;
  lastSeen: number;
}

const LABEL_KEY: Record<MaskLabel, 'withMask' | 'withoutMask' | 'maskIncorrect'> = {
  with_mask: 'withMask',
  without_mask: 'withoutMask',
  mask_incorrect: 'maskIncorrect',
};
const FRAME_LABEL_KEY: Record<MaskLabel, 'frameWithMask' | 'frameWithoutMask' | 'frameMaskIncorrect'> = {
  with_mask: 'frameWithMask',
  without_mask: 'frameWithoutMask',
  mask_incorrect: 'frameMaskIncorrect',
};

export class CountingSession {
  private readonly tracker: Tracker;
  private readonly shakeParams: ShakeParams;
  private readonly passParams: PassParams;
  private readonly clockOffsetMs: number;
  private store: Buckets;
  private live = new Map<number, LiveTrack>();
  private readonly optOutEvents: OptOutEvent[] = [];
  private readonly timelinePoints: TimelinePoint[] = [];
  private lastTimestamp: number | null = null;
  private facesInView = 0;
  private pausedUntil = -Infinity;

  constructor(options: SessionOptions = {}) {
    this.tracker = new Tracker(options.tracker ?? TRACKER_PARAMS);
    this.shakeParams = options.shake ?? SHAKE_PARAMS;
    this.passParams = options.pass ?? PASS_PARAMS;
    this.clockOffsetMs = options.clockOffsetMs ?? 0;
    this.store = options.buckets ?? emptyBuckets();
  }

  update(frame: FrameResult): SessionUpdate {
    const t = frame.timestamp;
    const paused = t < this.pausedUntil;
    const { trackIdOfDetection, dropped } = this.tracker.update(
      frame.faces.map((f) => f.box),
      t,
    );
    for (const track of dropped) this.close(track.id, track.confirmed);
    this.lastTimestamp = t;
    this.facesInView = frame.faces.length;
    if (!paused) this.store = addToBucket(this.store, t + this.clockOffsetMs, { frames: 1 });

    const confirmedIds = new Set(this.tracker.tracks.filter((tr) => tr.confirmed).map((tr) => tr.id));
    const optOuts: OptOutEvent[] = [];
    frame.faces.forEach((face, i) => {
      const id = trackIdOfDetection[i];
      let track = this.live.get(id);
      if (!track) {
        track = { id, pass: newPass(id, t), pendingFrames: new Map(), shake: null, optedOut: false, ignored: paused, keypoints: [], box: face.box, lastSeen: t };
        this.live.set(id, track);
      }
      track.keypoints = face.keypoints;
      track.box = face.box;
      track.lastSeen = t;
      if (track.optedOut || track.ignored) return;

      observe(track.pass, { t, faceHeight: face.box.h, mask: face.mask, maskScore: face.maskScore }, this.passParams);
      const bucket = minuteOf(t + this.clockOffsetMs);
      const pending = track.pendingFrames.get(bucket) ?? {};
      pending.faceFrames = (pending.faceFrames ?? 0) + 1;
      if (face.mask) pending[FRAME_LABEL_KEY[face.mask]] = (pending[FRAME_LABEL_KEY[face.mask]] ?? 0) + 1;
      track.pendingFrames.set(bucket, pending);

      if (confirmedIds.has(id)) {
        track.shake ??= new ShakeDetector(this.shakeParams);
        if (track.shake.update(face.keypoints, face.box, t).shake && !paused) optOuts.push(this.optOut(track, t, 'shake'));
      }
    });

    this.recordTimeline(t);
    return { optOuts, paused };
  }

  /**
   * "Don't count me": opts out every face in the latest frame, and pauses counting for `pauseMs` so whoever pressed
   * it can step away (faces that appear during the pause are never counted).
   */
  optOutAllInView(timestamp: number, pauseMs = 5000): OptOutEvent[] {
    const events: OptOutEvent[] = [];
    for (const track of this.live.values()) {
      if (track.lastSeen === this.lastTimestamp && !track.optedOut && !track.ignored) events.push(this.optOut(track, timestamp, 'button'));
    }
    this.pausedUntil = Math.max(this.pausedUntil, timestamp + pauseMs);
    return events;
  }

  /** Whether counting is paused at `timestamp` (after "Don't count me"). */
  isPaused(timestamp: number): boolean {
    return timestamp < this.pausedUntil;
  }

  get events(): readonly OptOutEvent[] {
    return this.optOutEvents;
  }

  /** Counts so far: closed passes from the buckets plus the open ones, as they stand now. */
  counts(): Counts {
    let sum = totals(this.store);
    for (const track of this.live.values()) sum = addCounts(sum, this.contribution(track, this.isConfirmed(track.id)));
    return sum;
  }

  figures(): Figures {
    return figuresOf(this.counts(), this.facesInView);
  }

  perFrameFigures(): PerFrameFigures {
    return perFrameFigures(this.counts());
  }

  /** Closed passes only, per minute: what the page persists. */
  get buckets(): Buckets {
    return this.store;
  }

  /** Faces in the latest frame, for the "how it works" view. */
  view(): TrackView[] {
    const views: TrackView[] = [];
    for (const track of this.live.values()) {
      if (track.lastSeen !== this.lastTimestamp) continue;
      const p = this.shakeParams;
      views.push({
        id: track.id,
        box: track.box,
        keypoints: track.keypoints,
        confirmed: this.isConfirmed(track.id),
        optedOut: track.optedOut,
        mask: track.optedOut || track.ignored ? 'unknown' : verdict(track.pass, this.passParams).label,
        shake: track.shake ? { status: track.shake.status, trace: track.shake.trace, swings: track.shake.swings, threshold: p.threshold, windowMs: p.windowMs } : null,
      });
    }
    return views.sort((a, b) => a.id - b.id);
  }

  /** Ends every open track (end of a video, or the page stopping): their passes go into the buckets. */
  finish(): void {
    for (const id of [...this.live.keys()]) this.close(id, this.isConfirmed(id));
    this.tracker.reset();
  }

  /** For `analyze`: call after the last frame. Ends the open tracks. */
  summary(): VideoSummary {
    this.finish();
    const c = totals(this.store);
    return {
      passes: c.passes,
      withMask: c.withMask,
      withoutMask: c.withoutMask,
      maskIncorrect: c.maskIncorrect,
      unknown: c.unknown,
      optOuts: this.optOutEvents.map((e) => ({ t: Math.round(e.t / 10) / 100, track: e.track })),
      timeline: this.timelinePoints,
    };
  }

  /** Forgets everything: counts, tracks, events. */
  reset(): void {
    this.tracker.reset();
    this.live.clear();
    this.store = emptyBuckets();
    this.optOutEvents.length = 0;
    this.timelinePoints.length = 0;
    this.lastTimestamp = null;
    this.facesInView = 0;
    this.pausedUntil = -Infinity;
  }

  private isConfirmed(id: number): boolean {
    return this.tracker.tracks.some((tr) => tr.id === id && tr.confirmed);
  }

  private optOut(track: LiveTrack, t: number, by: OptOutEvent['by']): OptOutEvent {
    track.optedOut = true;
    track.pendingFrames.clear();
    track.pass = newPass(track.id, t);
    track.shake = null;
    this.store = addToBucket(this.store, t + this.clockOffsetMs, { optedOut: 1 });
    const event = { t, track: track.id, by };
    this.optOutEvents.push(event);
    return event;
  }

  /** What a live track adds to the counts (its frames; its pass if confirmed). */
  private contribution(track: LiveTrack, confirmed: boolean): Counts {
    let c = emptyCounts();
    if (track.optedOut || track.ignored) return c;
    for (const pending of track.pendingFrames.values()) c = addCounts(c, pending);
    if (confirmed) {
      const v = verdict(track.pass, this.passParams);
      c = addCounts(c, { passes: 1, ...(v.label === 'unknown' ? { unknown: 1 } : { [LABEL_KEY[v.label]]: 1 }) });
    }
    return c;
  }

  private close(id: number, confirmed: boolean): void {
    const track = this.live.get(id);
    if (!track) return;
    this.live.delete(id);
    if (track.optedOut || track.ignored) return;
    for (const [bucket, pending] of track.pendingFrames) this.store = addToBucket(this.store, bucket, pending);
    if (confirmed) {
      const v = verdict(track.pass, this.passParams);
      this.store = addToBucket(this.store, track.pass.lastSeen + this.clockOffsetMs, {
        passes: 1,
        ...(v.label === 'unknown' ? { unknown: 1 } : { [LABEL_KEY[v.label]]: 1 }),
      });
    }
  }

  private recordTimeline(t: number): void {
    const second = Math.floor(t / 1000);
    const last = this.timelinePoints[this.timelinePoints.length - 1];
    if (last && Math.floor(last.t) >= second) return;
    const c = this.counts();
    this.timelinePoints.push({ t: second, facesInView: this.facesInView, passes: c.passes, optedOut: c.optedOut });
  }
}
