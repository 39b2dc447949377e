import { describe, expect, it } from 'vitest';
import { csvField, exportRows, toCsv, toJson } from '../../../features/stats/export';
import { parseTimeline, type TaskPart } from '../../../features/stats/timeline';
import { zoneOffset } from '../../../features/stats/zone';

const rec = (id: string, note: string, tasks: unknown[]) => ({
  id, note, tasks, startTime: '2026-11-24T09:00:00.000+0000', endTime: '2026-11-24T09:30:00.000+0000', status: 1, pauseDuration: 300, type: 0,
});
const part = (taskId: string, title: string, projectName = '') => ({ taskId, title, projectName, startTime: '2026-11-24T09:00:00.000+0000', endTime: '2026-11-24T09:30:00.000+0000' });
const listOf = (p: TaskPart) => p.project || 'No list';
const shanghai = zoneOffset('Asia/Shanghai');

describe('export', () => {
  it('one row per session: local start and end, focused and paused minutes, task, list, note', () => {
    const rows = exportRows(parseTimeline([rec('a', 'Draft, then "polish"', [part('t1', 'Report', 'Work')]), rec('a', '', [])]), 0, Infinity, listOf, shanghai);
    expect(rows).toEqual([{ start: '2026-11-24T17:00:00+08:00', end: '2026-11-24T17:30:00+08:00', minutes: 25, pauses: 5, task: 'Report', list: 'Work', note: 'Draft, then "polish"' }]);
  });

  it('CSV: commas, quotes, line breaks and edge spaces quoted, quotes doubled, Chinese kept, CRLF rows, BOM first', () => {
    const rows = exportRows(parseTimeline([
      { ...rec('a', 'line one\nline two', [part('t1', '整理读书笔记', '生活'), part('t2', 'Plan, review')]), startTime: '2026-11-24T08:00:00.000+0000' },
      rec('b', 'say "hi"', []),
    ]), 0, Infinity, listOf, shanghai);
    const csv = toCsv(rows);
    expect(csv.startsWith('\uFEFFstart,end,minutes,pauses,task,list,note\r\n')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual([
      'start,end,minutes,pauses,task,list,note',
      '2026-11-24T16:00:00+08:00,2026-11-24T17:30:00+08:00,85,5,"整理读书笔记 / Plan, review",生活 / No list,"line one\nline two"',
      '2026-11-24T17:00:00+08:00,2026-11-24T17:30:00+08:00,25,5,,,"say ""hi"""',
      '',
    ]);
  });

  it('a cell that starts like a formula is not run by a spreadsheet', () => {
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('@home')).toBe("'@home");
    expect(csvField(-3)).toBe('-3');
    expect(csvField(' padded')).toBe('" padded"');
  });

  it('only sessions that start in the range, oldest first; JSON carries the same rows', () => {
    const s = parseTimeline([
      { ...rec('late', '', []), startTime: '2026-11-25T09:00:00.000+0000', endTime: '2026-11-25T09:25:00.000+0000' },
      { ...rec('early', '', []), startTime: '2026-11-23T09:00:00.000+0000', endTime: '2026-11-23T09:25:00.000+0000' },
      rec('mid', '', []),
    ]);
    const rows = exportRows(s, Date.parse('2026-11-23T00:00:00Z'), Date.parse('2026-11-25T00:00:00Z'), listOf, () => 0);
    expect(rows.map((r) => r.start)).toEqual(['2026-11-23T09:00:00+00:00', '2026-11-24T09:00:00+00:00']);
    expect(JSON.parse(toJson(rows))).toEqual(rows);
  });
});
