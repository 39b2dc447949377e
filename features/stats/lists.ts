// Which list a task belongs to, from the account snapshot `GET /api/v3/batch/check/0`
// (`syncTaskBean.update[]` tasks with `projectId`, `projectProfiles[]` lists, `inboxId`;
// docs/ticktick-protocol.md §10), kept in storage.local and refreshed at most every 30 minutes.
// Archived lists and finished or deleted tasks count too: their focus time happened.
import { defineItem } from '../../browser/storage';
import { isObj, type Obj } from '../../kernel/json';
import type { TaskPart } from './timeline';

export interface ListIndex {
  site: string | null;
  at: number;
  inbox: string;
  /** List id → name. */
  lists: Record<string, string>;
  /** Task id → list id. */
  tasks: Record<string, string>;
}

export const LISTS_FRESH_MS = 30 * 60_000;
const EMPTY: ListIndex = { site: null, at: 0, inbox: '', lists: {}, tasks: {} };
export const listsItem = defineItem<ListIndex>('local:statsLists', { fallback: EMPTY, version: 1, valid: (v) => isObj(v) && isObj(v.lists) && isObj(v.tasks) });

const text = (v: unknown) => (typeof v === 'string' ? v : '');
const objs = (v: unknown): Obj[] => (Array.isArray(v) ? v.filter(isObj) : []);

/** The snapshot's lists and each task's list; null when the body is no snapshot. */
export function parseListIndex(body: unknown): Omit<ListIndex, 'site' | 'at'> | null {
  if (!isObj(body) || !isObj(body.syncTaskBean)) return null;
  const lists: Record<string, string> = {};
  for (const p of objs(body.projectProfiles)) if (text(p.id)) lists[text(p.id)] = text(p.name);
  const tasks: Record<string, string> = {};
  for (const t of objs(body.syncTaskBean.update)) if (text(t.id) && text(t.projectId)) tasks[text(t.id)] = text(t.projectId);
  return { inbox: text(body.inboxId), lists, tasks };
}

export interface ListNames {
  inbox: string;
  noTask: string;
  noList: string;
}

/**
 * The list a part of a session counts under, by name: the task's list in the snapshot (its name
 * today), else the list the record names, else "no list"; time bound to no task is "no task".
 */
export function listOf(index: ListIndex, part: TaskPart, names: ListNames): string {
  if (!part.id) return names.noTask;
  const listId = index.tasks[part.id];
  if (listId && index.inbox && listId === index.inbox) return names.inbox;
  const name = (listId && index.lists[listId]) || part.project;
  return name || names.noList;
}

export const isListFresh = (i: ListIndex, site: string, now = Date.now()) => i.site === site && now - i.at < LISTS_FRESH_MS;
