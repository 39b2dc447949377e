// The chooser's task cache in storage.local: open tasks (id, title, list, due) with a short
// freshness window, TickTick's recent targets, and the user's own recent bindings. Fetched only
// when the chooser opens; never by the worker.
import { endpoints, type Site, type TaskRef } from '../focus/index';
import { pageGet } from '../focus/reads';
import { parseRecent, parseSnapshot, type TaskItem } from './tasks';
import { BASE_URL } from '../../browser/env';
import { t } from '../../browser/i18n';
import { defineItem } from '../../browser/storage';
import { isObj } from '../../kernel/json';

const KEY_TASKS = 'local:tasks';
/** The cache is fresh this long; after it, the chooser shows it and refetches. */
const TASKS_FRESH_MS = 5 * 60_000;
/** Recent bindings kept locally. */
const RECENT_MAX = 8;

export interface TaskCache {
  site: Site | null;
  at: number;
  tasks: TaskItem[];
  /** TickTick's `bind/recent`, when it answers. */
  server: TaskRef[];
  /** The user's own recent bindings, newest first; kept across refreshes and sites. */
  mine: TaskRef[];
}

const EMPTY: TaskCache = { site: null, at: 0, tasks: [], server: [], mine: [] };
/** A cache of another shape is set aside (browser/storage.ts) and fetched again, never read as lists. */
const isCache = (v: unknown) => isObj(v) && Array.isArray(v.tasks) && Array.isArray(v.server) && Array.isArray(v.mine);
export const tasksItem = defineItem<TaskCache>(KEY_TASKS, { fallback: EMPTY, version: 1, valid: isCache });

export const isFresh = (c: TaskCache, site: Site, now = Date.now()) => c.site === site && now - c.at < TASKS_FRESH_MS;

/**
 * Fetches the snapshot and recent targets in parallel. A failed snapshot keeps the old cache and
 * says so (false); a `bind/recent` that is not there (404 page) just leaves TickTick's list empty.
 */
export async function fetchTasks(site: Site): Promise<{ cache: TaskCache; ok: boolean }> {
  const ep = endpoints(site, BASE_URL);
  const [snapshot, recent] = await Promise.all([pageGet(site, ep.tasks), pageGet(site, ep.recent)]);
  const old = await tasksItem.getValue();
  const tasks = parseSnapshot(snapshot, t('inbox'));
  if (!tasks) return { cache: old, ok: false };
  const cache: TaskCache = { ...old, site, at: Date.now(), tasks, server: parseRecent(recent) };
  await tasksItem.setValue(cache);
  return { cache, ok: true };
}

/** A binding the user made: first in the recent list next time. */
export async function rememberTask(task: TaskRef): Promise<void> {
  const old = await tasksItem.getValue();
  const mine = [task, ...old.mine.filter((t) => t.id !== task.id)].slice(0, RECENT_MAX);
  await tasksItem.setValue({ ...old, mine });
}
