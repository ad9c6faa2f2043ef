import type { ReactiveControllerHost } from 'lit';
import { command, onEvent, startWorkshop, type WorkshopCommand, type WorkshopEvent, type WorkshopState } from '../logic/workshop';

/**
 * Runs the guided workshop's pure step machine on the counting session's events, which the live controller hands
 * it after every frame and after "Don't count me". Not a ReactiveController: it has no lifecycle of its own, only
 * state the page renders. Times are the frame clock (performance.now()), for frames and key presses alike.
 */
export class WorkshopRunner {
  /** The workshop's state, or undefined when no workshop runs. */
  state?: WorkshopState;

  constructor(private readonly host: ReactiveControllerHost) {}

  /** Starts (or restarts) at the first step: what happened before is not an event of this workshop. */
  start(): void {
    this.state = startWorkshop(performance.now());
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

  /** What the counting session just did; a step waiting for one of these moves on. */
  onEvents(events: readonly WorkshopEvent[]): void {
    if (this.state && events.length) this.state = events.reduce(onEvent, this.state);
  }
}
