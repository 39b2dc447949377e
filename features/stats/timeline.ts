// The statistics page's data: TickTick's focus timeline (`GET /api/v2/pomodoros/timeline`, pages of
// about 31 records, newest first, `?to=<ms>` for older ones; docs/ticktick-protocol.md §10) turned
// into focus minutes per local day, with each day's sessions and task titles.
import { parseTime } from '../../kernel/time';
import { isObj } from '../../kernel/json';

export interface Session {
  id: string;
  start: number;
  end: number;
  /** Focused milliseconds: end − start − pauses. */
  focusedMs: number;
  titles: string[];
  stopwatch: boolean;
}

export interface Day {
  /** Local midnight that starts the day. */
  start: number;
  minutes: number;
  sessions: Session[];
}


/**
 * `pauseDuration`'s unit is open (seconds or milliseconds, docs/ticktick-protocol.md §3.3): a value
 * that would be longer than the session in seconds is taken as milliseconds.
 */
function pauseMs(v: unknown, spanMs: number): number {
  const n = typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : 0;
  return n * 1000 <= spanMs ? n * 1000 : Math.min(n, spanMs);
}

/** Completed sessions of a timeline page; records without usable times are skipped. */
export function parseTimeline(body: unknown): Session[] {
  if (!Array.isArray(body)) return [];
  const out: Session[] = [];
  for (const r of body.filter(isObj)) {
    const start = parseTime(r.startTime as string);
    const end = parseTime(r.endTime as string);
    if (!Number.isFinite(start) || !Number.isFinite(end) || end <= start || (r.status != null && r.status !== 1)) continue; // status null is seen on real done records
    const titles = (Array.isArray(r.tasks) ? r.tasks.filter(isObj) : []).map((t) => String(t.title ?? '')).filter(Boolean);
    const span = end - start;
    out.push({ id: String(r.id ?? start), start, end, focusedMs: Math.max(0, span - pauseMs(r.pauseDuration, span)), titles: [...new Set(titles)], stopwatch: r.type === 1 });
  }
  return out;
}

/** Local midnight of the day `ms` falls in (`tz`: the zone's offset at a moment, for tests). */
export function dayStart(ms: number, offsetMin: (ms: number) => number = (t) => -new Date(t).getTimezoneOffset()): number {
  const local = ms + offsetMin(ms) * 60_000;
  const midnightLocal = local - (((local % 86_400_000) + 86_400_000) % 86_400_000);
  return midnightLocal - offsetMin(midnightLocal - offsetMin(ms) * 60_000) * 60_000;
}

/**
 * The last `n` days ending with the day of `now`: each session's focused time goes to the days its
 * span covers, in proportion (a session across midnight counts on both days, pauses spread evenly).
 */
export function focusDays(sessions: Session[], now: number, n = 7, offsetMin?: (ms: number) => number): Day[] {
  const days: Day[] = [];
  let d = dayStart(now, offsetMin);
  for (let i = 0; i < n; i++) {
    days.unshift({ start: d, minutes: 0, sessions: [] });
    d = dayStart(d - 1, offsetMin);
  }
  const seen = new Set<string>();
  for (const s of sessions) {
    if (seen.has(s.id)) continue; // pages may overlap
    seen.add(s.id);
    const span = s.end - s.start;
    days.forEach((day, i) => {
      const dayEnd = days[i + 1]?.start ?? dayStart(day.start + 36 * 3_600_000, offsetMin);
      const overlap = Math.min(s.end, dayEnd) - Math.max(s.start, day.start);
      if (overlap <= 0) return;
      day.minutes += (s.focusedMs * overlap) / span / 60_000;
      day.sessions.push(s);
    });
  }
  for (const day of days) day.minutes = Math.round(day.minutes);
  return days;
}
