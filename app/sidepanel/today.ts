// Today's finished sessions for the side panel: the first page of TickTick's timeline (about 31
// records, newest first: docs/ticktick-protocol.md §10), read through the statistics feature.
import type { Site } from '../../features/focus/ticktick/hosts';
import { timelineSource } from '../../features/stats/reads';
import { parseTimeline, type Session } from '../../features/stats/timeline';
import { dayOf } from '../../features/stats/zone';

/** Oldest first; null when TickTick did not answer. */
export async function todaySessions(site: Site, now = Date.now()): Promise<Session[] | null> {
  const page = await timelineSource(site).page(undefined);
  if (!page) return null;
  const today = dayOf(now);
  return parseTimeline(page).filter((s) => dayOf(s.start) === today).sort((a, b) => a.start - b.start);
}
