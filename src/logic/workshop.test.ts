import { describe, expect, it } from 'vitest';
import { CountingSession } from './counting-session';
import type { ClassifiedFace, MaskLabel } from './frame';
import {
  EMPTY_MEMORY,
  WORKSHOP_STEPS,
  command,
  onEvent,
  readSnapshot,
  startWorkshop,
  type SessionMemory,
  type SessionSnapshot,
  type WorkshopEvent,
  type WorkshopState,
} from './workshop';

const pass = (t: number): WorkshopEvent => ({ kind: 'pass', t });
const verdict = (t: number, label: MaskLabel, track = 1): WorkshopEvent => ({ kind: 'verdict', t, track, label });
const optOut = (t: number, by: 'shake' | 'button' = 'shake'): WorkshopEvent => ({ kind: 'opt-out', t, by });

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

const snap = (t: number, passes: number, optedOut: number, tracks: SessionSnapshot['tracks'] = [], optOuts: SessionSnapshot['optOuts'] = []): SessionSnapshot => ({
  t,
  passes,
  optedOut,
  tracks,
  optOuts,
});

describe('reading the counting session', () => {
  it('a pass per rise of passes + opted out; an opt-out that moves a pass is not a new one', () => {
    let m: SessionMemory = EMPTY_MEMORY;
    const read = (s: SessionSnapshot) => {
      const r = readSnapshot(m, s);
      m = r.memory;
      return r.events.map((e) => e.kind);
    };
    expect(read(snap(0, 0, 0))).toEqual([]);
    expect(read(snap(1, 2, 0))).toEqual(['pass', 'pass']);
    expect(read(snap(2, 1, 1, [], [{ by: 'shake' }]))).toEqual(['opt-out']);
    expect(read(snap(3, 1, 1))).toEqual([]);
    // Counts reset between groups: nothing, then passes count again from there.
    expect(read(snap(4, 0, 0))).toEqual([]);
    expect(read(snap(5, 1, 0))).toEqual(['pass']);
  });

  it('a verdict event when a track is first decided or changes; undecided frames keep the last one', () => {
    let m: SessionMemory = EMPTY_MEMORY;
    const read = (tracks: SessionSnapshot['tracks']) => {
      const r = readSnapshot(m, snap(0, 1, 0, tracks));
      m = r.memory;
      return r.events.filter((e) => e.kind === 'verdict').map((e) => (e.kind === 'verdict' ? `${e.track}:${e.label}` : ''));
    };
    expect(read([{ id: 1, mask: 'unknown' }])).toEqual([]);
    expect(read([{ id: 1, mask: 'without_mask' }])).toEqual(['1:without_mask']);
    expect(read([{ id: 1, mask: 'unknown' }])).toEqual([]);
    expect(read([{ id: 1, mask: 'without_mask' }])).toEqual([]);
    expect(read([{ id: 1, mask: 'with_mask' }, { id: 2, mask: 'with_mask' }])).toEqual(['1:with_mask', '2:with_mask']);
    // A track that left is forgotten.
    expect(m.verdicts.has(1)).toBe(true);
    read([{ id: 2, mask: 'with_mask' }]);
    expect(m.verdicts.has(1)).toBe(false);
  });

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
    let memory: SessionMemory = EMPTY_MEMORY;
    const observe = (t: number, optOuts: SessionSnapshot['optOuts']) => {
      const f = session.figures();
      const r = readSnapshot(memory, { t, passes: f.passes, optedOut: f.optedOut, tracks: session.view(), optOuts });
      memory = r.memory;
      state = r.events.reduce(onEvent, state);
    };
    let t = 0;
    const frames = (n: number, faces: ClassifiedFace[]) => {
      for (let i = 0; i < n; i++, t += 1000 / 15) {
        const update = session.update({ timestamp: t, width: 640, height: 480, faces, timings: { preprocessMs: 0, detectMs: 0, classifyMs: 0 } });
        observe(t, update.optOuts);
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
    const events = session.optOutAllInView(t, 5000);
    observe(t, events);
    expect(state.step).toBe('count-again');
    frames(30, []);
    frames(15, [face('with_mask')]); // within the 5 s pause: not counted
    expect(state.step).toBe('count-again');
    frames(45, []);
    frames(15, [face('with_mask')]);
    expect(state.step).toBe('law');
  });
});
