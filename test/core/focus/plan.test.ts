import { describe, expect, it } from 'vitest';
import { applyOps } from '../../../core/focus/apply-op';
import { DEFAULT_PREFS } from '../../../core/config';
import { planAction, planNaturalEnd, type PlanContext } from '../../../core/focus/plan';
import { parseRecord } from '../../../core/ticktick/parse';
import { formatOpTime } from '../../../core/time';
import type { FocusOp } from '../../../core/ticktick/types';
import { at, seedContinue, seedDropExit, seedPause, seedReplyPaused, seedStart } from '../../seed';

/** Replays the seed's ids so planned ops can be compared with the seed field for field. */
function ctx(time: string, ids: string[]): PlanContext {
  const queue = [...ids];
  return { now: at(time), prefs: { ...DEFAULT_PREFS }, newId: () => queue.shift()! };
}
const seedSession = () => parseRecord(structuredClone(seedReplyPaused.current));

describe('planAction reproduces seed 001 on the wire', () => {
  it('start: a new session id, and the op the web app sent', () => {
    const s = seedStart.opList[0]!;
    const ops = planAction({ type: 'start' }, null, ctx(s.time, [s.oId, s.id]));
    expect(ops).toEqual([s]);
  });
  it('pause: same oId and session values', () => {
    const s = seedPause.opList[0]!;
    const rec = applyOps(null, seedStart.opList);
    expect(planAction({ type: 'pause' }, rec, ctx(s.time, [s.id]))).toEqual([s]);
  });
  it('continue from the seed reply (status 1)', () => {
    const s = seedContinue.opList[0]!;
    expect(planAction({ type: 'continue' }, seedSession(), ctx(s.time, [s.id]))).toEqual([s]);
  });
  it('end under 5 minutes: drop then exit, durations 0 and exit counts 0, in one list', () => {
    const rec = applyOps(seedSession(), seedContinue.opList);
    const ops = planAction({ type: 'end' }, rec, ctx('2025-11-13T10:14:31.897+0000', seedDropExit.opList.map((o) => o.id)));
    const [drop, exit] = seedDropExit.opList as [FocusOp, FocusOp];
    expect(ops).toEqual([drop, { ...exit, time: drop.time }]);
  });
});

describe('planAction rules', () => {
  const t0 = '2025-11-13T10:09:44.765+0000';
  const started = () => applyOps(null, planAction({ type: 'start' }, null, ctx(t0, ['a'.repeat(24), 'b'.repeat(24)])));

  it('end at 5 minutes or more: finish then exit', () => {
    const ops = planAction({ type: 'end' }, started(), ctx('2025-11-13T10:15:00.000+0000', ['c', 'd']));
    expect(ops.map((o) => o.op)).toEqual(['finish', 'exit']);
    expect(ops.every((o) => o.manual && o.oId === 'a'.repeat(24))).toBe(true);
  });
  it('does nothing when the action does not apply, or when the user saw another phase', () => {
    expect(planAction({ type: 'pause' }, null, ctx(t0, ['x']))).toEqual([]);
    expect(planAction({ type: 'continue' }, started(), ctx(t0, ['x']))).toEqual([]);
    expect(planAction({ type: 'pause', from: 'paused' }, started(), ctx(t0, ['x']))).toEqual([]);
  });
  it('toggle decides from the state: start, pause, continue', () => {
    expect(planAction({ type: 'toggle' }, null, ctx(t0, ['s', 'o']))[0]!.op).toBe('start');
    expect(planAction({ type: 'toggle' }, started(), ctx(t0, ['o']))[0]!.op).toBe('pause');
    expect(planAction({ type: 'toggle' }, seedSession(), ctx(t0, ['o']))[0]!.op).toBe('continue');
  });
  it('uses the preferred duration and clamps a chosen one to 5..180', () => {
    const c = { ...ctx(t0, ['s', 'o', 's2', 'o2']), prefs: { ...DEFAULT_PREFS, pomoDuration: 50 } };
    expect(planAction({ type: 'start' }, null, c)[0]!.duration).toBe(50);
    expect(planAction({ type: 'start', minutes: 500 }, null, c)[0]!.duration).toBe(180);
  });
  it('stopwatch: oType 1, duration 0', () => {
    const [op] = planAction({ type: 'start', mode: 'stopwatch' }, null, ctx(t0, ['s', 'o']));
    expect(op).toMatchObject({ op: 'start', oType: 1, duration: 0 });
  });
  it('break: after a finish, startBreak with the short break; a 4th pomo gets the long one', () => {
    const done = applyOps(started(), [{ ...seedPause.opList[0]!, oId: 'a'.repeat(24), op: 'finish', time: '2025-11-13T10:34:44.765+0000' }]);
    const c = ctx('2025-11-13T10:35:00.000+0000', ['x', 'y']);
    expect(planAction({ type: 'startBreak' }, done, c)[0]).toMatchObject({ op: 'startBreak', duration: 5 });
    expect(planAction({ type: 'startBreak' }, { ...done!, pomoCount: 4 }, c)[0]).toMatchObject({ duration: 15 });
  });
  it('starting from "finished" first ends the break, like the desktop app', () => {
    const done = { ...started()!, status: 2 as const, endTime: '2025-11-13T10:34:44.765+0000' };
    const ops = planAction({ type: 'start' }, done, ctx('2025-11-13T10:36:00.000+0000', ['n', 'e', 'o']));
    expect(ops.map((o) => o.op)).toEqual(['endBreak', 'start']);
    expect(ops[1]!.pomoCount).toBe(2);
  });
});

describe('planNaturalEnd', () => {
  const t0 = '2025-11-13T10:09:44.765+0000';
  it('finishes at start + duration + pauses with manual false, however late we wake', () => {
    const rec = applyOps(seedSession(), seedContinue.opList);
    const op = planNaturalEnd(rec, ctx('2025-11-13T12:00:00.000+0000', ['f']));
    expect(op).toMatchObject({ op: 'finish', manual: false, oId: seedStart.opList[0]!.oId });
    expect(op!.time).toBe(formatOpTime(at(t0) + 25 * 60_000 + 94_109));
  });
  it('nothing before the end, nor when paused', () => {
    const rec = applyOps(null, seedStart.opList);
    expect(planNaturalEnd(rec, ctx('2025-11-13T10:30:00.000+0000', ['f']))).toBeNull();
    expect(planNaturalEnd(seedSession(), ctx('2025-11-13T12:00:00.000+0000', ['f']))).toBeNull();
  });
  it('ends a break with endBreak at its planned end', () => {
    const brk = { ...seedSession(), status: 2 as const, focusBreak: { startTime: '2025-11-13T10:35:00.000+0000', duration: 5 } };
    const op = planNaturalEnd(brk, ctx('2025-11-13T11:00:00.000+0000', ['e']));
    expect(op).toMatchObject({ op: 'endBreak', manual: false, time: '2025-11-13T10:40:00.000+0000', duration: 5 });
  });
});
