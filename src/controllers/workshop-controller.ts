import type { ReactiveControllerHost } from 'lit';
import { EMPTY_MEMORY, command, onEvent, readSnapshot, startWorkshop, type SessionMemory, type WorkshopCommand, type WorkshopState } from '../logic/workshop';
import type { CountingController } from './counting-controller';

/**
 * Runs the guided workshop on the page's counting session: after every frame (and right after "Don't count me")
 * it reads the session's counts, votes and new opt-outs, and lets the pure step machine move on. Times are the
 * frame clock (performance.now()), for frames and key presses alike.
 */
export class WorkshopController {
  /** The workshop's state, or undefined when no workshop runs. */
  state?: WorkshopState;
  private memory: SessionMemory = EMPTY_MEMORY;
  /** How many of the session's opt-out events have been read. */
  private optOutsRead = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly counting: CountingController,
  ) {}

  start(): void {
    this.state = startWorkshop(performance.now());
    this.rebase();
    this.host.requestUpdate();
  }

  stop(): void {
    this.state = undefined;
    this.host.requestUpdate();
  }

  command(c: WorkshopCommand): void {
    if (!this.state) return;
    this.state = command(this.state, c, performance.now());
    this.host.requestUpdate();
  }

  /** Between two groups: the counts are erased and the workshop starts again from the first step. */
  newGroup(): void {
    this.counting.reset();
    this.start();
  }

  /** Reads the session after a frame at `t`, or after an opt-out by the button (at performance.now()). */
  observe(t = performance.now()): void {
    const session = this.counting.session;
    const events = session.events;
    if (events.length < this.optOutsRead) this.optOutsRead = 0; // the counts were reset
    const optOuts = events.slice(this.optOutsRead);
    this.optOutsRead = events.length;
    const figures = session.figures();
    const read = readSnapshot(this.memory, { t, passes: figures.passes, optedOut: figures.optedOut, tracks: session.view(), optOuts });
    this.memory = read.memory;
    if (this.state) this.state = read.events.reduce(onEvent, this.state);
  }

  /** Starts reading from the session as it is now: what happened before the workshop is not an event. */
  private rebase(): void {
    const figures = this.counting.session.figures();
    this.memory = { seen: figures.passes + figures.optedOut, verdicts: new Map() };
    this.optOutsRead = this.counting.session.events.length;
  }
}
