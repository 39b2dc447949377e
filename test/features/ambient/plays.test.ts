import { describe, expect, it } from 'vitest';
import { ambientFor } from '../../../features/ambient/plays';
import { applyOps } from '../../../features/focus/apply-op';
import { DEFAULT_PREFS } from '../../../features/focus/config';
import { deriveView, type Phase } from '../../../features/focus/focus-view';
import { planAction, type Action } from '../../../features/focus/plan';
import type { FocusRecord } from '../../../features/focus/ticktick/types';

const T0 = Date.parse('2026-11-23T09:00:00Z');
const on = { ambient: { name: 'brown' as const, volume: 0.3 } };
let n = 0;
const ctx = (now: number) => ({ now, prefs: { ...DEFAULT_PREFS }, newId: () => (++n).toString(16).padStart(24, '0') });

/** Walks a pomodoro through `steps` and says, after each, the phase and what would play. */
function walk(steps: [Action, number][], start: FocusRecord | null = null) {
  let rec = start;
  return steps.map(([a, at]) => {
    rec = applyOps(rec, planAction(a, rec, ctx(T0 + at)));
    const view = deriveView(rec, T0 + at);
    return [view.phase, ambientFor(view, on)?.name ?? null] as [Phase, string | null];
  });
}

describe('when the ambient sound plays', () => {
  it('while a pomodoro runs: not on pause, back on continue, not at the end nor in the break', () => {
    const min = 60_000;
    expect(walk([
      [{ type: 'start' }, 0], [{ type: 'pause' }, 5 * min], [{ type: 'continue' }, 6 * min],
      [{ type: 'end' }, 20 * min], [{ type: 'start' }, 21 * min],
    ])).toEqual([['focusing', 'brown'], ['paused', null], ['focusing', 'brown'], ['idle', null], ['focusing', 'brown']]);
  });
  it('not once the pomodoro ran out, nor during its break', () => {
    const rec = applyOps(null, planAction({ type: 'start' }, null, ctx(T0)))!;
    const done = { ...rec, status: 2 as const, endTime: new Date(T0 + 25 * 60_000).toISOString() };
    expect(ambientFor(deriveView(done, T0 + 26 * 60_000), on)).toBeNull();
    const inBreak = applyOps(done, planAction({ type: 'startBreak' }, done, ctx(T0 + 26 * 60_000)));
    expect([deriveView(inBreak, T0 + 27 * 60_000).phase, ambientFor(deriveView(inBreak, T0 + 27 * 60_000), on)]).toEqual(['break', null]);
  });
  it('while a stopwatch runs, and for a focus started on another device (the view is all it reads)', () => {
    expect(walk([[{ type: 'start', mode: 'stopwatch' }, 0]])).toEqual([['focusing', 'brown']]);
    const remote = { ...deriveView(null, 0), mode: 'pomo' as const, phase: 'focusing' as const, sessionId: 'phone' };
    expect(ambientFor(remote, on)).toEqual({ name: 'brown', volume: 0.3 });
  });
  it('never when off; the volume kept within 0..1', () => {
    const focusing = { ...deriveView(null, 0), phase: 'focusing' as const };
    expect(ambientFor(focusing, { ambient: { name: 'off', volume: 1 } })).toBeNull();
    expect(ambientFor(focusing, { ambient: { name: 'tick', volume: 7 } })).toEqual({ name: 'tick', volume: 1 });
  });
});
