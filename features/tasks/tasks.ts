// The task chooser's data: open tasks from the account snapshot `GET /api/v3/batch/check/0`
// (`syncTaskBean.update[]`, `projectProfiles[]`) and recent targets from
// `GET /api/v2/pomodoro/bind/recent` (docs/ticktick-protocol.md §10, §12), kept compact.
import type { TaskRef } from '../focus/index';
import { isObj, type Obj } from '../../kernel/json';

/** A task the user can focus on, as the chooser keeps it (compact: id, title, list and its id, due). */
export interface TaskItem {
  id: string;
  title: string;
  list: string;
  /** The list's id (`projectId`; the Inbox's is the snapshot's `inboxId`): its Zoho People job, app/task-list.ts. */
  listId?: string;
  due?: string;
}

const text = (v: unknown) => (typeof v === 'string' ? v : '');
const list = (v: unknown): Obj[] => (Array.isArray(v) ? v.filter(isObj) : []);

/** A task one can focus on: open (status 0), not deleted, not a note (`kind: "NOTE"`). */
const focusable = (t: Obj) => (t.status ?? 0) === 0 && !t.deleted && t.kind !== 'NOTE';

/**
 * Open tasks with their list's name; done (2), abandoned and deleted tasks, notes and the tasks of
 * closed (archived) lists are not offered. Inbox tasks carry `inboxName` (the snapshot's
 * `inboxId` is no list of `projectProfiles`).
 */
export function parseSnapshot(body: unknown, inboxName = 'Inbox'): TaskItem[] | null {
  if (!isObj(body) || !isObj(body.syncTaskBean)) return null;
  const profiles = list(body.projectProfiles);
  const lists = new Map(profiles.filter((p) => !p.closed).map((p) => [text(p.id), text(p.name)]));
  const closed = new Set(profiles.filter((p) => p.closed).map((p) => text(p.id)));
  const inbox = text(body.inboxId);
  const out: TaskItem[] = [];
  for (const t of list(body.syncTaskBean.update)) {
    const id = text(t.id);
    const title = text(t.title).trim();
    const project = text(t.projectId);
    if (!id || !title || !focusable(t) || closed.has(project)) continue;
    const due = text(t.dueDate);
    out.push({ id, title, list: inbox && project === inbox ? inboxName : (lists.get(project) ?? ''), ...(project ? { listId: project } : {}), ...(due ? { due } : {}) });
  }
  return out;
}

/** `bind/recent` entries that name a task (habits and timers are not bound from here). */
export function parseRecent(body: unknown): TaskRef[] {
  return list(body)
    .map((r) => ({ id: text(r.taskId), title: text(r.title) }))
    .filter((r) => r.id && r.title);
}

/** Recent targets first (ours, then TickTick's), each once and only while still open. */
export function recentTargets(tasks: TaskItem[], mine: TaskRef[], server: TaskRef[]): TaskItem[] {
  const open = new Map(tasks.map((t) => [t.id, t]));
  const seen = new Set<string>();
  const out: TaskItem[] = [];
  for (const r of [...mine, ...server]) {
    const t = open.get(r.id);
    if (t && !seen.has(t.id)) {
      seen.add(t.id);
      out.push(t);
    }
  }
  return out;
}

/**
 * Local search: every word of `query` in the title or list name, case-insensitive; titles that
 * start with the query first. With no query: the recent targets, then the rest in TickTick's order.
 */
export function filterTasks(tasks: TaskItem[], recent: TaskItem[], query: string, limit = 50): TaskItem[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const rank = new Map(recent.map((t, i) => [t.id, i]));
  const hits = tasks.filter((t) => {
    const hay = `${t.title} ${t.list}`.toLowerCase();
    return words.every((w) => hay.includes(w));
  });
  const q = words.join(' ');
  const score = (t: TaskItem) => (rank.has(t.id) ? rank.get(t.id)! : recent.length + (q && t.title.toLowerCase().startsWith(q) ? 0 : 1));
  return hits
    .map((t, i) => ({ t, i, s: score(t) }))
    .sort((a, b) => a.s - b.s || a.i - b.i)
    .slice(0, limit)
    .map((x) => x.t);
}
