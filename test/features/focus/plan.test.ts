import { describe, expect, it } from 'vitest';
import { applyOps } from '../../../features/focus/apply-op';
import { DEFAULT_PREFS } from '../../../features/focus/config';
import { planAction, type PlanContext } from '../../../features/focus/plan';
import { parseRecord } from '../../../features/focus/ticktick/parse';
import { deriveView } from '../../../features/focus/focus-view';
import type { FocusOp } from '../../../features/focus/ticktick/types';
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

describe('a focus about a task, with a note (seed 001 binding fields)', () => {
  const t0 = '2025-11-13T10:09:44.765+0000';
  const task = { id: '6a0000000000000000000004', title: 'Prepare the migration plan for the billing database, including rollback steps and owners' };
  const startWith = (t = task) => applyOps(null, planAction({ type: 'start', task: t }, null, ctx(t0, ['a'.repeat(24), 'b'.repeat(24)])));

  it('start carries focusOnId, focusOnType 0 and the title cut to 64 characters', () => {
    const [op] = planAction({ type: 'start', task }, null, ctx(t0, ['s', 'o']));
    expect(op).toMatchObject({ op: 'start', focusOnId: task.id, focusOnType: 0, focusOnTitle: task.title.slice(0, 64) });
    expect(op!.focusOnTitle).toHaveLength(64);
    const [zh] = planAction({ type: 'start', task: { id: 'z', title: '整理读书笔记' } }, null, ctx(t0, ['s', 'o']));
    expect(zh!.focusOnTitle).toBe('整理读书笔记');
  });
  it('without a task, start is exactly the seed\'s op: no focusOnType or focusOnTitle fields', () => {
    const [op] = planAction({ type: 'start', task: null }, null, ctx(t0, ['s', 'o']));
    expect(Object.keys(op!).sort()).toEqual(Object.keys(seedStart.opList[0]!).sort());
  });
  it('later ops of the session carry the bound task id', () => {
    const [pause] = planAction({ type: 'pause' }, startWith(), ctx('2025-11-13T10:12:00.000+0000', ['p']));
    expect(pause).toMatchObject({ op: 'pause', focusOnId: task.id, oId: 'a'.repeat(24) });
  });
  it('changing the task mid-focus sends `focus` on the same oId; clearing sends focusOnId ""', () => {
    const other = { id: '6a0000000000000000000002', title: 'Review pull requests' };
    const [focus] = planAction({ type: 'bind', task: other }, startWith(), ctx('2025-11-13T10:12:00.000+0000', ['f']));
    expect(focus).toMatchObject({ op: 'focus', oId: 'a'.repeat(24), focusOnId: other.id, focusOnType: 0, focusOnTitle: other.title });
    const rebound = applyOps(startWith(), [focus!]);
    expect(deriveView(rebound, at('2025-11-13T10:13:00.000+0000'))).toMatchObject({ taskId: other.id, taskTitle: other.title });
    const [clear] = planAction({ type: 'bind', task: null }, rebound, ctx('2025-11-13T10:14:00.000+0000', ['c']));
    expect(clear).toMatchObject({ op: 'focus', focusOnId: '' });
    expect(clear).not.toHaveProperty('focusOnTitle');
    expect(deriveView(applyOps(rebound, [clear!]), at('2025-11-13T10:14:00.000+0000')).taskId).toBe('');
    expect(planAction({ type: 'bind', task: other }, rebound, ctx(t0, ['x']))).toEqual([]); // already bound
    expect(planAction({ type: 'bind', task: other }, null, ctx(t0, ['x']))).toEqual([]); // idle: nothing to send
  });
  it('a note op carries the text (cut to 500), and nothing when it did not change', () => {
    const rec = startWith();
    const [note] = planAction({ type: 'note', text: 'Outline done' }, rec, ctx('2025-11-13T10:12:00.000+0000', ['n']));
    expect(note).toMatchObject({ op: 'note', note: 'Outline done', oId: 'a'.repeat(24) });
    const withNote = applyOps(rec, [note!]);
    expect(planAction({ type: 'note', text: 'Outline done' }, withNote, ctx(t0, ['x']))).toEqual([]);
    expect(planAction({ type: 'note', text: 'x'.repeat(600) }, rec, ctx(t0, ['n']))[0]!.note).toHaveLength(500);
  });
  it('ending a kept focus sends the unsent note in the same batch as finish', () => {
    const ops = planAction({ type: 'end', note: 'Wrote intro' }, startWith(), ctx('2025-11-13T10:40:00.000+0000', ['f', 'n', 'e']));
    expect(ops.map((o) => [o.op, o.note])).toEqual([['finish', 'Wrote intro'], ['note', 'Wrote intro'], ['exit', 'Wrote intro']]);
    const dropped = planAction({ type: 'end', note: 'x' }, startWith(), ctx('2025-11-13T10:11:00.000+0000', ['d', 'e']));
    expect(dropped.map((o) => o.op)).toEqual(['drop', 'exit']); // under 5 minutes nothing is kept
  });
  it('±5 minutes: changeDuration with the new duration, within 5..180, never ending it on the spot', () => {
    const rec = startWith();
    const now = '2025-11-13T10:12:00.000+0000';
    expect(planAction({ type: 'adjust', delta: 5 }, rec, ctx(now, ['c']))[0]).toMatchObject({ op: 'changeDuration', duration: 30, oId: 'a'.repeat(24) });
    expect(planAction({ type: 'adjust', delta: -5 }, rec, ctx(now, ['c']))[0]).toMatchObject({ duration: 20 });
    expect(planAction({ type: 'adjust', delta: -5 }, { ...rec!, duration: 5 }, ctx(now, ['c']))).toEqual([]);
    expect(planAction({ type: 'adjust', delta: 5 }, { ...rec!, duration: 180 }, ctx(now, ['c']))).toEqual([]);
    expect(planAction({ type: 'adjust', delta: -5 }, rec, ctx('2025-11-13T10:30:00.000+0000', ['c']))).toEqual([]); // 20 min done
    const longer = applyOps(rec, planAction({ type: 'adjust', delta: 5 }, rec, ctx(now, ['c'])));
    expect(deriveView(longer, at(now)).remainingMs).toBe(deriveView(rec, at(now)).remainingMs + 5 * 60_000);
  });
});

