// The task chooser (its own chunk): a search box over the cached open tasks, recent targets first,
// filtered locally on every key. Arrows or Tab move, Enter picks, Escape closes.
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Site, TaskRef } from '../../focus/index';
import { filterTasks, recentTargets } from '../tasks';
import { fetchTasks, isFresh, rememberTask, tasksItem, type TaskCache } from '../fetch-tasks';
import { t } from '../../../browser/i18n';
import { focusNumbers } from './numbers';

export interface ChooserProps {
  site: Site;
  /** The task bound now ('' for none). */
  current: string;
  onPick(task: TaskRef | null): void;
  onClose(): void;
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

export function TaskChooser({ site, current, onPick, onClose }: ChooserProps) {
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
  const buttons = () => [...(list.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      onClose();
      return;
    }
    const all = buttons();
    const at = all.indexOf(document.activeElement as HTMLButtonElement);
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const next = at + (e.key === 'ArrowDown' ? 1 : -1);
      if (next < 0) search.current?.focus();
      else all[Math.min(next, all.length - 1)]?.focus();
    } else if (e.key === 'Enter' && document.activeElement === search.current && shown[0]) {
      e.preventDefault();
      pick(shown[0]);
    }
  };

  return (
    <div class="chooser" role="dialog" aria-label={t('taskChooserTitle')} onKeyDown={onKey}>
      <input
        ref={search} type="search" value={query} placeholder={t('taskSearch')} aria-label={t('taskSearch')}
        onInput={(e) => setQuery(e.currentTarget.value)}
      />
      <p class="hint" role="status">
        {status === 'loading' && !cache ? t('taskLoading') : status === 'failed' ? t('taskLoadFailed') : !shown.length ? t('taskNoMatch') : ''}
      </p>
      <ul ref={list} class="tasks" aria-label={t('taskChooserTitle')}>
        {current && (
          <li><button type="button" class="none" onClick={() => pick(null)}>{t('taskClear')}</button></li>
        )}
        {shown.map((task) => (
          <li key={task.id}>
            <button type="button" aria-label={task.title} aria-current={task.id === current ? 'true' : undefined} onClick={() => pick(task)}>
              <span class="title">{task.title}</span>
              {task.list && <span class="list">{task.list}</span>}
              {task.focus && <span class="list numbers">{focusNumbers(task.focus)}</span>}
            </button>
          </li>
        ))}
      </ul>
      <button type="button" class="link" onClick={onClose}>{t('taskCancel')}</button>
    </div>
  );
}
