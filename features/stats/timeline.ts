// TickTick's focus timeline (`GET /api/v2/pomodoros/timeline`, pages of about 31 finished records,
// newest first, `?to=<ms>` for older ones; docs/ticktick-protocol.md §10, docs/statistics.md) read
// into sessions: times, pauses, the note and the time spent on each task.
import { parseTime } from '../../kernel/time';
import { isObj, type Obj } from '../../kernel/json';

/** Time spent on one task (or timer) of a session; `id` '' is time bound to no task. */
export interface TaskPart {
  id: string;
  title: string;
  /** The list's name as the record carries it (`projectName`), '' when absent. */
  project: string;
  /** Milliseconds of its segments (pauses are the gaps between them). */
  ms: number;
  /** Its segments, [start, end] in ms to the second (absent in a cache written before they were kept). */
  segs?: [number, number][];
}

export interface Session {
  id: string;
  start: number;
  end: number;
  pauseMs: number;
  stopwatch: boolean;
  note: string;
  tasks: TaskPart[];
}

/** Focused milliseconds: end − start − pauses. */
export const focusedMs = (s: Session) => Math.max(0, s.end - s.start - s.pauseMs);

const text = (v: unknown) => (typeof v === 'string' ? v : '');
const sec = (ms: number) => Math.round(ms / 1000) * 1000;

/**
 * `pauseDuration` is in seconds (docs/statistics.md); a value that would be longer than the session
 * in seconds is taken as milliseconds, as some captures suggest.
 */
export function pauseMs(v: unknown, spanMs: number): number {
  const n = typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : 0;
  return n * 1000 <= spanMs ? n * 1000 : Math.min(n, spanMs);
}

/** A record's `tasks[]`, one part per task (a pause splits a task's time into several entries). */
function taskParts(r: Obj): TaskPart[] {
  const parts = new Map<string, TaskPart>();
  for (const t of Array.isArray(r.tasks) ? r.tasks.filter(isObj) : []) {
    const timer = text(t.timerId);
    const id = text(t.taskId) || (timer ? `timer:${timer}` : '');
    const seg = parseTime(text(t.endTime)) - parseTime(text(t.startTime));
    const ms = Number.isFinite(seg) && seg > 0 ? seg : 0;
    const part = parts.get(id) ?? { id, title: id ? text(t.title) || text(t.timerName) : '', project: id ? text(t.projectName) : '', ms: 0, segs: [] };
    part.ms += ms;
    // Whole seconds, as the cache keeps them (compact.ts): the Zoho reconciliation logs these.
    if (ms) part.segs!.push([sec(parseTime(text(t.startTime))), sec(parseTime(text(t.endTime)))]);
    parts.set(id, part);
  }
  return [...parts.values()].map(({ segs, ...p }) => (segs?.length ? { ...p, segs } : p));
}

/** One record, or null when it is no finished session with usable times (status 1, or null as some are). */
export function parseRecord(r: unknown): Session | null {
  if (!isObj(r)) return null;
  const start = parseTime(text(r.startTime));
  const end = parseTime(text(r.endTime));
  if (!Number.isFinite(start) || !Number.isFinite(end) || end <= start || (r.status != null && r.status !== 1)) return null;
  return {
    id: text(r.id) || String(start), start, end, pauseMs: pauseMs(r.pauseDuration, end - start),
    stopwatch: r.type === 1, note: text(r.note), tasks: taskParts(r),
  };
}

/** The sessions of a timeline page; records without usable times are skipped. */
export function parseTimeline(body: unknown): Session[] {
  return Array.isArray(body) ? body.map(parseRecord).filter((s): s is Session => s !== null) : [];
}

/**
 * The share of a session's focused time each part gets: by segment length, or evenly when the
 * record gave no segment times; a session with no parts is all "no task".
 */
export function shares(s: Session): { part: TaskPart; share: number }[] {
  if (!s.tasks.length) return [{ part: { id: '', title: '', project: '', ms: 0 }, share: 1 }];
  const total = s.tasks.reduce((n, p) => n + p.ms, 0);
  return s.tasks.map((part) => ({ part, share: total > 0 ? part.ms / total : 1 / s.tasks.length }));
}
