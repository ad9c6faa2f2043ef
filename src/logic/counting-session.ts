/**
 * The counting session: the one object the page and `npm run analyze` both feed, frame by frame. It runs the
 * tracker, turns confirmed tracks into passes, runs a shake detector per confirmed track, applies opt-outs, and
 * keeps the per-minute buckets. Per-track state is the tracker's tracks' `state`, so it lives only while the track
 * does; when a track ends, only its contribution to the counts is kept.
 *
 * Opt-out: on a shake (or the "Don't count me" button), the track's pass and all its frames leave the figures,
 * its later frames are ignored, and "opted out" goes up by one. A track cannot be opted out after it ended: its
 * pass is then already only a number in a bucket, with nothing left to tie it to anyone.
 */
import { MASK_COUNT_KEYS, UNKNOWN_COUNT_KEYS, addCounts, maskCounts, addToBucket, emptyBuckets, emptyCounts, figuresOf, minuteOf, perFrameFigures, totals, type Buckets, type Counts, type Figures, type MaskCountKey, type PerFrameFigures } from './aggregates';
import type { Box, Point } from './geometry';
import { faceLabel, type FaceLabel } from './abstention';
import type { FrameResult, MaskLabel } from './frame';
import { PASS_PARAMS, newPass, observe, verdict, type Pass, type PassLabel, type PassParams, type UnknownReason } from './passes';
import { SHAKE_PARAMS, ShakeDetector, type ShakeParams, type ShakeStatus, type TraceSample } from './shake';
import { SCENE_CUT_PARAMS, isSceneCut, type SceneCutParams } from './scene-cut';
import { TRACKER_PARAMS, Tracker, type Track, type TrackerParams } from './tracker';

export interface SessionOptions {
  tracker?: TrackerParams;
  shake?: ShakeParams;
  sceneCut?: SceneCutParams;
  pass?: PassParams;
  /** Added to frame timestamps to place counts in wall-clock minutes (the page: Date.now() − performance.now()). */
  clockOffsetMs?: number;
  /** Buckets to continue from (e.g. loaded from localStorage). */
  buckets?: Buckets;
}

export interface OptOutEvent {
  kind: 'opt-out';
  /** Frame timestamp, ms. */
  t: number;
  track: number;
  /** What registered it. */
  by: 'shake' | 'button';
}

/**
 * What the session did, as it happened: the page's workshop and confirmations read these instead of comparing
 * counts from frame to frame. Within one update: passes, then verdicts, then opt-outs.
 */
export type SessionEvent =
  /** A track was confirmed and counted as a pass (not one that appeared during a "Don't count me" pause). */
  | { kind: 'pass'; t: number; track: number }
  /** A pass's vote is now decided as `label`: its first decision, or a change (an undecided spell keeps the last). */
  | { kind: 'verdict'; t: number; track: number; label: MaskLabel }
  | OptOutEvent;

/** One tracked face for the "how it works" view: geometry only, nothing else about the person. */
export interface TrackView {
  id: number;
  box: Box;
  keypoints: Point[];
  confirmed: boolean;
  optedOut: boolean;
  /** The pass's current vote (provisional until the track ends). */
  mask: PassLabel;
  /** Why the pass is unknown so far (null when it has a label, or is opted out). */
  unknownReason: UnknownReason | null;
  /** This frame's label of the face: `unknown` when the classifier was not sure enough; null when not classified. */
  frame: { label: FaceLabel; score: number | null } | null;
  shake: { status: ShakeStatus; trace: readonly TraceSample[]; swings: readonly number[]; threshold: number; fastSwingDeg: number; traceMs: number } | null;
}

export interface TimelinePoint {
  /** Seconds (frame timestamp / 1000). */
  t: number;
  facesInView: number;
  /** Passes so far (open ones included), opted-out ones excluded. */
  passes: number;
  optedOut: number;
}

/** How long counting pauses after "Don't count me", so whoever pressed it can step out of view. */
export const OPT_OUT_PAUSE_MS = 5000;

/** What `analyze` prints for a video, beside its own fields. */
export interface VideoSummary extends Pick<Counts, 'passes' | MaskCountKey | 'unknown'> {
  /** The unknown passes by reason. */
  unknownWhy: Record<UnknownReason, number>;
  optOuts: { t: number; track: number }[];
  timeline: TimelinePoint[];
}

export interface SessionUpdate {
  /** What this frame did, in order: passes counted, verdicts decided or changed, opt-outs. */
  events: SessionEvent[];
}

/** What the session keeps per track, beside the tracker's geometry. */
interface TrackCount {
  pass: Pass;
  /** Per-frame counts not yet in the buckets, per bucket time. */
  pendingFrames: Map<number, Partial<Counts>>;
  shake: ShakeDetector | null;
  optedOut: boolean;
  /** Appeared while counting was paused: never counted. */
  ignored: boolean;
  keypoints: Point[];
  /** The latest frame's label of the face, for the view only. */
  frame: TrackView['frame'];
  /** Whether its pass has been announced (a `pass` event). */
  counted: boolean;
  /** Its latest decided vote, announced by a `verdict` event. */
  decided: MaskLabel | null;
}

