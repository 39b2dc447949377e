// The bound task's numbers on the task line, from the chooser's cache. A chunk of its own, loaded
// after the first paint: the cache module comes with TickTick's client (features/tasks/fetch-tasks.ts).
// Where today's pomodoros are known (the side panel), "today: N" is shown, 0 included.
import { useEffect, useState } from 'preact/hooks';
import { tasksItem } from '../fetch-tasks';
import type { TaskFocus } from '../tasks';
import { focusNumbers } from './numbers';

export function TaskNumbers({ id, today }: { id: string; today?: Readonly<Record<string, number>> }) {
  const [focus, setFocus] = useState<TaskFocus | undefined>(undefined);
  useEffect(() => {
    setFocus(undefined);
    let live = true;
    void tasksItem.getValue().then((c) => live && setFocus(c.tasks.find((x) => x.id === id)?.focus), () => undefined);
    return () => void (live = false);
  }, [id]);
  const line = focusNumbers(focus, today && (today[id] ?? 0));
  return line ? <span class="hint task-numbers">{line}</span> : null;
}
