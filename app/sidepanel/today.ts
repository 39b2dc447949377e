// Today's finished sessions for the side panel: the first page of TickTick's timeline (about 31
// records, newest first: docs/ticktick-protocol.md §10), read through the statistics feature.
import type { Site } from '../../features/focus/ticktick/hosts';
import { timelineSource } from '../../features/stats/reads';
import { parseTimeline, type Session } from '../../features/stats/timeline';
import { dayOf, dayStartMs, localOffset, type Offset } from '../../features/stats/zone';

/** Local day `day` as [start, end) in ms (a DST day is 23 or 25 hours: features/stats/zone.ts). */
const bounds = (day: number, off: Offset): [number, number] => [dayStartMs(day, off), dayStartMs(day + 1, off)];
const overlaps = ([a, b]: [number, number], [t0, t1]: [number, number]) => b > t0 && a < t1;

/** Oldest first: every session with time in today, one begun before midnight too; null when TickTick did not answer. */
export async function todaySessions(site: Site, now = Date.now(), off: Offset = localOffset): Promise<Session[] | null> {
  const page = await timelineSource(site).page(undefined);
  if (!page) return null;
  const day = bounds(dayOf(now, off), off);
  return parseTimeline(page).filter((s) => overlaps([s.start, s.end], day)).sort((a, b) => a.start - b.start);
}

/**
 * Today's pomodoros on each task: a pomodoro (never a stopwatch) counts once for every task it
 * has time on today, by that task's own segments (features/stats/timeline.ts `TaskPart.segs`), so
 * a pomodoro across midnight counts today only for the tasks focused on after midnight. A part
 * without segments (a cache written before they were kept) goes by the session's times.
 */
export function pomosByTask(sessions: readonly Session[], now = Date.now(), off: Offset = localOffset): Record<string, number> {
  const day = bounds(dayOf(now, off), off);
  const counts: Record<string, number> = {};
  for (const s of sessions) {
    if (s.stopwatch) continue;
    for (const p of s.tasks) {
      if (!p.id || p.id.startsWith('timer:')) continue;
      if ((p.segs ?? [[s.start, s.end]]).some((seg) => overlaps(seg, day))) counts[p.id] = (counts[p.id] ?? 0) + 1;
    }
  }
  return counts;
}
