/**
 * A SORT-like multi-face tracker: boxes only, matched frame to frame by overlap with where each track is
 * predicted to be.
 *
 * Deliberately no appearance features and no re-identification: a track is kept alive only by its box
 * overlapping a predicted box, so nothing resembling a face signature is ever computed or kept. The
 * consequence is the vendor's own rule, stated honestly: a person who leaves the view (or is hidden for longer
 * than `maxUnseenMs`) and comes back starts a new track and is a second pass.
 *
 * Each detection is matched against the better of the track's predicted box and its last observed box (see
 * `update`). Matching is greedy by IoU (highest-overlap pair first) rather than Hungarian: with the handful of faces a
 * webcam sees, overlapping candidates are rare and greedy gives the same assignment in practice, in a dozen
 * lines that can be read. Ties break by track id, then detection index, so results are deterministic.
 *
 * A track also carries its user's per-track state (`state`, made by the factory given to the constructor), so
 * that whatever is kept per person lives and dies with the track, in one place.
 */
import { iou, type Box } from './geometry';

export const TRACKER_PARAMS = {
  /** Below this overlap a detection is someone else: 0.3 is SORT's own default and survives a head turn. */
  minIou: 0.3,
  /** Hits before a track counts: 3 frames rule out a one- or two-frame false detection (a hand, a poster). */
  hitsToConfirm: 3,
  /** A confirmed track survives this long unseen (≈ a person hidden behind another for a step); time-based so it means the same at 10 and 30 fps. */
  maxUnseenMs: 1000,
  /** A tentative track is dropped sooner: a detection that does not repeat within 300 ms (3 frames at 10 fps) was noise. */
  tentativeMaxUnseenMs: 300,
  /** Velocity is smoothed (weight of the newest measurement) because detector boxes jitter by a few pixels a frame. */
  velocityGain: 0.5,
  /**
   * A face's box width changes between two sightings by at most this factor, times e^`maxGrowthPerS` per second
   * between them; beyond it the detection is someone else (a video cut, another person stepping in at the same
   * place): it starts a new track, and the old one, unseen, ends after `maxUnseenMs`. On the page's detections of the
   * real clips, a tracked face's box width changes from one frame to the next by at most 1.10× (1.16× on the
   * palette-quantised faces-2-head-tilt); in the street crowd 5 of 3079 matches went beyond this rule (faces of
   * 27–49 px whose box jumped by 11–13 px; the one looked at was a face passing behind another): 81 → 82 passes. The
   * box overlap alone (`minIou`) let a face 1.8× wider or narrower continue the track. Real clips joined at a cut, to
   * a face 0.6–0.7× or 1.45–1.6× as wide at the same place (eval:shake, `cuts` in models/shake-figures.json): without
   * this rule 3 of 576 cuts made two passes and 6 opted the person out; with it all 576 made two, and none opted out.
   * A cut to a face of the same size is not a size jump: the scene-cut signal (logic/scene-cut.ts) ends those tracks.
   */
  maxSizeJump: 1.25,
  /** ... e^1.5 per second: a person walking at 1.5 m/s towards a camera 1 m away (box width ∝ 1 / distance). */
  maxGrowthPerS: 1.5,
} as const;

export type TrackerParams = { readonly [K in keyof typeof TRACKER_PARAMS]: number };

/** Box change per millisecond (x, y, w, h). */
interface BoxVelocity {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Track<S = undefined> {
  readonly id: number;
  /** What the tracker's user keeps per track (the counting session: the pass, the shake reading, the opt-out). */
  readonly state: S;
  /** Last observed box (not the prediction). */
  box: Box;
  hits: number;
  confirmed: boolean;
  lastSeen: number;
  velocity: BoxVelocity;
}

export interface TrackerUpdate<S = undefined> {
  /** For each detection index, the track it now belongs to (every detection gets one). */
  trackOfDetection: Track<S>[];
  /** Tracks that became confirmed in this update. */
  confirmed: Track<S>[];
  /** Tracks dropped in this update (unseen too long); they will never be matched again. */
  dropped: Track<S>[];
}

/**
 * Whether `box`, seen `dt` ms after `last`, is too much larger or smaller to be the same face: the size changed more
 * than detector jitter and walking towards or away from the camera could (`maxSizeJump`, `maxGrowthPerS`).
 */
export function sizeJumped(last: Box, box: Box, dt: number, params: TrackerParams = TRACKER_PARAMS): boolean {
  const ratio = Math.abs(Math.log(box.w / last.w));
  return ratio > Math.log(params.maxSizeJump) + params.maxGrowthPerS * (Math.max(0, dt) / 1000);
}

/** Where a track's box is expected at `timestamp`, by constant velocity from its last observation. */
export function predictBox(track: Track<unknown>, timestamp: number): Box {
  const dt = timestamp - track.lastSeen;
  const v = track.velocity;
  return {
    x: track.box.x + v.x * dt,
    y: track.box.y + v.y * dt,
    w: Math.max(1, track.box.w + v.w * dt),
    h: Math.max(1, track.box.h + v.h * dt),
  };
}

export class Tracker<S = undefined> {
  private live: Track<S>[] = [];
  private nextId = 1;

