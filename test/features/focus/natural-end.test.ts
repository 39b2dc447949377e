import { describe, expect, it } from 'vitest';
import { applyOps } from '../../../features/focus/apply-op';
import { DEFAULT_PREFS } from '../../../features/focus/config';
import { planNaturalEnd } from '../../../features/focus/natural-end';
import { planAction, type PlanContext } from '../../../features/focus/plan';
import { parseRecord } from '../../../features/focus/ticktick/parse';
import { formatOpTime } from '../../../kernel/time';
import { at, seedContinue, seedReplyPaused, seedStart } from '../../seed';

/** Replays the seed's ids so planned ops can be compared with the seed field for field. */
function ctx(time: string, ids: string[]): PlanContext {
  const queue = [...ids];
  return { now: at(time), prefs: { ...DEFAULT_PREFS }, newId: () => queue.shift()! };
}
const seedSession = () => parseRecord(structuredClone(seedReplyPaused.current));

describe('planNaturalEnd', () => {
  const t0 = '2025-11-13T10:09:44.765+0000';
  it('finishes at start + duration + pauses with manual false, however late we wake', () => {
    const rec = applyOps(seedSession(), seedContinue.opList);
    const [op, ...more] = planNaturalEnd(rec, ctx('2025-11-13T12:00:00.000+0000', ['f']));
    expect(more).toEqual([]); // autoBreak off: the break waits for the user
    expect(op).toMatchObject({ op: 'finish', manual: false, oId: seedStart.opList[0]!.oId });
    expect(op!.time).toBe(formatOpTime(at(t0) + 25 * 60_000 + 94_109));
  });
  it('nothing before the end, nor when paused', () => {
    const rec = applyOps(null, seedStart.opList);
    expect(planNaturalEnd(rec, ctx('2025-11-13T10:30:00.000+0000', ['f']))).toEqual([]);
    expect(planNaturalEnd(seedSession(), ctx('2025-11-13T12:00:00.000+0000', ['f']))).toEqual([]);
  });
  it('ends a break with endBreak at its planned end', () => {
    const brk = { ...seedSession(), status: 2 as const, focusBreak: { startTime: '2025-11-13T10:35:00.000+0000', duration: 5 } };
    const [op] = planNaturalEnd(brk, ctx('2025-11-13T11:00:00.000+0000', ['e']));
    expect(op).toMatchObject({ op: 'endBreak', manual: false, time: '2025-11-13T10:40:00.000+0000', duration: 5 });
  });
});

describe('auto-start follows the user\'s rhythm', () => {
  const t0 = '2025-11-13T10:09:44.765+0000';
  const rhythm = { ...DEFAULT_PREFS, pomoDuration: 30, shortBreakDuration: 7, longBreakDuration: 20, longBreakInterval: 3, autoBreak: true, autoPomo: true };
  const c = (time: string, ids: string[]) => ({ ...ctx(time, ids), prefs: rhythm });
  const task = { id: '6a0000000000000000000001', title: 'Write the quarterly report' };
  const running = () => applyOps(null, planAction({ type: 'start', task }, null, c(t0, ['a'.repeat(24), 'b'.repeat(24)])));

  it('autoBreak: finish and startBreak at the true end, manual false, the short break\'s length', () => {
    const ops = planNaturalEnd(running(), c('2025-11-13T11:00:00.000+0000', ['f', 'b']));
    const end = formatOpTime(at(t0) + 30 * 60_000);
    expect(ops.map((o) => [o.op, o.manual, o.time, o.duration])).toEqual([['finish', false, end, 30], ['startBreak', false, end, 7]]);
  });
  it('the interval-th pomodoro gets the long break', () => {
    const rec = { ...running()!, pomoCount: 3 };
    expect(planNaturalEnd(rec, c('2025-11-13T11:00:00.000+0000', ['f', 'b']))[1]).toMatchObject({ op: 'startBreak', duration: 20 });
  });
  it('autoPomo: the break ends and the next pomodoro of the chain starts at that instant', () => {
    const ended = applyOps(running(), planNaturalEnd(running(), c('2025-11-13T10:40:00.000+0000', ['f', 'b'])));
    const breakEnd = at(t0) + 37 * 60_000;
    const [endBreak, start] = planNaturalEnd(ended, c(formatOpTime(breakEnd + 90_000), ['n'.repeat(24), 'e', 'o']));
    expect(endBreak).toMatchObject({ op: 'endBreak', manual: false, time: formatOpTime(breakEnd), duration: 7 });
    expect(start).toMatchObject({
      op: 'start', manual: false, time: formatOpTime(breakEnd), oId: 'n'.repeat(24), duration: 30,
      firstFocusId: 'a'.repeat(24), autoPomoLeft: 4, pomoCount: 2, focusOnId: task.id,
    });
  });
  it('no auto start when the chain is used up, when autoPomo is off, or when it would be over already', () => {
    const ended = applyOps(running(), planNaturalEnd(running(), c('2025-11-13T10:40:00.000+0000', ['f', 'b'])));
    const late = formatOpTime(at(t0) + 37 * 60_000 + 5 * 60_000);
    expect(planNaturalEnd({ ...ended!, autoPomoLeft: 0 }, c(late, ['e', 'n'])).map((o) => o.op)).toEqual(['endBreak']);
    expect(planNaturalEnd(ended, { ...c(late, ['e', 'n']), prefs: { ...rhythm, autoPomo: false } }).map((o) => o.op)).toEqual(['endBreak']);
    expect(planNaturalEnd(ended, c('2025-11-13T12:00:00.000+0000', ['e', 'n'])).map((o) => o.op)).toEqual(['endBreak']);
  });
  it('an auto-start count of 3: three pomodoros in the chain, then the break ends and nothing starts', () => {
    const prefs = { ...rhythm, autoPomoCount: 3 };
    let rec = applyOps(null, planAction({ type: 'start', task }, null, { ...c(t0, ['a'.repeat(24), 'b'.repeat(24)]), prefs }));
    const starts: number[] = [rec!.autoPomoLeft];
    let time = at(t0);
    for (let round = 0; round < 4; round++) {
      time += 30 * 60_000 + 10_000; // the pomodoro ran out: finish + startBreak
      rec = applyOps(rec, planNaturalEnd(rec, { ...c(formatOpTime(time), [`f${round}`, `b${round}`]), prefs }));
      time += 7 * 60_000; // the break ran out: endBreak, and the next one while the chain lasts
      const ops = planNaturalEnd(rec, { ...c(formatOpTime(time), [`n${round}`.padEnd(24, '0'), `e${round}`, `o${round}`]), prefs });
      rec = applyOps(rec, ops);
      const start = ops.find((o) => o.op === 'start');
      if (!start) break;
      starts.push(start.autoPomoLeft);
      time = Date.parse(start.time.replace('+0000', 'Z'));
    }
    expect(starts).toEqual([2, 1, 0]);
  });
  it('a manual start opens a new chain: its own firstFocusId, autoPomoLeft 5 (the seed\'s value)', () => {
    const [op] = planAction({ type: 'start' }, null, c(t0, ['s', 'o']));
    expect(op).toMatchObject({ firstFocusId: 's', oId: 's', autoPomoLeft: 5, duration: 30 });
  });
});
