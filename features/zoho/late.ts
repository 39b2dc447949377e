// A timer call that goes out late (Zoho unreachable, its 5-minute lock, a reconnect left for the
// evening) would log the wrong minutes: a start and stop replayed back to back log seconds. So a
// start or resume more than a minute late is not replayed as a timer: the minutes it stands for
// are logged with Zoho's add-time-log API on the day they happened (docs/zoho-people.md §3a).
import { localDate, type Params } from './api';
import type { ZohoCall, ZohoSettings, ZohoState } from './state';

export const LATE_MS = 60_000;
const MIN = 60_000;
const hm = (ms: number) => new Date(ms).toTimeString().slice(0, 5);

/**
 * When the queue's first call is a start or resume more than a minute late, replaces it (and the
 * stop that ends it, and the notes between, the last of which becomes the description) with time
 * logs in whole minutes, one per day (a piece that ends at midnight ends at 23:59: Zoho's times
 * are of one day), each with the start's user, job, billing and work item. When the focus still
 * runs, its timer starts now, after the logs (`rest`); a rest whose stop came before it could go
 * out is logged too, however late. Returns whether it changed `z`.
 */
export function lateToLogs(z: ZohoState, now: number): boolean {
  const c = z.queue[0];
  if (c?.kind !== 'start' && c?.kind !== 'resume') return false;
  const i = z.queue.findIndex((q, j) => j && q.key === c.key && q.kind === 'stop');
  // A start whose own stop waits behind it is over too: replayed, the pair would log seconds.
  // (A timer start that was itself the rest of a late one, now ending: e2e zoho-as-zoho.)
  const over = i > 0 && c.rest === true;
  if (!c.params || !(now - c.at! > LATE_MS || over)) return false;
  const notes = z.queue.slice(1, i > 0 ? i : 1).filter((q) => q.key === c.key && q.kind === 'comment');
  const { timer: _, description, ...start } = c.params;
  const note = notes.at(-1);
  const text = note?.kind === 'comment' ? note.text : description;
  const b = i > 0 ? z.queue[i]!.at ?? now : now;
  const logs = logsOf(c.id, c.key, c.at!, b, { ...start, ...(text ? { description: text } : {}) });
  const rest = { ...c, at: now, rest: true, params: { ...c.params, workDate: localDate(now) } };
  z.queue = [...logs, ...(i > 0 ? [] : [rest]), ...z.queue.filter((q, j) => j && j !== i && !notes.includes(q))];
  return true;
}

/** Time logs of `a`–`b` in whole minutes, one per day (Zoho's times are of one day: a piece ending at midnight ends at 23:59). */
function logsOf(id: string, key: string, a: number, b: number, params: Params): ZohoCall[] {
  const logs: ZohoCall[] = [];
  b = Math.round(b / MIN) * MIN;
  for (a = Math.round(a / MIN) * MIN; a < b;) {
    const d = new Date(a);
    const midnight = new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1).getTime();
    const e = Math.min(b, midnight);
    logs.push({ id: id + a, key, kind: 'log', from: a, to: e, params: { ...params, workDate: localDate(a), fromTime: hm(a), toTime: e < midnight ? hm(e) : '23:59' } });
    a = e;
  }
  return logs;
}

/**
 * A stop that went out more than a minute late, its timer started on time: Zoho's timer ran until
 * the stop arrived (`now`). Queues the correction first: delete that timer log and log its real
 * minutes (timer logs cannot be edited, docs/zoho-people.md §3a). A resume of that log waiting
 * behind becomes a start: the log is gone.
 */
export function lateStop(z: ZohoState, c: ZohoCall, now: number): void {
  const timeLogId = z.ids[c.key];
  if (c.kind !== 'stop' || !timeLogId || !(now - c.at! > LATE_MS)) return;
  z.queue = z.queue.map((q) => (q.key === c.key && q.kind === 'resume' ? { ...q, kind: 'start' } : q) as ZohoCall);
  z.queue.unshift({ id: c.id + 'u', key: c.key, kind: 'unlog', timeLogId, from: c.at!, to: now });
}

/**
 * The read before the delete (and after a delete whose answer was lost): the log's row in the
 * days' time logs (get-timelogs) gives Zoho's total, less the minutes the stop was late: the real
 * seconds, logged as one interval ending at the real stop, with the log's job, billing, work item
 * and description. Returns true when there is no row: the log is gone, the delete is done.
 */
export function relog(z: ZohoState, rows: unknown, s: ZohoSettings): boolean {
  const c = z.queue[0] as ZohoCall & { kind: 'unlog' };
  const row = Array.isArray(rows) && rows.find((r) => r?.timelogId === c.timeLogId);
  if (!row) return true;
  const { taskName: workItem, description } = row;
  const real = row.totaltime * 1000 - (c.to - c.from);
  // The row's own billing (a list's job may bill otherwise than the default; rows say `nonbillable`).
  const billingStatus = typeof row.billingStatus === 'string' && row.billingStatus ? (/non/i.test(row.billingStatus) ? 'non-billable' : 'billable') : s.billing;
  c.logs = logsOf(c.id, c.key, c.from - Math.max(0, real), c.from, { user: s.user, jobId: row.jobId, billingStatus, ...(workItem && { workItem }), ...(description && { description }) });
  return false;
}