  constructor(
    private readonly params: TrackerParams = TRACKER_PARAMS,
    /** Makes a new track's `state`; without one, tracks carry none. */
    private readonly newState: (id: number, timestamp: number) => S = () => undefined as S,
  ) {}

  /** Live tracks, in id order (ids only grow, so this is also creation order). */
  get tracks(): readonly Track<S>[] {
    return this.live;
  }

  /** Feeds one frame's detections; `timestamp` (ms) must not go backwards. */
  update(boxes: readonly Box[], timestamp: number): TrackerUpdate<S> {
    const dropped = this.dropStale(timestamp);

    const candidates: { trackIndex: number; detection: number; overlap: number }[] = [];
    this.live.forEach((track, trackIndex) => {
      const predicted = predictBox(track, timestamp);
      boxes.forEach((box, detection) => {
        // A video cut or someone else at the same place: the overlap may be large, the size change is not a face's.
        if (sizeJumped(track.box, box, timestamp - track.lastSeen, this.params)) return;
        // The better of "where it should be" and "where it last was": a seated or standing person's velocity
        // is only box jitter, which extrapolated over a second of occlusion drifts the prediction off the face.
        const overlap = Math.max(iou(predicted, box), iou(track.box, box));
        if (overlap >= this.params.minIou) candidates.push({ trackIndex, detection, overlap });
      });
    });
    candidates.sort((a, b) => b.overlap - a.overlap || a.trackIndex - b.trackIndex || a.detection - b.detection);

    const trackOfDetection: (Track<S> | undefined)[] = new Array<Track<S> | undefined>(boxes.length).fill(undefined);
    const trackTaken = new Set<number>();
    const confirmed: Track<S>[] = [];
    for (const { trackIndex, detection } of candidates) {
      if (trackTaken.has(trackIndex) || trackOfDetection[detection]) continue;
      trackTaken.add(trackIndex);
      const track = this.live[trackIndex];
      this.observe(track, boxes[detection], timestamp);
      if (!track.confirmed && track.hits >= this.params.hitsToConfirm) {
        track.confirmed = true;
        confirmed.push(track);
      }
      trackOfDetection[detection] = track;
    }

    boxes.forEach((box, detection) => {
      if (trackOfDetection[detection]) return;
      const id = this.nextId++;
      const track: Track<S> = {
        id,
        state: this.newState(id, timestamp),
        box: { ...box },
        hits: 1,
        confirmed: this.params.hitsToConfirm <= 1,
        lastSeen: timestamp,
        velocity: { x: 0, y: 0, w: 0, h: 0 },
      };
      this.live.push(track);
      if (track.confirmed) confirmed.push(track);
      trackOfDetection[detection] = track;
    });

    return { trackOfDetection: trackOfDetection as Track<S>[], confirmed, dropped };
  }

  /** Ends every live track now (a video cut: whoever is seen next is a new track); ids keep growing. Returns them. */
  endAll(): Track<S>[] {
    const ended = this.live;
    this.live = [];
    return ended;
  }

  reset(): void {
    this.live = [];
    this.nextId = 1;
  }

  private dropStale(timestamp: number): Track<S>[] {
    const dropped: Track<S>[] = [];
    this.live = this.live.filter((track) => {
      const limit = track.confirmed ? this.params.maxUnseenMs : this.params.tentativeMaxUnseenMs;
      if (timestamp - track.lastSeen <= limit) return true;
      dropped.push(track);
      return false;
    });
    return dropped;
  }

  private observe(track: Track<S>, box: Box, timestamp: number): void {
    const dt = timestamp - track.lastSeen;
    if (dt > 0) {
      const gain = this.params.velocityGain;
      const blend = (old: number, now: number): number => (1 - gain) * old + gain * now;
      track.velocity = {
        x: blend(track.velocity.x, (box.x - track.box.x) / dt),
        y: blend(track.velocity.y, (box.y - track.box.y) / dt),
        w: blend(track.velocity.w, (box.w - track.box.w) / dt),
        h: blend(track.velocity.h, (box.h - track.box.h) / dt),
      };
    }
    track.box = { ...box };
    track.hits++;
    track.lastSeen = timestamp;
  }
}
