// What the focus is about: the bound task (a link into TickTick's web app) or the task picked for
// the next start, and the control that opens the chooser (its own chunk, loaded on demand).
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { ComponentType } from 'preact';
// Types only from the focus feature: a value import of features/focus/index.ts would bring its
// TickTick client into the popup's first paint.
import type { FocusView, Site, TaskRef } from '../../focus/index';
import type { ChooserProps } from './TaskChooser';
import { t } from '../../../browser/i18n';
import { isActive } from '../../focus/index';
import { useLazy } from '../../../ui/use-lazy';

interface Props {
  view: FocusView;
  site: Site | null;
  pick: TaskRef | null;
  busy: boolean;
  choose(task: TaskRef | null): void;
  /** The task's page in TickTick's web app (none while the site is unknown). */
  taskLink(id: string): string | undefined;
  /** Today's pomodoros on each task, where the page has read them (the side panel). */
  today?: Readonly<Record<string, number>>;
}

let chooser: Promise<ComponentType<ChooserProps>> | null = null;
const loadChooser = () => (chooser ??= import('./TaskChooser').then((m) => m.TaskChooser));
const loadNumbers = () => import('./TaskNumbers').then((m) => m.TaskNumbers);

export function TaskLine({ view, site, pick, busy, choose, taskLink, today }: Props) {
  const [Chooser, setChooser] = useState<ComponentType<ChooserProps> | null>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  useLayoutEffect(() => {
    // Back from the chooser: focus returns to the control that opened it (now mounted again).
    if (!Chooser && wasOpen.current) opener.current?.focus();
    wasOpen.current = !!Chooser;
  }, [Chooser]);
  const bindable = view.phase === 'idle' || isActive(view);
  const task = view.phase === 'idle' ? pick : view.taskId ? { id: view.taskId, title: view.taskTitle } : null;
  const Numbers = useLazy(loadNumbers, !!task);
  if (!bindable && !task) return null;

  const close = () => setChooser(null);
  const open = () => void loadChooser().then((C) => setChooser(() => C));
  if (Chooser && site) {
    return <Chooser site={site} today={today} current={task?.id ?? ''} onPick={(x) => { choose(x); close(); }} onClose={close} />;
  }
  return (
    <div class="taskline">
      {task && <a class="task-title" href={taskLink(task.id)} target="_blank" rel="noreferrer" title={task.title}>{task.title || t('taskUntitled')}</a>}
      {task && Numbers && <Numbers id={task.id} today={today} />}
      {!task && <span class="task-none">{t('taskNone')}</span>}
      {bindable && site && (
        <button type="button" class="link" ref={opener} disabled={busy} onClick={open} onMouseEnter={loadChooser}>
          {t(task ? 'taskChange' : 'taskChoose')}
        </button>
      )}
      {bindable && site && task && (
        <button type="button" class="link clear" aria-label={t('taskClear')} disabled={busy} onClick={() => choose(null)}>×</button>
      )}
    </div>
  );
}
