// A timer call that goes out late (Zoho unreachable, its 5-minute lock, a reconnect left for the
// evening) would log the wrong minutes: a start and stop replayed back to back log seconds. So a
// start or resume more than a minute late is not replayed as a timer: the minutes it stands for
// are logged with Zoho's add-time-log API on the day they happened (docs/zoho-people.md §3a).
import { localDate } from './api';
import type { ZohoCall, ZohoState } from './state';

export const LATE_MS = 60_000;
const MIN = 60_000;
const hm = (ms: number) => new Date(ms).toTimeString().slice(0, 5);

/**
 * When the queue's first call is a start or resume more than a minute late, replaces it (and the
 * stop that ends it, and the notes between, the last of which becomes the description) with time
 * logs in whole minutes, one per day (a piece that ends at midnight ends at 23:59: Zoho's times
 * are of one day), each with the start's user, job, billing and work item. When the focus still
 * runs, its timer starts now, after the logs. Returns whether it changed `z`.
 */
export function lateToLogs(z: ZohoState, now: number): boolean {
  const c = z.queue[0];
  if (c?.kind !== 'start' && c?.kind !== 'resume') return false;
  if (!c.params || !(now - c.at! > LATE_MS)) return false;
  const i = z.queue.findIndex((q, j) => j && q.key === c.key && q.kind === 'stop');
  const notes = z.queue.slice(1, i > 0 ? i : 1).filter((q) => q.key === c.key && q.kind === 'comment');
  const { timer: _, description, ...start } = c.params;
  const note = notes.at(-1);
  const text = note?.kind === 'comment' ? note.text : description;
  const logs: ZohoCall[] = [];
  const b = Math.round((i > 0 ? z.queue[i]!.at ?? now : now) / MIN) * MIN;
  for (let a = Math.round(c.at! / MIN) * MIN; a < b;) {
    const d = new Date(a);
    const midnight = new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1).getTime();
    const e = Math.min(b, midnight);
    logs.push({
      id: c.id + a, key: c.key, kind: 'log', from: a, to: e,
      params: { ...start, workDate: localDate(a), fromTime: hm(a), toTime: e < midnight ? hm(e) : '23:59', ...(text ? { description: text } : {}) },
    });
    a = e;
  }
  z.queue = [...logs, ...(i > 0 ? [] : [{ ...c, at: now, params: { ...c.params, workDate: localDate(now) } }]), ...z.queue.filter((q, j) => j && j !== i && !notes.includes(q))];
  return true;
}
