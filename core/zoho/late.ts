// A timer call that goes out late (Zoho unreachable, its 5-minute lock, a reconnect left for the
// evening) would log the wrong minutes: a start and stop replayed back to back log seconds. So a
// start or resume more than a minute late is not replayed as a timer: the minutes it stands for
// are logged with Zoho's add-time-log API on the day they happened (docs/zoho-people.md §3a).
import { localDate, type Params } from './api';
import type { ZohoCall, ZohoState } from './state';

export const LATE_MS = 60_000;
const MIN = 60_000;

const hm = (ms: number) => {
  const d = new Date(ms);
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
};

/** [from, to) in whole minutes, cut at local midnight: one time log per work day. */
export function pieces(from: number, to: number): [number, number][] {
  const out: [number, number][] = [];
  let a = Math.round(from / MIN) * MIN;
  const b = Math.round(to / MIN) * MIN;
  while (a < b) {
    const d = new Date(a);
    const end = Math.min(b, new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1).getTime());
    if (end - a >= MIN) out.push([a, end]);
    a = end;
  }
  return out;
}

/** addtimelog's query: the start's user, job, billing and work item; `fromTime`/`toTime` as `HH:mm`. */
export function logParams(start: Params, from: number, to: number, description?: string | number): Params {
  const { timer: _timer, description: _d, ...rest } = start;
  // A piece that ends at midnight ends at 23:59: Zoho's times are of one day.
  const toTime = localDate(to) === localDate(from) ? hm(to) : '23:59';
  return { ...rest, workDate: localDate(from), fromTime: hm(from), toTime, ...(description ? { description } : {}) };
}

/**
 * When the queue's first call is a start or resume more than a minute late, replaces it (and the
 * stop that ends it, and the notes between, which become the description) with time logs; when
 * the focus still runs, its timer starts now, after the logs. Returns whether it changed `z`.
 */
export function lateToLogs(z: ZohoState, now: number): boolean {
  const c = z.queue[0];
  if (!c || (c.kind !== 'start' && c.kind !== 'resume') || !c.params || !c.at || now - c.at <= LATE_MS) return false;
  const i = z.queue.findIndex((q, j) => j > 0 && q.key === c.key && q.kind === 'stop');
  const notes = i > 0 ? z.queue.slice(1, i).filter((q) => q.key === c.key && q.kind === 'comment') : [];
  const note = notes.at(-1);
  const description = note?.kind === 'comment' ? note.text : c.params.description;
  const params = c.params;
  const logs: ZohoCall[] = pieces(c.at, i > 0 ? z.queue[i]!.at ?? now : now)
    .map(([from, to]) => ({ id: `${c.id}.${from}`, key: c.key, kind: 'log', from, to, params: logParams(params, from, to, description) }));
  const rest = z.queue.filter((q, j) => j !== 0 && j !== i && !notes.includes(q));
  z.queue = [...logs, ...(i > 0 ? [] : [{ ...c, at: now }]), ...rest];
  return true;
}
