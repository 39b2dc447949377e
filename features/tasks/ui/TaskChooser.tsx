// The task chooser (its own chunk): a search box over the cached open tasks, recent targets first,
// filtered locally on every key. Arrows or Tab move, Enter picks, Escape closes.
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { endpoints, type Site, type TaskRef } from '../../focus/index';
import { filterTasks, recentTargets, type TaskItem } from '../tasks';
import { fetchTasks, isFresh, rememberTask, tasksItem, type TaskCache } from '../fetch-tasks';
import { BASE_URL } from '../../../browser/env';
import { t } from '../../../browser/i18n';
import { focusNumbers } from './numbers';

export interface ChooserProps {
  site: Site;
  /** The task bound now ('' for none). */
  current: string;
  onPick(task: TaskRef | null): void;
  onClose(): void;
  /** Today's pomodoros on each task, where the page has read them (the side panel): shown when some. */
  today?: Readonly<Record<string, number>>;
}

/** Tab and Shift+Tab go round the dialog's own controls, never out to the popup under it. */
function trapTab(e: KeyboardEvent): void {
  const box = e.currentTarget as HTMLElement;
  const all = [...box.querySelectorAll<HTMLElement>('input, button:not(:disabled), a[href]')];
  const at = all.indexOf(document.activeElement as HTMLElement);
  const next = at + (e.shiftKey ? -1 : 1);
  if (next >= 0 && next < all.length) return; // the browser's own order, inside the dialog
  e.preventDefault();
  all[(next + all.length) % all.length]?.focus();
}

/** The task cache at once, then TickTick's tasks when the cache is stale. */
function useTasks(site: Site) {
  const [cache, setCache] = useState<TaskCache | null>(null);
  const [status, setStatus] = useState<'loading' | 'ok' | 'failed'>('loading');
  useEffect(() => {
    void tasksItem.getValue().then(async (c) => {
      if (c.site === site) setCache(c); // show what we have at once
      if (isFresh(c, site)) return setStatus('ok');
      const r = await fetchTasks(site);
      setCache(r.cache);
      setStatus(r.ok ? 'ok' : 'failed');
    });
  }, [site]);
  return { cache, status };
}

function TaskRows({ tasks, current, pick, today }: { tasks: TaskItem[]; current: string; pick(t: TaskRef): void; today?: Readonly<Record<string, number>> }) {
  return (
    <>
      {tasks.map((task) => {
        const numbers = focusNumbers(task.focus, today?.[task.id] || undefined);
        // The row's name is its visible text (title, then list): what a voice user says is what they see.
        return (
          <li key={task.id}>
            <button type="button" aria-current={task.id === current ? 'true' : undefined} onClick={() => pick(task)}>
              <span class="title" translate={false}>{task.title}</span>
              {task.list && <span class="list" translate={false}>{task.list}</span>}
              {numbers && <span class="list numbers">{numbers}</span>}
            </button>
          </li>
        );
      })}
    </>
  );
}

/** ↓/↑ through the list's buttons; up from the first goes back to the search box. */
function moveFocus(by: 1 | -1, list: HTMLUListElement | null, search: HTMLInputElement | null): void {
  const all = [...(list?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
  const next = all.indexOf(document.activeElement as HTMLButtonElement) + by;
  if (next < 0) search?.focus();
  else all[Math.min(next, all.length - 1)]?.focus();
}

export function TaskChooser({ site, current, onPick, onClose, today }: ChooserProps) {
  const [query, setQuery] = useState('');
  const list = useRef<HTMLUListElement>(null);
  const search = useRef<HTMLInputElement>(null);

  // Before the first paint: keys typed right after opening land in the search box, not nowhere.
  useLayoutEffect(() => search.current?.focus(), []);
  const { cache, status } = useTasks(site);

  const shown = useMemo(() => {
    if (!cache) return [];
    return filterTasks(cache.tasks, recentTargets(cache.tasks, cache.mine, cache.server), query);
  }, [cache, query]);

  const pick = (task: TaskRef | null) => {
    if (task) void rememberTask({ id: task.id, title: task.title });
    onPick(task);
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      return onClose();
    }
    if (e.key === 'Tab') return trapTab(e);
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      moveFocus(e.key === 'ArrowDown' ? 1 : -1, list.current, search.current);
    } else if (e.key === 'Enter' && document.activeElement === search.current && shown[0]) {
      e.preventDefault();
      pick(shown[0]);
    }
  };

  const empty = status === 'ok' && !!cache && !cache.tasks.length; // a failed load is not an empty account
  return (
    <div class="chooser" role="dialog" aria-labelledby="chooser-h" onKeyDown={onKey}>
      <h2 id="chooser-h">{t('taskChooserTitle')}</h2>
      <input
        ref={search} type="search" value={query} placeholder={t('taskSearch')} aria-label={t('taskSearch')}
        onInput={(e) => setQuery(e.currentTarget.value)}
      />
      <p class="hint" role="status">
        {status === 'loading' && !cache ? t('taskLoading') : status === 'failed' ? t('taskLoadFailed') : empty ? t('taskNoneOpen') : !shown.length ? t('taskNoMatch') : ''}
      </p>
      {empty && <p class="hint"><a href={endpoints(site, BASE_URL).webApp} target="_blank" rel="noreferrer">{t('taskAddInTickTick')}</a></p>}
      <ul ref={list} class="tasks" aria-labelledby="chooser-h">
        {current && (
          <li><button type="button" class="none" onClick={() => pick(null)}>{t('taskClear')}</button></li>
        )}
        <TaskRows tasks={shown} current={current} pick={pick} today={today} />
      </ul>
      <button type="button" class="link" onClick={onClose}>{t('taskCancel')}</button>
    </div>
  );
}
