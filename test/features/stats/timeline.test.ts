import { describe, expect, it } from 'vitest';
import { dayStart, focusDays, parseTimeline } from '../../../features/stats/timeline';

// Timeline records shaped as docs/ticktick-protocol.md §10 lists them.
const rec = (id: string, start: string, end: string, extra: Record<string, unknown> = {}) => ({
  id, startTime: start, endTime: end, status: 1, pauseDuration: 0, adjustTime: 0, etag: 'e', type: 0, added: false, note: '',
  tasks: [{ taskId: 't1', title: 'Write the quarterly report', startTime: start, endTime: end }], ...extra,
});
const berlin = (ms: number) => (new Date(ms).getUTCMonth() >= 3 && new Date(ms).getUTCMonth() <= 9 ? 120 : 60); // rough CET/CEST
const shanghai = () => 480;
const utc = () => 0;

describe('the focus timeline, per local day', () => {
  it('parses completed sessions with their task titles; odd records are skipped', () => {
    const s = parseTimeline([
      rec('a', '2026-11-24T09:00:00.000+0000', '2026-11-24T09:25:00.000+0000'),
      rec('b', 'nonsense', '2026-11-24T09:25:00.000+0000'),
      rec('c', '2026-11-24T10:00:00.000+0000', '2026-11-24T09:00:00.000+0000'),
      null, 'x',
    ]);
    expect(s.map((x) => [x.id, x.focusedMs / 60_000, x.titles])).toEqual([['a', 25, ['Write the quarterly report']]]);
    expect(parseTimeline('<html>')).toEqual([]);
  });
  it('pauses are taken off: pauseDuration in seconds, or in ms when seconds would exceed the session', () => {
    const [sec, ms] = parseTimeline([
      rec('s', '2026-11-24T09:00:00.000+0000', '2026-11-24T09:30:00.000+0000', { pauseDuration: 300 }),
      rec('m', '2026-11-24T10:00:00.000+0000', '2026-11-24T10:30:00.000+0000', { pauseDuration: 300_000 }),
    ]);
    expect([sec!.focusedMs, ms!.focusedMs].map((x) => x / 60_000)).toEqual([25, 25]);
  });
  it('days follow the user\'s time zone: 23:30 UTC is the next day in Shanghai', () => {
    const now = Date.parse('2026-11-25T12:00:00Z');
    const s = parseTimeline([rec('a', '2026-11-24T23:30:00.000+0000', '2026-11-24T23:55:00.000+0000')]);
    expect(focusDays(s, now, 7, utc).map((d) => d.minutes)).toEqual([0, 0, 0, 0, 0, 25, 0]);
    expect(focusDays(s, now, 7, shanghai).map((d) => d.minutes)).toEqual([0, 0, 0, 0, 0, 0, 25]);
    expect(new Date(focusDays(s, now, 7, shanghai)[6]!.start).toISOString()).toBe('2026-11-24T16:00:00.000Z');
  });
  it('a session across midnight counts on both days, in proportion', () => {
    const s = parseTimeline([rec('a', '2026-11-24T23:50:00.000+0000', '2026-11-25T00:20:00.000+0000', { pauseDuration: 0 })]);
    const days = focusDays(s, Date.parse('2026-11-25T12:00:00Z'), 7, utc);
    expect(days.slice(5).map((d) => d.minutes)).toEqual([10, 20]);
    expect(days[5]!.sessions[0]!.titles).toEqual(['Write the quarterly report']);
  });
  it('seven days end today; older sessions and duplicates (overlapping pages) are not counted', () => {
    const s = parseTimeline([
      rec('a', '2026-11-25T08:00:00.000+0000', '2026-11-25T08:25:00.000+0000'),
      rec('a', '2026-11-25T08:00:00.000+0000', '2026-11-25T08:25:00.000+0000'),
      rec('old', '2026-11-10T08:00:00.000+0000', '2026-11-10T08:25:00.000+0000'),
    ]);
    const days = focusDays(s, Date.parse('2026-11-25T12:00:00Z'), 7, utc);
    expect(days).toHaveLength(7);
    expect(days.map((d) => d.minutes)).toEqual([0, 0, 0, 0, 0, 0, 25]);
    expect(new Date(days[0]!.start).toISOString()).toBe('2026-11-19T00:00:00.000Z');
  });
  it('day boundaries across a DST change stay at local midnight', () => {
    const d = dayStart(Date.parse('2026-10-25T12:00:00Z'), berlin); // the day CEST ends
    expect(new Date(d).toISOString()).toBe('2026-10-24T22:00:00.000Z');
  });
});
