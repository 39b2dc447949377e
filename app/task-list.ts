// A task's TickTick list, for the Zoho mirror's job per list (features/zoho/jobs.ts): the chooser's
// task cache (features/tasks/fetch-tasks.ts, where a bound task was chosen), else the statistics
// page's list index (features/stats/lists.ts, finished tasks and other devices' tasks too).
// Storage reads only: the worker never fetches lists.
import { tasksItem } from '../features/tasks/fetch-tasks';
import { listsItem } from '../features/stats/lists';

export async function taskList(taskId: string): Promise<string | undefined> {
  const [cache, index] = await Promise.all([tasksItem.getValue(), listsItem.getValue()]);
  return cache.tasks.find((t) => t.id === taskId)?.listId || index.tasks[taskId] || undefined;
}
