import { describe, expect, it } from 'vitest';
import { focusedMs, parseTimeline, shares } from '../../../features/stats/timeline';

// The record docs/statistics.md §1 shows, as the web app received it.
export const DOC_RECORD = {
  id: '69b0716cfe7e4d7617414c47', note: 'asd',
  tasks: [{ startTime: '2026-03-10T19:30:52.000+0000', endTime: '2026-03-10T20:01:24.000+0000' }],
  startTime: '2026-03-10T19:30:52.000+0000', endTime: '2026-03-10T20:01:25.000+0000',
  status: 1, pauseDuration: 1, adjustTime: 0, etag: 'iiky0edz', type: 0, added: false,
};

describe('timeline records', () => {
  it('the documented record: a 30.5-minute pomodoro, 1 s paused, its note, no task', () => {
    const [s] = parseTimeline([DOC_RECORD]);
    expect(s).toMatchObject({ id: DOC_RECORD.id, note: 'asd', stopwatch: false, pauseMs: 1000 });
    expect(focusedMs(s!)).toBe(Date.parse('2026-03-10T20:01:25Z') - Date.parse('2026-03-10T19:30:52Z') - 1000);
    expect(shares(s!)).toEqual([{ part: { id: '', title: '', project: '', ms: 1_832_000, segs: [[Date.parse('2026-03-10T19:30:52Z'), Date.parse('2026-03-10T20:01:24Z')]] }, share: 1 }]);
  });

  it('a task split by a pause is one part; two tasks share the time by their segments', () => {
    const [s] = parseTimeline([{
      ...DOC_RECORD, startTime: '2026-11-24T09:00:00.000+0000', endTime: '2026-11-24T10:00:00.000+0000', pauseDuration: 600,
      tasks: [
        { taskId: 'a', title: 'Write the report', projectName: 'Work', startTime: '2026-11-24T09:00:00.000+0000', endTime: '2026-11-24T09:20:00.000+0000' },
        { taskId: 'a', title: 'Write the report', projectName: 'Work', startTime: '2026-11-24T09:30:00.000+0000', endTime: '2026-11-24T09:40:00.000+0000' },
        { taskId: 'b', title: '整理读书笔记', startTime: '2026-11-24T09:40:00.000+0000', endTime: '2026-11-24T10:00:00.000+0000' },
      ],
    }]);
    expect(focusedMs(s!) / 60_000).toBe(50);
    expect(shares(s!).map(({ part, share }) => [part.id, part.project, share])).toEqual([['a', 'Work', 0.6], ['b', '', 0.4]]);
    // The segments are kept (the Zoho reconciliation logs them, pauses left out).
    expect(s!.tasks[0]!.segs).toEqual([[Date.parse('2026-11-24T09:00:00Z'), Date.parse('2026-11-24T09:20:00Z')], [Date.parse('2026-11-24T09:30:00Z'), Date.parse('2026-11-24T09:40:00Z')]]);
  });

  it('a focus timer counts as its own entry; a stopwatch is no pomodoro', () => {
    const [s] = parseTimeline([{ ...DOC_RECORD, type: 1, tasks: [{ timerId: 't9', timerName: 'Reading', startTime: DOC_RECORD.startTime, endTime: DOC_RECORD.endTime }] }]);
    expect(s!.stopwatch).toBe(true);
    expect(s!.tasks[0]).toMatchObject({ id: 'timer:t9', title: 'Reading' });
  });

  it('status null counts, dropped (3) and records without usable times do not', () => {
    const got = parseTimeline([
      { ...DOC_RECORD, id: 'n', status: null },
      { ...DOC_RECORD, id: 'd', status: 3 },
      { ...DOC_RECORD, id: 'x', startTime: 'nonsense' },
      { ...DOC_RECORD, id: 'r', endTime: '2026-03-10T19:00:00.000+0000' },
      null, 'x',
    ]);
    expect(got.map((s) => s.id)).toEqual(['n']);
    expect(parseTimeline('<html>')).toEqual([]);
  });

  it('pauseDuration in seconds, or in ms when seconds would exceed the session', () => {
    const [sec, ms] = parseTimeline([
      { ...DOC_RECORD, id: 's', pauseDuration: 300 },
      { ...DOC_RECORD, id: 'm', pauseDuration: 300_000 },
    ]);
    expect([sec!.pauseMs, ms!.pauseMs]).toEqual([300_000, 300_000]);
  });
});
