import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { bucketsToCsv, bucketsToJson, decreeFigures, type DecreeFigures, type Figures, type PerFrameFigures } from '../logic/aggregates';
import { CountingSession, OPT_OUT_PAUSE_MS, type OptOutEvent, type SessionEvent, type TrackView } from '../logic/counting-session';
import type { FrameResult } from '../logic/frame';
import type { AggregateStore } from '../io/aggregate-store';

/** How long an opt-out confirmation stays on screen. */
const CONFIRMATION_MS = 6000;
/** How often the per-minute counts are written to storage while counting (and always when the page hides). */
const SAVE_EVERY_MS = 5000;

/** The session's figures and tracks as of its latest change, read once for every view that shows them. */
export interface SessionSnapshot {
  figures: Figures;
  perFrame: PerFrameFigures;
  /** Faces in the latest frame (geometry, votes, shake traces). */
  tracks: TrackView[];
}

export interface OptOutConfirmation {
  /** People opted out by this action (0: "Don't count me" with nobody in view). */
  people: number;
  by: OptOutEvent['by'];
  /** performance.now() when it happened. */
  at: number;
}

/**
 * Feeds each frame result to the counting session (tracker, passes, head-shake opt-out), keeps the latest
 * opt-out confirmation for the page to show, and persists the per-minute counts — the only thing Headcount
 * ever stores.
 */
export class CountingController implements ReactiveController {
  readonly session: CountingSession;
  confirmation?: OptOutConfirmation;
  /** Time the page spent in tracking and head-shake reading for the latest frame, ms. */
  trackMs = 0;
  latest?: FrameResult;
  private lastSave = 0;
  private cached?: SessionSnapshot;
  private confirmationTimer?: ReturnType<typeof setTimeout>;
  // The page is going away: the passes of whoever is in view end here.
  private readonly saveNow = () => this.finish();
  private readonly onVisibility = () => {
    if (document.visibilityState === 'hidden') this.persist();
  };

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly store: AggregateStore,
  ) {
    host.addController(this);
    // Frame timestamps are performance.now(); buckets are wall-clock minutes.
    this.session = new CountingSession({ clockOffsetMs: performance.timeOrigin, buckets: store.load() });
  }

  hostConnected(): void {
    window.addEventListener('pagehide', this.saveNow);
    document.addEventListener('visibilitychange', this.onVisibility);
  }

  hostDisconnected(): void {
    window.removeEventListener('pagehide', this.saveNow);
    document.removeEventListener('visibilitychange', this.onVisibility);
    clearTimeout(this.confirmationTimer);
    this.persist();
  }

  /** Counts one frame; returns what the session did on it. */
  onFrame(result: FrameResult): SessionEvent[] {
    const t0 = performance.now();
    const { events } = this.session.update(result);
    this.trackMs = performance.now() - t0;
    this.latest = result;
    this.changed();
    const shakes = events.filter((e) => e.kind === 'opt-out' && e.by === 'shake');
    if (shakes.length) this.confirm({ people: shakes.length, by: 'shake', at: t0 });
    if (t0 - this.lastSave > SAVE_EVERY_MS) this.persist();
    return events;
  }

  /** "Don't count me": everyone in view now is opted out, and counting pauses for a few seconds. */
  optOutAllInView(): OptOutEvent[] {
    const now = performance.now();
    const events = this.session.optOutAllInView(now);
    this.changed();
    this.confirm({ people: events.length, by: 'button', at: now });
    this.persist();
    // Lift the "paused" line when the pause ends, even if no frame arrives.
    setTimeout(() => this.host.requestUpdate(), OPT_OUT_PAUSE_MS + 50);
    return events;
  }

  /** The figures and tracks every view shows, computed once per change (summing the stored minutes costs). */
  get snapshot(): SessionSnapshot {
    this.cached ??= { ...this.session.allFigures(), tracks: this.session.view() };
    return this.cached;
  }

  /** The camera stopped: the passes of whoever is in view end and are stored. */
  finish(): void {
    this.session.finish();
    this.changed();
    this.persist();
  }

  get paused(): boolean {
    return this.session.isPaused(performance.now());
  }

  decree(): DecreeFigures {
    return decreeFigures(this.session.buckets, Date.now());
  }

  /** The per-minute counts of passes that have ended, as a file's text (people still in view are not in it yet). */
  exportText(format: 'csv' | 'json'): string {
    return format === 'csv' ? bucketsToCsv(this.session.buckets) : bucketsToJson(this.session.buckets);
  }

  reset(): void {
    this.session.reset();
    this.store.clear();
    this.confirmation = undefined;
    this.changed();
  }

  /** Writes the closed passes' per-minute counts. */
  persist(): void {
    this.lastSave = performance.now();
    this.store.save(this.session.buckets);
  }

  private changed(): void {
    this.cached = undefined;
    this.host.requestUpdate();
  }

  private confirm(confirmation: OptOutConfirmation): void {
    this.confirmation = confirmation;
    clearTimeout(this.confirmationTimer);
    this.confirmationTimer = setTimeout(() => {
      this.confirmation = undefined;
      this.host.requestUpdate();
    }, CONFIRMATION_MS);
    this.host.requestUpdate();
  }
}
