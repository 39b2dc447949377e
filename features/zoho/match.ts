// A day's reconciliation (docs/zoho-people.md §7): TickTick's focus sessions of the day beside
// Zoho's time logs, matched by the time they cover. Pure. A session's time on each job is one
// item (a focus on two tasks of two jobs is two); both sides are cut at the day's edges, a log in
// proportion to the part of its span that lies in the day (a timer running past midnight).
import type { Billing, ZohoLog } from './timelogs';

export type Span = [number, number];

/** What the reconciliation needs of a TickTick session (features/stats/timeline.ts `Session` has it). */
export interface FocusSession {
  id: string;
  start: number;
  end: number;
  pauseMs: number;
  note: string;
  tasks: { id: string; title: string; ms: number; segs?: Span[] }[];
}

export interface Job { id: string; name: string; billing: Billing }

export interface FocusItem { sid: string; job: Job; title: string; note: string; pieces: Span[]; ms: number }
/** A log of the day: its span and ms cut to the day. */
export interface DayLog { log: ZohoLog; span: Span | null; ms: number }

export type RowKind = 'ok' | 'missing' | 'extra' | 'differs';
export interface Row {
  kind: RowKind;
  /** What "Ignore" remembers. */
  key: string;
  focus?: FocusItem;
  logs: DayLog[];
  focusMin: number;
  zohoMin: number;
  /** What "Log it" sends: whole minutes of the focus Zoho does not cover. */
  toLog: Span[];
}

export interface Day { date: string; start: number; end: number }

const MIN = 60_000;
/** Minutes that differ by this much or less are a rounding (a timer started a few seconds late), not a gap. */
export const SLACK_MIN = 1;

const overlap = (a: Span, b: Span) => Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));
const clip = (s: Span, d: Day): Span | null => (overlap(s, [d.start, d.end]) > 0 ? [Math.max(s[0], d.start), Math.min(s[1], d.end)] : null);
const total = (spans: Span[]) => spans.reduce((n, [a, b]) => n + b - a, 0);