type LiveTrack = Track<TrackCount>;

export class CountingSession {
  private readonly tracker: Tracker<TrackCount>;
  private readonly shakeParams: ShakeParams;
  private readonly sceneCutParams: SceneCutParams;
  private readonly passParams: PassParams;
  private readonly clockOffsetMs: number;
  private store: Buckets;
  private readonly optOutEvents: OptOutEvent[] = [];
  private readonly timelinePoints: TimelinePoint[] = [];
  private lastTimestamp: number | null = null;
  private facesInView = 0;
  private pausedUntil = -Infinity;

  constructor(options: SessionOptions = {}) {
    this.tracker = new Tracker(options.tracker ?? TRACKER_PARAMS, (id, t) => ({
      pass: newPass(id, t), pendingFrames: new Map(), shake: null, optedOut: false, ignored: this.isPaused(t), keypoints: [],
      frame: null, counted: false, decided: null,
    }));
    this.shakeParams = options.shake ?? SHAKE_PARAMS;
    this.sceneCutParams = options.sceneCut ?? SCENE_CUT_PARAMS;
    this.passParams = options.pass ?? PASS_PARAMS;
    this.clockOffsetMs = options.clockOffsetMs ?? 0;
    this.store = options.buckets ?? emptyBuckets();
  }

  update(frame: FrameResult): SessionUpdate {
    const t = frame.timestamp;
    const paused = t < this.pausedUntil;
    // A video cut: every face after it is a new pass, and no shake reading spans it (each track has its own detector).
    if (isSceneCut(frame.sceneChange, this.sceneCutParams)) for (const track of this.tracker.endAll()) this.close(track);
    const { trackOfDetection, dropped } = this.tracker.update(
      frame.faces.map((f) => f.box),
      t,
    );
    for (const track of dropped) this.close(track);
    this.lastTimestamp = t;
    this.facesInView = frame.faces.length;
    if (!paused) this.store = addToBucket(this.store, t + this.clockOffsetMs, { frames: 1 });

    const passes: SessionEvent[] = [];
    const verdicts: SessionEvent[] = [];
    const optOuts: SessionEvent[] = [];
    frame.faces.forEach((face, i) => {
      const track = trackOfDetection[i];
      const state = track.state;
      state.keypoints = face.keypoints;
      const label = faceLabel(face.mask, face.maskScore, this.passParams.minFaceProbability);
      state.frame = label === undefined ? null : { label, score: face.maskScore ?? null };
      if (state.optedOut || state.ignored) return;

      observe(state.pass, { t, faceHeight: face.box.h, mask: face.mask, maskScore: face.maskScore }, this.passParams);
      const bucket = minuteOf(t + this.clockOffsetMs);
      const pending = state.pendingFrames.get(bucket) ?? {};
      pending.faceFrames = (pending.faceFrames ?? 0) + 1;
      if (label !== undefined) {
        // An unsure face counts under no class in the per-frame figures either: the same rule as the passes.
        const key = label === 'unknown' ? 'frameUnknown' : MASK_COUNT_KEYS[label].frame;
        pending[key] = (pending[key] ?? 0) + 1;
      }
      state.pendingFrames.set(bucket, pending);

      if (track.confirmed && !state.counted) {
        state.counted = true;
        passes.push({ kind: 'pass', t, track: track.id });
      }
      const vote = verdict(state.pass, this.passParams).label;
      if (vote !== 'unknown' && vote !== state.decided) {
        state.decided = vote;
        verdicts.push({ kind: 'verdict', t, track: track.id, label: vote });
      }
      if (track.confirmed) {
        state.shake ??= new ShakeDetector(this.shakeParams);
        if (state.shake.update(face.keypoints, face.box, t).shake && !paused) optOuts.push(this.optOut(track, t, 'shake'));
      }
    });

    this.recordTimeline(t);
    return { events: [...passes, ...verdicts, ...optOuts] };
  }