describe('"5 more minutes" after a pomodoro (issue #19)', () => {
  const t0 = '2025-11-13T10:09:44.765+0000';
  const task = { id: '6a0000000000000000000004', title: 'Write the report' };
  const first = 'a'.repeat(24);
  const started = () => applyOps(null, planAction({ type: 'start', task }, null, ctx(t0, [first, 'b'.repeat(24)])));
  const done = () => ({ ...started()!, status: 2 as const, endTime: '2025-11-13T10:34:44.765+0000' });

  it('ends the break, then a 5-minute pomodoro on the same task and chain, the count one on', () => {
    const ops = planAction({ type: 'extend', minutes: 5 }, done(), ctx('2025-11-13T10:35:00.000+0000', ['n', 'e', 'o']));
    expect(ops.map((o) => o.op)).toEqual(['endBreak', 'start']);
    expect(ops[1]).toMatchObject({
      oId: 'n', oType: 0, duration: 5, firstFocusId: first, focusOnId: task.id, focusOnType: 0, focusOnTitle: task.title,
      autoPomoLeft: done().autoPomoLeft, pomoCount: 2, manual: true, note: '', time: '2025-11-13T10:35:00.000+0000',
    });
    // The web app's field order: the same keys as any start.
    const plain = planAction({ type: 'start', task }, null, ctx(t0, ['s', 'o']))[0]!;
    expect(Object.keys(ops[1]!)).toEqual(Object.keys(plain));
  });
  it('works during a break too, and not while a pomodoro runs or nothing ended', () => {
    const inBreak = applyOps(done(), planAction({ type: 'startBreak' }, done(), ctx('2025-11-13T10:35:00.000+0000', ['b'])));
    expect(planAction({ type: 'extend', minutes: 5 }, inBreak, ctx('2025-11-13T10:36:00.000+0000', ['n', 'e', 'o'])).map((o) => o.op)).toEqual(['endBreak', 'start']);
    expect(planAction({ type: 'extend', minutes: 5 }, started(), ctx('2025-11-13T10:20:00.000+0000', ['x']))).toEqual([]);
    expect(planAction({ type: 'extend', minutes: 5 }, null, ctx(t0, ['x']))).toEqual([]);
  });
});
