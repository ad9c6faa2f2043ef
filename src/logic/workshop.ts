/**
 * The guided workshop: a facilitator leads a group through what the 2020 cameras did to them, one step at a
 * time, and each step moves on when the counting session shows it happened — never on a timer. Pure: the page
 * feeds the counting session's events (with their frame timestamps) and the facilitator's commands; this module
 * turns them into steps. Nothing here sees a frame or a person, only counts and per-track labels.
 */
import type { SessionEvent } from './counting-session';
import type { MaskLabel } from './frame';

/** The steps, in order; the last one (the law and the limits) has no event to wait for. */
export const WORKSHOP_STEPS = ['arrive', 'return', 'mask', 'opt-out', 'count-again', 'law'] as const;
export type WorkshopStep = (typeof WORKSHOP_STEPS)[number];

/** Something the counting session did: the workshop reads the session's own events. */
export type WorkshopEvent = SessionEvent;

export type WorkshopCommand = 'next' | 'back' | 'restart';

/** How the current step was reached: what the live system did, or what the facilitator pressed. */
export type Arrival =
  | { kind: 'start' }
  | { kind: 'command'; command: WorkshopCommand }
  /** `from`: for a verdict change, the verdict it changed from. */
  | { kind: 'event'; event: WorkshopEvent; from: MaskLabel | null };

/** How a step was left: completed by the live system, or skipped by the facilitator. */
export type StepOutcome = 'event' | 'skipped';

export interface WorkshopState {
  step: WorkshopStep;
  /** The steps left so far in this run, and how (a restart clears it; going back keeps it). */
  completed: Partial<Record<WorkshopStep, StepOutcome>>;
  /** Frame-clock time the step was entered, ms. */
  enteredAt: number;
  reachedBy: Arrival;
  /** The latest decided mask verdict of any track, whatever the step. */
  lastVerdict: MaskLabel | null;
  /** In the mask step: the verdict to change from (the latest one when the step began, or the first one seen). */
  verdictBaseline: MaskLabel | null;
}

export function startWorkshop(t: number): WorkshopState {
  return { step: WORKSHOP_STEPS[0], completed: {}, enteredAt: t, reachedBy: { kind: 'start' }, lastVerdict: null, verdictBaseline: null };
}

export const stepIndex = (step: WorkshopStep): number => WORKSHOP_STEPS.indexOf(step);

function enter(state: WorkshopState, index: number, t: number, reachedBy: Arrival, left?: StepOutcome): WorkshopState {
  const step = WORKSHOP_STEPS[Math.max(0, Math.min(WORKSHOP_STEPS.length - 1, index))];
  // A step done by the camera stays done if the facilitator comes back to it and skips it.
  const completed = left ? { ...state.completed, [state.step]: state.completed[state.step] === 'event' ? 'event' : left } : state.completed;
  return { ...state, step, completed, enteredAt: t, reachedBy, verdictBaseline: step === 'mask' ? state.lastVerdict : null };
}

/** The facilitator's back / skip / restart. Back from the first step and next from the last stay put. */
export function command(state: WorkshopState, command: WorkshopCommand, t: number): WorkshopState {
  const i = stepIndex(state.step);
  const target = command === 'restart' ? 0 : command === 'next' ? i + 1 : i - 1;
  if (target < 0 || target >= WORKSHOP_STEPS.length) return state;
  if (command === 'restart') return enter({ ...state, completed: {} }, target, t, { kind: 'command', command });
  return enter(state, target, t, { kind: 'command', command }, command === 'next' ? 'skipped' : undefined);
}

/** One event from the session: it may complete the current step, which then moves on to the next. */
export function onEvent(state: WorkshopState, event: WorkshopEvent): WorkshopState {
  // Events from before the step began (a frame in flight during a key press) belong to the previous step.
  if (event.t < state.enteredAt) return state;
  let s = state;
  if (event.kind === 'verdict') s = { ...s, lastVerdict: event.label };
  const next = stepIndex(s.step) + 1;
  switch (s.step) {
    case 'arrive':
    case 'return':
    case 'count-again':
      return event.kind === 'pass' ? enter(s, next, event.t, { kind: 'event', event, from: null }, 'event') : s;
    case 'mask':
      if (event.kind !== 'verdict') return s;
      if (s.verdictBaseline === null) return { ...s, verdictBaseline: event.label };
      if (event.label === s.verdictBaseline) return s;
      return enter(s, next, event.t, { kind: 'event', event, from: s.verdictBaseline }, 'event');
    case 'opt-out':
      return event.kind === 'opt-out' ? enter(s, next, event.t, { kind: 'event', event, from: null }, 'event') : s;
    case 'law':
      return s;
  }
}
