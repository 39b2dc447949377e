// A range's statistics from its sessions: focus minutes per local day, per hour of the day, per
// task and per list; sessions and pomodoros counted on the day they start. A session across
// midnight (or an hour, or the range's edge) counts on each side in proportion, its pauses spread
// evenly; its task parts share its focused time by their segments (timeline.ts `shares`).
import { dayOf, dayStartMs, hourOf, localOffset, memoOffset, type Offset } from './zone';
import { focusedMs, type Session, type TaskPart } from './timeline';

export interface DayStat { day: number; minutes: number; sessions: number; pomos: number }
export interface Row { key: string; label: string; minutes: number; sessions: number }

export interface Aggregate {
  days: DayStat[];
  /** Minutes per local hour, 0–23. */
  hours: number[];
  tasks: Row[];
  lists: Row[];
  minutes: number;
  sessions: number;
  pomos: number;
}

export interface Ctx {
  off?: Offset;
  /** The list a task part counts under (lists.ts `listOf`). */
  listOf: (part: Session['tasks'][number]) => string;
  noTask: string;
}

const HOUR = 3_600_000;
const NO_TASK: TaskPart[] = [{ id: '', title: '', project: '', ms: 0 }];

/** [from, to) pieces of `s` cut at each local hour boundary, with their hour. */
function hourPieces(s: Session, from: number, to: number, off: Offset, add: (hour: number, ms: number) => void) {
  let t = Math.max(s.start, from);
  const end = Math.min(s.end, to);
  while (t < end) {
    const local = t + off(t) * 60_000;
    const next = Math.min(end, t + (HOUR - (((local % HOUR) + HOUR) % HOUR)));
    add(hourOf(t, off), next - t);
    t = next;
  }
}

/** A row being summed; `last` is the last session counted in it (a session counts once per row). */
interface Acc extends Row { last: number }

/** Adds to a row; `session` −1 adds minutes only (a session that started before the range). */
function bump(map: Map<string, Acc>, key: string, label: string, minutes: number, session: number) {
  let r = map.get(key);
  if (!r) map.set(key, (r = { key, label, minutes: 0, sessions: 0, last: -1 }));
  r.minutes += minutes;
  if (session >= 0 && r.last !== session) {
    r.last = session;
    r.sessions++;
  }
}

const sorted = (m: Map<string, Acc>): Row[] => [...m.values()].map(({ last: _, ...r }) => r).sort((a, b) => b.minutes - a.minutes || a.label.localeCompare(b.label));

/** Statistics of local days `from`…`to` (inclusive). Duplicate ids (overlapping pages) count once. */
export function aggregate(sessions: Iterable<Session>, from: number, to: number, ctx: Ctx): Aggregate {
  const off = memoOffset(ctx.off ?? localOffset);
  const starts = Array.from({ length: to - from + 2 }, (_, i) => dayStartMs(from + i, off));
  const lo = starts[0]!;
  const hi = starts[starts.length - 1]!;
  const days: DayStat[] = starts.slice(0, -1).map((_, i) => ({ day: from + i, minutes: 0, sessions: 0, pomos: 0 }));
  const hours = new Array<number>(24).fill(0);
  const tasks = new Map<string, Acc>();
  const lists = new Map<string, Acc>();
  const seen = new Set<string>();
  let sessionsN = 0;
  let pomos = 0;
  for (const s of sessions) {
    if (s.end <= lo || s.start >= hi || seen.has(s.id)) continue;
    seen.add(s.id);
    const rate = focusedMs(s) / (s.end - s.start) / 60_000; // focused minutes per ms of the span
    const counted = s.start >= lo;
    if (counted) {
      const d = days[dayOf(s.start, off) - from];
      if (d) {
        d.sessions++;
        if (!s.stopwatch) d.pomos++;
      }
      sessionsN++;
      if (!s.stopwatch) pomos++;
    }
    for (let d = Math.max(dayOf(s.start, off), from); d <= to && starts[d - from]! < s.end; d++) {
      days[d - from]!.minutes += (Math.min(s.end, starts[d - from + 1]!) - Math.max(s.start, starts[d - from]!)) * rate;
    }
    hourPieces(s, lo, hi, off, (h, ms) => (hours[h]! += ms * rate));
    const inRange = (Math.min(s.end, hi) - Math.max(s.start, lo)) * rate;
    const n = counted ? seen.size : -1;
    const parts = s.tasks.length ? s.tasks : NO_TASK;
    const segs = parts.reduce((x, p) => x + p.ms, 0);
    for (const part of parts) {
      const m = inRange * (segs > 0 ? part.ms / segs : 1 / parts.length); // the part's share (timeline.ts `shares`)
      bump(tasks, part.id, part.id ? part.title : ctx.noTask, m, n);
      const list = ctx.listOf(part);
      bump(lists, list, list, m, n);
    }
  }
  const minutes = days.reduce((n, d) => n + d.minutes, 0);
  return { days, hours, tasks: sorted(tasks), lists: sorted(lists), minutes, sessions: sessionsN, pomos };
}

/** Days of `agg` whose pomodoros and minutes reach the goals (a goal of 0 or null is none). */
export function goalDays(days: DayStat[], goal: { pomos: number | null; minutes: number | null }) {
  const pomos = goal.pomos ? days.filter((d) => d.pomos >= goal.pomos!).length : null;
  const minutes = goal.minutes ? days.filter((d) => Math.round(d.minutes) >= goal.minutes!).length : null;
  return { pomos, minutes };
}