/** Sorted, touching spans joined. */
export function join(spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const [a, b] of [...spans].sort((x, y) => x[0] - y[0])) {
    const last = out.at(-1);
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

/** The spans of each part: its segments, or (a cache from before they were kept) the parts laid end to end over the focused time. */
function partSpans(s: FocusSession): Span[][] {
  if (s.tasks.length && s.tasks.every((p) => p.segs?.length)) return s.tasks.map((p) => p.segs!);
  const focused = Math.max(0, s.end - s.start - s.pauseMs);
  const parts = s.tasks.length ? s.tasks : [{ ms: 1 }];
  const sum = parts.reduce((n, p) => n + p.ms, 0);
  let at = s.start;
  return parts.map((p) => {
    const len = sum > 0 ? (focused * p.ms) / sum : focused / parts.length;
    return [[at, (at += len)]];
  });
}

/** The day's focus items: per session, its time on each job (`jobOf` a part's task id). */
export function focusItems(sessions: FocusSession[], day: Day, jobOf: (taskId: string) => Job): FocusItem[] {
  const items: FocusItem[] = [];
  for (const s of sessions) {
    const spans = partSpans(s);
    const byJob = new Map<string, FocusItem>();
    (s.tasks.length ? s.tasks : [{ id: '', title: '', ms: 0 }]).forEach((p, i) => {
      const pieces = spans[i]!.map((x) => clip(x, day)).filter((x): x is Span => !!x);
      if (!pieces.length) return;
      const job = jobOf(p.id);
      const it = byJob.get(job.id) ?? { sid: s.id, job, title: '', note: s.note, pieces: [], ms: 0 };
      it.pieces = join([...it.pieces, ...pieces]);
      if (p.title && !it.title.split(' · ').includes(p.title)) it.title = it.title ? `${it.title} · ${p.title}` : p.title;
      byJob.set(job.id, it);
    });
    for (const it of byJob.values()) items.push({ ...it, ms: total(it.pieces) });
  }
  return items;
}

/** The logs that count on the day: a timed one by the part of its span in the day, an hours one on its work date. */
export function dayLogs(logs: ZohoLog[], day: Day): DayLog[] {
  return logs.flatMap((log): DayLog[] => {
    if (log.from === null || log.to === null) return log.workDate === day.date ? [{ log, span: null, ms: log.sec * 1000 }] : [];
    const span = clip([log.from, log.to], day);
    return span ? [{ log, span, ms: (log.sec * 1000 * (span[1] - span[0])) / (log.to - log.from) }] : [];
  });
}

/** `spans` less what `cut` covers. */
function subtract(spans: Span[], cut: Span[]): Span[] {
  let out = spans;
  for (const [c, d] of cut) out = out.flatMap(([a, b]): Span[] => (d <= a || c >= b ? [[a, b]] : [...(c > a ? [[a, c] as Span] : []), ...(d < b ? [[d, b] as Span] : [])]));
  return out;
}

/** Whole minutes (Zoho's from/to are minutes of the day); what rounds to nothing is left out. */
const minutes = (spans: Span[]): Span[] =>
  spans.map(([a, b]): Span => [Math.round(a / MIN) * MIN, Math.round(b / MIN) * MIN]).filter(([a, b]) => b > a);

/** Each log goes to the item it overlaps most, on its own job first; an hours log to an item of its job that has none. */
function assign(items: FocusItem[], logs: DayLog[]): { of: Map<FocusItem, DayLog[]>; extra: DayLog[] } {
  const of = new Map<FocusItem, DayLog[]>();
  const extra: DayLog[] = [];
  for (const l of [...logs].sort((a, b) => Number(!a.span) - Number(!b.span))) {
    let best: FocusItem | undefined;
    let score = 0;
    for (const it of items) {
      const o = l.span ? it.pieces.reduce((n, p) => n + overlap(p, l.span!), 0) : 0;
      const sc = o && o + (it.job.id === l.log.jobId ? 864e5 : 0);
      if (sc > score) [best, score] = [it, sc];
    }
    best ??= l.span ? undefined : items.find((it) => it.job.id === l.log.jobId && !of.has(it));
    if (best) of.set(best, [...(of.get(best) ?? []), l]);
    else extra.push(l);
  }
  return { of, extra };
}

/** The day's rows, in the order of their times: each focus item with the logs behind it, and the logs with none. */
export function reconcile(sessions: FocusSession[], logs: ZohoLog[], day: Day, jobOf: (taskId: string) => Job): Row[] {
  const items = focusItems(sessions, day, jobOf);
  const { of, extra } = assign(items, dayLogs(logs, day));
  const round = (ms: number) => Math.round(ms / MIN);
  const rows: Row[] = items.map((focus) => {
    const ls = of.get(focus) ?? [];
    const [focusMin, zohoMin] = [round(focus.ms), round(ls.reduce((n, l) => n + l.ms, 0))];
    const key = `f:${focus.sid}:${focus.job.id}:${day.date}`;
    if (!ls.length) return { kind: 'missing', key, focus, logs: ls, focusMin, zohoMin, toLog: minutes(focus.pieces) };
    const off = Math.abs(focusMin - zohoMin) > SLACK_MIN;
    // Only what no timed log covers can be logged: an hours log says nothing of when.
    const toLog = off && ls.every((l) => l.span) ? minutes(subtract(focus.pieces, ls.map((l) => l.span!))) : [];
    return { kind: off ? 'differs' : 'ok', key, focus, logs: ls, focusMin, zohoMin, toLog };
  });
  for (const l of extra) rows.push({ kind: 'extra', key: `x:${l.log.id}`, logs: [l], focusMin: 0, zohoMin: round(l.ms), toLog: [] });
  const at = (r: Row) => r.focus?.pieces[0]![0] ?? r.logs[0]!.span?.[0] ?? day.end;
  return rows.sort((a, b) => at(a) - at(b));
}