  /**
   * "Don't count me": opts out every face in the latest frame, and pauses counting for `pauseMs` so whoever pressed
   * it can step away (faces that appear during the pause are never counted).
   */
  optOutAllInView(timestamp: number, pauseMs = OPT_OUT_PAUSE_MS): OptOutEvent[] {
    const events: OptOutEvent[] = [];
    for (const track of this.inView()) {
      if (!track.state.optedOut && !track.state.ignored) events.push(this.optOut(track, timestamp, 'button'));
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
    for (const track of this.tracker.tracks) sum = addCounts(sum, this.contribution(track));
    return sum;
  }

  figures(): Figures {
    return figuresOf(this.counts(), this.facesInView);
  }

  perFrameFigures(): PerFrameFigures {
    return perFrameFigures(this.counts());
  }

  /** Both figures from one sum of the stored minutes (what a view shows each change). */
  allFigures(): { figures: Figures; perFrame: PerFrameFigures } {
    const counts = this.counts();
    return { figures: figuresOf(counts, this.facesInView), perFrame: perFrameFigures(counts) };
  }

  /** Closed passes only, per minute: what the page persists. */
  get buckets(): Buckets {
    return this.store;
  }

  /** Faces in the latest frame, for the "how it works" view. */
  view(): TrackView[] {
    const p = this.shakeParams;
    // Tracks are in id order already.
    return this.inView().map(({ id, box, confirmed, state }) => {
      const vote = state.optedOut || state.ignored ? null : verdict(state.pass, this.passParams);
      return {
        id,
        box,
        keypoints: state.keypoints,
        confirmed,
        optedOut: state.optedOut,
        mask: vote?.label ?? 'unknown',
        unknownReason: vote?.reason ?? null,
        frame: state.frame,
        shake: state.shake ? { status: state.shake.status, trace: state.shake.trace, swings: state.shake.swings, threshold: p.threshold, fastSwingDeg: p.fastSwingDeg, traceMs: p.traceMs } : null,
      };
    });
  }

  /** Whether the head-shake reading of anyone in view says the frame rate is too low to read a shake. */
  shakeTooSlow(): boolean {
    return this.inView().some((track) => track.state.shake?.status === 'too-slow');
  }

  /** Ends every open track (end of a video, or the page stopping): their passes go into the buckets. */
  finish(): void {
    for (const track of this.tracker.tracks) this.close(track);
    this.tracker.reset();
  }

  /** For `analyze`: call after the last frame. Ends the open tracks. */
  summary(): VideoSummary {
    this.finish();
    const c = totals(this.store);
    return {
      passes: c.passes,
      ...maskCounts(c, 'pass'),
      unknown: c.unknown,
      unknownWhy: Object.fromEntries(Object.entries(UNKNOWN_COUNT_KEYS).map(([reason, key]) => [reason, c[key]])) as Record<UnknownReason, number>,
      optOuts: this.optOutEvents.map((e) => ({ t: Math.round(e.t / 10) / 100, track: e.track })),
      timeline: this.timelinePoints,
    };
  }

  /** Forgets everything: counts, tracks, events. */
  reset(): void {
    this.tracker.reset();
    this.store = emptyBuckets();
    this.optOutEvents.length = 0;
    this.timelinePoints.length = 0;
    this.lastTimestamp = null;
    this.facesInView = 0;
    this.pausedUntil = -Infinity;
  }

  /** Tracks seen in the latest frame. */
  private inView(): LiveTrack[] {
    return this.tracker.tracks.filter((track) => track.lastSeen === this.lastTimestamp);
  }

  private optOut(track: LiveTrack, t: number, by: OptOutEvent['by']): OptOutEvent {
    const state = track.state;
    state.optedOut = true;
    state.pendingFrames.clear();
    state.pass = newPass(track.id, t);
    state.shake = null;
    this.store = addToBucket(this.store, t + this.clockOffsetMs, { optedOut: 1 });
    const event: OptOutEvent = { kind: 'opt-out', t, track: track.id, by };
    this.optOutEvents.push(event);
    return event;
  }

  /** What a live track adds to the counts (its frames; its pass if confirmed). */
  private contribution(track: LiveTrack): Counts {
    let c = emptyCounts();
    if (track.state.optedOut || track.state.ignored) return c;
    for (const pending of track.state.pendingFrames.values()) c = addCounts(c, pending);
    if (track.confirmed) c = addCounts(c, this.passCount(track.state.pass));
    return c;
  }

  /** One pass, under its label's count key. */
  private passCount(pass: Pass): Partial<Counts> {
    const v = verdict(pass, this.passParams);
    return v.label === 'unknown' ? { passes: 1, unknown: 1, [UNKNOWN_COUNT_KEYS[v.reason]]: 1 }
      : { passes: 1, [MASK_COUNT_KEYS[v.label].pass]: 1 };
  }

  /** A track ends (dropped by the tracker, or the session finishing): its counts go into the buckets. */
  private close(track: LiveTrack): void {
    const state = track.state;
    if (state.optedOut || state.ignored) return;
    for (const [bucket, pending] of state.pendingFrames) this.store = addToBucket(this.store, bucket, pending);
    if (track.confirmed) this.store = addToBucket(this.store, state.pass.lastSeen + this.clockOffsetMs, this.passCount(state.pass));
  }

  private recordTimeline(t: number): void {
    const second = Math.floor(t / 1000);
    const last = this.timelinePoints[this.timelinePoints.length - 1];
    if (last && Math.floor(last.t) >= second) return;
    const c = this.counts();
    this.timelinePoints.push({ t: second, facesInView: this.facesInView, passes: c.passes, optedOut: c.optedOut });
  }
}
