import { describe, expect, it } from 'vitest';
import { pomosByTask } from '../../../app/sidepanel/today';
import { parseTimeline } from '../../../features/stats/timeline';
import { zoneOffset } from '../../../features/stats/zone';

// Berlin in November is UTC+1: local midnight of 24 Nov is 23:00Z on the 23rd.
const BERLIN = zoneOffset('Europe/Berlin');
const NOW = Date.parse('2026-11-24T12:00:00Z');
const seg = (taskId: string, from: string, to: string, extra = {}) => ({ taskId, title: taskId, startTime: `2026-11-${from}:00.000+0000`, endTime: `2026-11-${to}:00.000+0000`, ...extra });
const rec = (id: string, from: string, to: string, tasks: object[], extra = {}) => ({
  status: 1, type: 0, note: '', id, startTime: `2026-11-${from}:00.000+0000`, endTime: `2026-11-${to}:00.000+0000`, pauseDuration: 0, tasks, ...extra,
});

describe('today\'s pomodoros on each task', () => {
  it('one per pomodoro a task has time in, however many segments a pause made', () => {
    const sessions = parseTimeline([
      rec('1', '24T08:00', '24T08:30', [seg('a', '24T08:00', '24T08:10'), seg('a', '24T08:15', '24T08:30')]),
      rec('2', '24T09:00', '24T09:25', [seg('a', '24T09:00', '24T09:10'), seg('b', '24T09:10', '24T09:25')]),
      rec('3', '24T10:00', '24T10:25', [{ timerId: 't1', timerName: 'Reading', startTime: '2026-11-24T10:00:00.000+0000', endTime: '2026-11-24T10:25:00.000+0000' }]),
      rec('4', '24T11:00', '24T11:25', []),
    ]);
    expect(pomosByTask(sessions, NOW, BERLIN)).toEqual({ a: 2, b: 1 });
  });

  it('today\'s only: yesterday\'s and tomorrow\'s pomodoros do not count', () => {
    const sessions = parseTimeline([
      rec('y', '23T10:00', '23T10:25', [seg('a', '23T10:00', '23T10:25')]),
      rec('t', '24T10:00', '24T10:25', [seg('a', '24T10:00', '24T10:25')]),
      rec('n', '24T23:10', '24T23:35', [seg('a', '24T23:10', '24T23:35')]), // 00:10 on the 25th in Berlin
    ]);
    expect(pomosByTask(sessions, NOW, BERLIN)).toEqual({ a: 1 });
  });

  it('across midnight: the tasks focused on after midnight count, the one before does not', () => {
    // 23:40–00:10 Berlin: "a" until 23:55, then "b"; "c" is a segment across midnight itself.
    const sessions = parseTimeline([
      rec('m', '23T22:40', '23T23:10', [seg('a', '23T22:40', '23T22:55'), seg('c', '23T22:55', '23T23:02'), seg('b', '23T23:02', '23T23:10')]),
      // A segment ending at midnight exactly has no time today.
      rec('e', '23T22:30', '23T23:00', [seg('d', '23T22:30', '23T23:00')]),
    ]);
    expect(pomosByTask(sessions, NOW, BERLIN)).toEqual({ b: 1, c: 1 });
  });

  it('a stopwatch is no pomodoro; a part without segments goes by the session\'s times', () => {
    const sessions = parseTimeline([rec('s', '24T08:00', '24T08:30', [seg('a', '24T08:00', '24T08:30')], { type: 1 })]);
    expect(pomosByTask(sessions, NOW, BERLIN)).toEqual({});
    const old = { id: 'o', start: Date.parse('2026-11-23T22:50:00Z'), end: Date.parse('2026-11-23T23:15:00Z'), pauseMs: 0, stopwatch: false, note: '', tasks: [{ id: 'a', title: 'a', project: '', ms: 0 }] };
    expect(pomosByTask([old], NOW, BERLIN)).toEqual({ a: 1 });
    expect(pomosByTask([{ ...old, end: Date.parse('2026-11-23T23:00:00Z') }], NOW, BERLIN)).toEqual({});
  });
});
