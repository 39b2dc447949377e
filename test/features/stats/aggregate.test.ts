import { describe, expect, it } from 'vitest';
import { aggregate, goalDays } from '../../../features/stats/aggregate';
import { parseTimeline, type TaskPart } from '../../../features/stats/timeline';
import { parseIsoDay, zoneOffset, type Offset } from '../../../features/stats/zone';

// Timeline records shaped as docs/statistics.md §1 shows them.
const rec = (id: string, start: string, end: string, extra: Record<string, unknown> = {}) => ({
  id, startTime: start, endTime: end, status: 1, pauseDuration: 0, adjustTime: 0, etag: 'e', type: 0, added: false, note: '',
  tasks: [{ taskId: 't1', title: 'Write the quarterly report', projectName: 'Work', startTime: start, endTime: end }], ...extra,
});
const ctx = (off: Offset) => ({ off, noTask: 'No task', listOf: (p: TaskPart) => (p.id ? p.project || 'No list' : 'No task') });
const utc = () => 0;
const d = parseIsoDay;

describe('a range\'s statistics', () => {
  it('per local day: 23:30 UTC is the 24th in New York and the 25th in Shanghai', () => {
    const s = parseTimeline([rec('a', '2026-11-24T23:30:00.000+0000', '2026-11-24T23:55:00.000+0000')]);
    const ny = aggregate(s, d('2026-11-24'), d('2026-11-25'), ctx(zoneOffset('America/New_York')));
    const sh = aggregate(s, d('2026-11-24'), d('2026-11-25'), ctx(zoneOffset('Asia/Shanghai')));
    expect(ny.days.map((x) => [x.minutes, x.sessions])).toEqual([[25, 1], [0, 0]]);
    expect(sh.days.map((x) => [x.minutes, x.sessions])).toEqual([[0, 0], [25, 1]]);
    expect([ny.hours[18], sh.hours[7]]).toEqual([25, 25]);
  });

  it('a session across midnight counts on both days and both hours in proportion, pauses spread evenly', () => {
    const s = parseTimeline([rec('a', '2026-11-24T23:40:00.000+0000', '2026-11-25T00:20:00.000+0000', { pauseDuration: 600 })]);
    const a = aggregate(s, d('2026-11-24'), d('2026-11-25'), ctx(utc));
    expect(a.days.map((x) => x.minutes)).toEqual([15, 15]);
    expect([a.hours[23], a.hours[0]]).toEqual([15, 15]);
    expect(a.days.map((x) => x.sessions)).toEqual([1, 0]); // counted where it starts
    expect(a.minutes).toBe(30);
  });

  it('at the range\'s edge only the part inside counts, and the session is not counted twice', () => {
    const s = parseTimeline([rec('a', '2026-11-24T23:40:00.000+0000', '2026-11-25T00:20:00.000+0000')]);
    const a = aggregate(s, d('2026-11-25'), d('2026-11-25'), ctx(utc));
    expect(a.minutes).toBe(20);
    expect([a.sessions, a.tasks[0]!.minutes, a.tasks[0]!.sessions]).toEqual([0, 20, 0]);
  });

  it('the DST day: a session at 02:30 CEST on 25 October and the 25-hour day', () => {
    const berlin = zoneOffset('Europe/Berlin');
    const s = parseTimeline([
      rec('a', '2026-10-25T00:30:00.000+0000', '2026-10-25T00:55:00.000+0000'), // 02:30 CEST
      rec('b', '2026-10-25T01:30:00.000+0000', '2026-10-25T01:55:00.000+0000'), // 02:30 CET, the hour again
      rec('c', '2026-10-25T22:50:00.000+0000', '2026-10-25T23:15:00.000+0000'), // 23:50 CET → 00:15 on the 26th
    ]);
    const a = aggregate(s, d('2026-10-25'), d('2026-10-26'), ctx(berlin));
    expect(a.days.map((x) => x.minutes)).toEqual([60, 15]);
    expect([a.hours[2], a.hours[23], a.hours[0]]).toEqual([50, 10, 15]);
  });

  it('by task and by list: shares by segment, no task and unknown lists apart, duplicates once', () => {
    const s = parseTimeline([
      rec('a', '2026-11-24T09:00:00.000+0000', '2026-11-24T09:50:00.000+0000', { tasks: [
        { taskId: 't1', title: 'Write the quarterly report', projectName: 'Work', startTime: '2026-11-24T09:00:00.000+0000', endTime: '2026-11-24T09:30:00.000+0000' },
        { taskId: 't2', title: '整理读书笔记', projectName: '生活', startTime: '2026-11-24T09:30:00.000+0000', endTime: '2026-11-24T09:50:00.000+0000' },
      ] }),
      rec('a', '2026-11-24T09:00:00.000+0000', '2026-11-24T09:50:00.000+0000'),
      rec('b', '2026-11-24T11:00:00.000+0000', '2026-11-24T11:25:00.000+0000', { tasks: [] }),
      rec('c', '2026-11-24T12:00:00.000+0000', '2026-11-24T12:10:00.000+0000', { type: 1, tasks: [{ taskId: 't3', title: 'Gone task', startTime: '2026-11-24T12:00:00.000+0000', endTime: '2026-11-24T12:10:00.000+0000' }] }),
    ]);
    const a = aggregate(s, d('2026-11-24'), d('2026-11-24'), ctx(utc));
    expect(a.tasks.map((r) => [r.label, r.minutes, r.sessions])).toEqual([
      ['Write the quarterly report', 30, 1], ['No task', 25, 1], ['整理读书笔记', 20, 1], ['Gone task', 10, 1],
    ]);
    expect(a.lists.map((r) => [r.label, r.minutes, r.sessions])).toEqual([['Work', 30, 1], ['No task', 25, 1], ['生活', 20, 1], ['No list', 10, 1]]);
    expect([a.sessions, a.pomos, a.minutes]).toEqual([3, 2, 85]);
  });

  it('goal days: pomodoros and minutes reached, a goal of 0 is none', () => {
    const days = [{ day: 1, minutes: 200, sessions: 8, pomos: 8 }, { day: 2, minutes: 119.6, sessions: 4, pomos: 4 }, { day: 3, minutes: 0, sessions: 0, pomos: 0 }];
    expect(goalDays(days, { pomos: 4, minutes: 120 })).toEqual({ pomos: 2, minutes: 2 });
    expect(goalDays(days, { pomos: 0, minutes: null })).toEqual({ pomos: null, minutes: null });
  });
});
