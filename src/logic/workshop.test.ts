import { describe, expect, it } from 'vitest';
import { CountingSession } from './counting-session';
import type { ClassifiedFace, MaskLabel } from './frame';
import { WORKSHOP_STEPS, command, onEvent, startWorkshop, type WorkshopEvent, type WorkshopState } from './workshop';

const pass = (t: number, track = 1): WorkshopEvent => ({ kind: 'pass', t, track });
const verdict = (t: number, label: MaskLabel, track = 1): WorkshopEvent => ({ kind: 'verdict', t, track, label });
const optOut = (t: number, by: 'shake' | 'button' = 'shake', track = 1): WorkshopEvent => ({ kind: 'opt-out', t, track, by });

const run = (state: WorkshopState, events: WorkshopEvent[]) => events.reduce(onEvent, state);

describe('workshop steps', () => {
  it('moves through every step on real events only, in order', () => {
    let s = startWorkshop(0);
    expect(s.step).toBe('arrive');
    s = run(s, [optOut(10), verdict(20, 'without_mask')]);
    expect(s.step).toBe('arrive');
    s = onEvent(s, pass(100));
    expect(s).toMatchObject({ step: 'return', enteredAt: 100, reachedBy: { kind: 'event', event: { kind: 'pass' } } });
    s = onEvent(s, pass(200));
    expect(s.step).toBe('mask');
    // The verdict seen before the step is the baseline: the same label again is no change.
    expect(s.verdictBaseline).toBe('without_mask');
    s = onEvent(s, verdict(250, 'without_mask', 2));
    expect(s.step).toBe('mask');
    s = onEvent(s, verdict(300, 'with_mask', 2));
    expect(s).toMatchObject({ step: 'opt-out', reachedBy: { kind: 'event', from: 'without_mask', event: { label: 'with_mask' } } });
    s = run(s, [pass(310), verdict(320, 'without_mask')]);
    expect(s.step).toBe('opt-out');
    s = onEvent(s, optOut(400, 'button'));
    expect(s).toMatchObject({ step: 'count-again', reachedBy: { kind: 'event', event: { kind: 'opt-out', by: 'button' } } });
    s = onEvent(s, pass(500));
    expect(s.step).toBe('law');
    expect(s.completed).toEqual({ arrive: 'event', return: 'event', mask: 'event', 'opt-out': 'event', 'count-again': 'event' });
    // The last step waits for the facilitator, whatever happens.
    expect(run(s, [pass(600), optOut(700), verdict(800, 'with_mask')]).step).toBe('law');
  });

  it('takes the first verdict seen in the mask step as the one to change from', () => {
    let s = command(command(startWorkshop(0), 'next', 1), 'next', 2);
    expect(s).toMatchObject({ step: 'mask', verdictBaseline: null });
    s = onEvent(s, verdict(10, 'with_mask'));
    expect(s).toMatchObject({ step: 'mask', verdictBaseline: 'with_mask' });
    s = onEvent(s, verdict(20, 'mask_incorrect'));
    expect(s).toMatchObject({ step: 'opt-out', reachedBy: { from: 'with_mask' } });
  });

  it('ignores events older than the step (a frame in flight when the facilitator pressed a key)', () => {
    const s = command(startWorkshop(0), 'next', 1000);
    expect(onEvent(s, pass(999)).step).toBe('return');
    expect(onEvent(s, pass(1000)).step).toBe('mask');
  });

  it('back, skip and restart, clamped at both ends', () => {
    let s = startWorkshop(0);
    expect(command(s, 'back', 5)).toBe(s);
    for (let i = 1; i < WORKSHOP_STEPS.length; i++) s = command(s, 'next', i);
    expect(s).toMatchObject({ step: 'law', reachedBy: { kind: 'command', command: 'next' } });
    expect(command(s, 'next', 99)).toBe(s);
    s = command(s, 'back', 100);
    expect(s).toMatchObject({ step: 'count-again', enteredAt: 100 });
    expect(s.completed).toEqual({ arrive: 'skipped', return: 'skipped', mask: 'skipped', 'opt-out': 'skipped', 'count-again': 'skipped' });
    s = command(s, 'restart', 200);
    expect(s).toMatchObject({ step: 'arrive', enteredAt: 200, reachedBy: { kind: 'command', command: 'restart' }, completed: {} });
  });

  it('a step done by the camera stays done when the facilitator goes back and skips it again', () => {
    let s = onEvent(startWorkshop(0), pass(10));
    s = command(s, 'back', 20);
    expect(s).toMatchObject({ step: 'arrive', completed: { arrive: 'event' } });
    s = command(s, 'next', 30);
    expect(s.completed).toEqual({ arrive: 'event' });
    s = command(s, 'next', 40);
    expect(s.completed).toEqual({ arrive: 'event', return: 'skipped' });
  });
});

describe('the workshop on the counting session\'s events', () => {
  it('on a real counting session: arrive, leave and come back, mask on, opt out by button, come back', () => {
    const session = new CountingSession();
    const face = (mask: MaskLabel): ClassifiedFace => ({
      box: { x: 200, y: 150, w: 120, h: 120 },
      score: 0.9,
      keypoints: [
        [236, 186],
        [284, 186],
        [260, 216],
        [260, 240],
        [206, 192],
        [314, 192],
      ],
      mask,
      maskScore: 0.9,
    });
    let state = startWorkshop(0);
    const observe = (events: readonly WorkshopEvent[]) => (state = events.reduce(onEvent, state));
    let t = 0;
    const frames = (n: number, faces: ClassifiedFace[]) => {
      for (let i = 0; i < n; i++, t += 1000 / 15) {
        observe(session.update({ timestamp: t, width: 640, height: 480, faces, timings: { preprocessMs: 0, detectMs: 0, classifyMs: 0 } }).events);
      }
    };
    frames(15, [face('without_mask')]);
    expect(state.step).toBe('return');
    frames(30, []); // out of view for 2 s: the track ends
    frames(15, [face('without_mask')]);
    expect(state.step).toBe('mask');
    frames(30, []);
    frames(15, [face('with_mask')]);
    expect(state).toMatchObject({ step: 'opt-out', reachedBy: { from: 'without_mask' } });
    observe(session.optOutAllInView(t, 5000));
    expect(state.step).toBe('count-again');
    frames(30, []);
    frames(15, [face('with_mask')]); // within the 5 s pause: not counted
    expect(state.step).toBe('count-again');
    frames(45, []);
    frames(15, [face('with_mask')]);
    expect(state.step).toBe('law');
  });
});
