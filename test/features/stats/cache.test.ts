import { describe, expect, it } from 'vitest';
import { allSessions, applyCap, mergePage, newCache } from '../../../features/stats/cache';
import { pack, unpack } from '../../../features/stats/compact';
import { listOf, parseListIndex } from '../../../features/stats/lists';
import { parseTimeline, type Session } from '../../../features/stats/timeline';
import { zoneOffset } from '../../../features/stats/zone';
import { SAMPLE_LISTS, SAMPLE_TASKS, createTickTick, SANDBOX_TOKEN } from '../../fake-ticktick/ticktick.mjs';

const utc = () => 0;
const s = (id: string, start: string, minutes = 25, note = ''): Session => ({
  id, start: Date.parse(start), end: Date.parse(start) + minutes * 60_000, pauseMs: 0, stopwatch: false, note,
  tasks: [{ id: 't1', title: '整理读书笔记', project: '生活', ms: minutes * 60_000 }],
});

describe('the cache in memory', () => {
  it('a packed session comes back as it was (to the second); what is no session is refused', () => {
    const [x] = parseTimeline([{ id: 'a', startTime: '2026-11-24T09:00:00.500+0000', endTime: '2026-11-24T09:30:00.500+0000', status: 1, pauseDuration: 90, type: 1, note: 'say "hi", then\nleave',
      tasks: [{ taskId: 't', title: 'T', projectName: 'Work', startTime: '2026-11-24T09:00:00.000+0000', endTime: '2026-11-24T09:28:30.000+0000' }] }]);
    expect(unpack(JSON.parse(JSON.stringify(pack(x!))))).toEqual(x);
    expect(pack({ ...x!, note: '', tasks: [] })).toHaveLength(5);
    for (const bad of [null, ['a'], ['a', 1, 0, 0, 0], ['a', 1, 60, 0, 0, 5], ['a', 1, 60, 0, 0, '', [['t', 'x']]]]) expect(unpack(bad)).toBeNull();
  });

  it('a page replaces its span: new and changed sessions in, missing ones out, others and the edge kept', () => {
    const c = newCache();
    mergePage(c, [s('old', '2026-11-20T09:00:00Z'), s('edge', '2026-11-22T09:00:00Z'), s('gone', '2026-11-23T09:00:00Z'), s('kept', '2026-11-24T09:00:00Z', 25, 'before')], 0, Date.parse('2026-11-24T09:00:00Z'), utc);
    const changed = mergePage(c, [s('kept', '2026-11-24T09:00:00Z', 25, 'after'), s('new', '2026-11-25T09:00:00Z')], Date.parse('2026-11-22T09:00:00Z'), Date.parse('2026-11-25T09:00:00Z'), utc);
    expect(allSessions(c).map((x) => [x.id, x.note])).toEqual([['old', ''], ['edge', ''], ['kept', 'after'], ['new', '']]);
    expect([...changed].sort()).toEqual(['2026-11-23', '2026-11-24', '2026-11-25']);
    expect(c.meta.days).toEqual({ '2026-11-20': 1, '2026-11-22': 1, '2026-11-24': 1, '2026-11-25': 1 });
    expect(c.spans).toEqual([[0, Date.parse('2026-11-25T09:00:00Z')]]);
  });

  it('days are the local days of the start; a session read again in another zone moves to its new day', () => {
    const c = newCache();
    mergePage(c, [s('a', '2026-11-24T20:00:00Z')], 0, Date.parse('2026-11-24T20:00:00Z'), utc);
    mergePage(c, [s('a', '2026-11-24T20:00:00Z')], 0, Date.parse('2026-11-24T20:00:00Z'), zoneOffset('Asia/Shanghai'));
    expect([...c.days].map(([k, d]) => [k, d.size])).toEqual([['2026-11-24', 0], ['2026-11-25', 1]]);
    expect(c.meta.days).toEqual({ '2026-11-25': 1 });
  });

  it('the cap drops whole days, oldest first, and storage no longer promises what it dropped', () => {
    const c = newCache();
    mergePage(c, [s('a', '2026-11-20T09:00:00Z'), s('b', '2026-11-20T10:00:00Z'), s('c', '2026-11-21T09:00:00Z'), s('d', '2026-11-22T09:00:00Z')], 0, Date.parse('2026-11-22T09:00:00Z'), utc);
    expect(applyCap(c, 2, utc)).toEqual(['2026-11-20']);
    expect(c.meta.floor).toBe(Date.parse('2026-11-21T00:00:00Z'));
    expect(c.meta.spans).toEqual([[c.meta.floor, Date.parse('2026-11-22T09:00:00Z')]]);
    expect(c.spans[0]![0]).toBe(0); // memory still covers it
  });
});

describe('lists', () => {
  const tt = createTickTick();
  const snapshot = JSON.parse(tt.handle({ method: 'GET', path: '/api/v3/batch/check/0', headers: { cookie: `t=${SANDBOX_TOKEN}` } }).body!);
  const index = { site: 'ticktick', at: 0, ...parseListIndex(snapshot)! };
  const names = { inbox: 'Inbox', noTask: 'No task', noList: 'No list' };
  const part = (id: string, project = '') => ({ id, title: 'x', project, ms: 1 });

  it('a task\'s list from the snapshot, archived lists and the Inbox included', () => {
    expect(listOf(index, part(SAMPLE_TASKS[0]!.id), names)).toBe('Work');
    expect(listOf(index, part(SAMPLE_TASKS[4]!.id), names)).toBe('生活');
    expect(listOf(index, part(SAMPLE_TASKS[6]!.id, 'Inbox'), names)).toBe('Inbox');
    expect(listOf(index, part('6a000000000000000000000a'), names)).toBe(SAMPLE_LISTS[2]!.name);
  });
  it('a task the snapshot lacks: the record\'s list name, else no list; no task is no task', () => {
    expect(listOf(index, part('gone', 'Side project'), names)).toBe('Side project');
    expect(listOf(index, part('gone'), names)).toBe('No list');
    expect(listOf(index, part(''), names)).toBe('No task');
    expect(parseListIndex('<html>')).toBeNull();
  });
});
