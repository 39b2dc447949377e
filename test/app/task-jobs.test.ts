import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { jobsOf } from '../../app/stats/ZohoPart';
import { taskList } from '../../app/task-list';
import { listsItem } from '../../features/stats/lists';
import { tasksItem } from '../../features/tasks/fetch-tasks';
import { DEFAULT_ZOHO } from '../../features/zoho/state';

const zoho = { ...DEFAULT_ZOHO, jobId: 'J0', jobName: 'Backend', jobs: [{ listId: 'list-work', jobId: 'J1', jobName: 'Code review' }] };

beforeEach(() => fakeBrowser.reset());

describe('a task\'s list, and its job, as the app composes them', () => {
  it('the worker finds a task\'s list in the chooser\'s cache, else in the statistics\' list index', async () => {
    await tasksItem.setValue({ site: 'ticktick', at: 1, tasks: [{ id: 't1', title: 'A', list: 'Work', listId: 'list-work' }, { id: 't2', title: 'B', list: 'Work' }], server: [], mine: [] });
    await listsItem.setValue({ site: 'ticktick', at: 1, inbox: 'inbox1', lists: { 'list-home': 'Home' }, tasks: { t2: 'list-home', t3: 'inbox1' } });
    expect(await Promise.all(['t1', 't2', 't3', 't4'].map(taskList))).toEqual(['list-work', 'list-home', 'inbox1', undefined]);
  });
  it('the statistics\' reconciliation: each task\'s job by its list, else the default job', () => {
    const jobOf = jobsOf(zoho, { t1: 'list-work', t2: 'list-home' });
    expect([jobOf('t1').id, jobOf('t2').id, jobOf('').id]).toEqual(['J1', 'J0', 'J0']);
    expect(jobsOf(zoho)('t1')).toEqual({ id: 'J0', name: 'Backend', billing: 'billable' });
  });
});
