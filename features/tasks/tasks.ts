// The task chooser's data: open tasks from the account snapshot `GET /api/v3/batch/check/0`
// (`syncTaskBean.update[]`, `projectProfiles[]`) and recent targets from
// `GET /api/v2/pomodoro/bind/recent` (docs/ticktick-protocol.md §10, §12), kept compact.
import type { TaskRef } from '../focus/index';
import { isObj, type Obj } from '../../kernel/json';

/** A task the user can focus on, as the chooser keeps it (compact: id, title, list and its id, due, focus). */
export interface TaskItem {
  id: string;
  title: string;
  list: string;
  /** The list's id (`projectId`; the Inbox's is the snapshot's `inboxId`): its Zoho People job, app/task-list.ts. */
  listId?: string;
  due?: string;
  /** The task's own focus numbers, when it has any (docs/ticktick-protocol.md §10). */
  focus?: TaskFocus;
}

/** From the task's `focusSummaries`: pomodoros and focus seconds so far, and the estimates. */
export interface TaskFocus {
  pomos: number;
  seconds: number;
  estPomos: number;
  estSeconds: number;
}

const text = (v: unknown) => (typeof v === 'string' ? v : '');
const list = (v: unknown): Obj[] => (Array.isArray(v) ? v.filter(isObj) : []);

const count = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) && v > 0 ? Math.round(v) : 0);

/**
 * `focusSummaries` is a list, one entry per user (`userId`: a shared list's members each focus):
 * what was done adds up (`pomoCount`, `pomoDuration` + `stopwatchDuration`, seconds); the estimate
 * (`estimatedPomo`, `estimatedDuration` in seconds) is the task's, so the largest one stands.
 * Anything else is ignored; nothing to show gives undefined.
 */
export function parseFocus(v: unknown): TaskFocus | undefined {
  const f: TaskFocus = { pomos: 0, seconds: 0, estPomos: 0, estSeconds: 0 };
  for (const s of list(v)) {
    f.pomos += count(s.pomoCount);
    f.seconds += count(s.pomoDuration) + count(s.stopwatchDuration);
    f.estPomos = Math.max(f.estPomos, count(s.estimatedPomo));
    f.estSeconds = Math.max(f.estSeconds, count(s.estimatedDuration));
  }
  return f.pomos || f.seconds || f.estPomos || f.estSeconds ? f : undefined;
}

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
    const focus = parseFocus(t.focusSummaries);
    out.push({ id, title, list: inbox && project === inbox ? inboxName : (lists.get(project) ?? ''), ...(project ? { listId: project } : {}), ...(due ? { due } : {}), ...(focus ? { focus } : {}) });
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
