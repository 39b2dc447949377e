import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { isFresh, rememberTask, tasksItem } from '../../../features/tasks/fetch-tasks';

beforeEach(() => fakeBrowser.reset());

describe('the chooser\'s task cache (features/tasks/fetch-tasks.ts)', () => {
  it('is fresh for five minutes, for the site it was fetched from only', async () => {
    const cache = { ...(await tasksItem.getValue()), site: 'ticktick' as const, at: 1_000_000 };
    expect(isFresh(cache, 'ticktick', 1_000_000 + 4 * 60_000)).toBe(true);
    expect(isFresh(cache, 'ticktick', 1_000_000 + 5 * 60_000)).toBe(false);
    expect(isFresh(cache, 'dida365', 1_000_000)).toBe(false);
  });
  it('remembers the user\'s bindings newest first, each once, the last eight', async () => {
    for (let i = 1; i <= 10; i++) await rememberTask({ id: `t${i}`, title: `Task ${i}` });
    await rememberTask({ id: 't5', title: 'Task 5' });
    const mine = (await tasksItem.getValue()).mine.map((t) => t.id);
    expect(mine).toEqual(['t5', 't10', 't9', 't8', 't7', 't6', 't4', 't3']);
    expect((await fakeBrowser.storage.local.get('tasks')).tasks).toMatchObject({ v: 1 }); // where it always was
  });
  it('a cache of another shape is not read as lists: the chooser starts from empty and remembering works', async () => {
    await fakeBrowser.storage.local.set({ tasks: { v: 1, value: { site: 'ticktick', at: 5, tasks: 'x', server: null, mine: {} } } });
    expect((await tasksItem.getValue()).tasks).toEqual([]);
    await rememberTask({ id: 't1', title: 'Task 1' });
    expect((await tasksItem.getValue()).mine.map((t) => t.id)).toEqual(['t1']);
  });
});
