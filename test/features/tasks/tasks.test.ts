import { describe, expect, it } from 'vitest';
import { filterTasks, parseFocus, parseRecent, parseSnapshot, recentTargets } from '../../../features/tasks/tasks';
import { createTickTick } from '../../fake-ticktick/ticktick.mjs';

const cookie = { cookie: 't=sandbox-session-token-7f3a9c' };
const get = (path: string) => JSON.parse(createTickTick().handle({ method: 'GET', path, headers: cookie }).body!);

describe('task chooser data', () => {
  const tasks = parseSnapshot(get('/api/v3/batch/check/0'))!;

  it('offers open tasks only, with their list names and due dates; Inbox tasks say Inbox', () => {
    expect(tasks.map((t) => t.title)).not.toContain('Send the invoice (already done)');
    expect(tasks).toHaveLength(6);
    expect(tasks.find((t) => t.id === '6a0000000000000000000007')?.list).toBe('Inbox');
    expect(parseSnapshot(get('/api/v3/batch/check/0'), '收集箱')!.find((t) => t.id === '6a0000000000000000000007')?.list).toBe('收集箱');
    expect(tasks[0]).toEqual({
      id: '6a0000000000000000000001', title: 'Write the quarterly report', list: 'Work', listId: 'list-work', due: '2026-11-27T16:00:00.000+0000',
      focus: { pomos: 3, seconds: 4500, estPomos: 5, estSeconds: 0 },
    });
    expect(tasks.find((t) => t.title === '整理读书笔记')?.list).toBe('生活');
  });
  it('a task\'s focusSummaries: done adds up over the users, the largest estimate stands, odd values count 0', () => {
    expect(tasks[1]?.focus).toEqual({ pomos: 0, seconds: 1800, estPomos: 0, estSeconds: 7200 });
    expect(parseFocus([
      { userId: 1, pomoCount: 2, pomoDuration: 3000, stopwatchDuration: 600, estimatedPomo: 4, estimatedDuration: 6000 },
      { userId: 2, pomoCount: 1, pomoDuration: 1500, estimatedPomo: 3, estimatedDuration: 'x' }, null, 'y',
    ])).toEqual({ pomos: 3, seconds: 5100, estPomos: 4, estSeconds: 6000 });
    expect(parseFocus([{ pomoCount: 0, estimatedPomo: -1 }])).toBeUndefined();
    expect(parseFocus({ pomoCount: 3 })).toBeUndefined();
    expect(tasks.find((t) => t.title === 'Call the dentist')).not.toHaveProperty('focus');
  });
  it('keeps each task\'s list id (the Inbox\'s is the snapshot\'s inboxId): its Zoho People job', () => {
    const inbox = (get('/api/v3/batch/check/0') as { inboxId: string }).inboxId;
    expect(tasks.find((t) => t.id === '6a0000000000000000000007')?.listId).toBe(inbox);
  });
  it('never offers a note, a deleted task or a task of a closed list', () => {
    const titles = tasks.map((t) => t.title);
    for (const gone of ['Meeting notes (a note, not a task)', 'Old task in the trash', 'Task of an archived list']) expect(titles).not.toContain(gone);
  });
  it('is not fooled by a page or an odd snapshot', () => {
    expect(parseSnapshot('<html>page not found</html>')).toBeNull();
    expect(parseSnapshot({ syncTaskBean: { update: [{ id: 1, title: 'x' }, { id: 'a', title: '  ' }, null] } })).toEqual([]);
  });
  it('recent targets: ours first, then TickTick\'s, each once, done ones dropped', () => {
    const server = parseRecent([
      { taskId: '6a0000000000000000000002', title: 'Review pull requests', projectName: 'Work' },
      { taskId: '6a0000000000000000000003', title: 'Send the invoice (already done)' },
      { habitId: 'h1', title: 'Run' },
    ]);
    expect(server.map((r) => r.id)).toEqual(['6a0000000000000000000002', '6a0000000000000000000003']);
    const mine = [{ id: '6a0000000000000000000005', title: '整理读书笔记' }, { id: '6a0000000000000000000002', title: 'Review pull requests' }];
    expect(recentTargets(tasks, mine, server).map((t) => t.id)).toEqual(['6a0000000000000000000005', '6a0000000000000000000002']);
  });
  it('filters locally by every word of the query, in title or list; recent first with no query', () => {
    const recent = recentTargets(tasks, [{ id: '6a0000000000000000000006', title: 'Call the dentist' }], []);
    expect(filterTasks(tasks, recent, '')[0]!.title).toBe('Call the dentist');
    expect(filterTasks(tasks, recent, 'REPORT').map((t) => t.title)).toEqual(['Write the quarterly report']);
    expect(filterTasks(tasks, recent, 'work plan').map((t) => t.id)).toEqual(['6a0000000000000000000004']);
    expect(filterTasks(tasks, recent, '读书').map((t) => t.title)).toEqual(['整理读书笔记']);
    expect(filterTasks(tasks, recent, 'nothing like this')).toEqual([]);
  });
  it('titles starting with the query come before titles that merely contain it', () => {
    const list = [{ id: '1', title: 'Plan review', list: '' }, { id: '2', title: 'Review plan', list: '' }];
    expect(filterTasks(list, [], 'review').map((t) => t.id)).toEqual(['2', '1']);
  });
});
