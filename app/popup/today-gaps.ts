// Whether today's focus and Zoho People's logs disagree, for the popup's one line (issue #21): the
// day's finished sessions (TickTick's timeline, app/sidepanel/today.ts) matched with Zoho's logs
// of the day (through the worker's budget) as the statistics page matches them
// (features/zoho/match.ts), the gaps the user ignored left out. Asked at most every 5 minutes:
// the answer is kept in storage.session.
import type { Site } from '../../features/focus/index';
import { listsItem } from '../../features/stats/lists';
import { dayStartMs, dayOf, isoDay } from '../../features/stats/zone';
import { localDate } from '../../features/zoho/api';
import { gapsValue } from '../../features/zoho/gaps-memo';
import { ignoredItem } from '../../features/zoho/ignored';
import { zohoItem } from '../../features/zoho/item';
import { jobFor } from '../../features/zoho/jobs';
import { reconcile } from '../../features/zoho/match';
import { zohoTimeLogs } from '../../features/zoho/pages';
import type { ZohoSettings } from '../../features/zoho/state';
import { todaySessions } from '../sidepanel/today';

export const GAPS_FRESH_MS = 5 * 60_000;


/**
 * The gaps in today's reconciliation; 0 when either side could not be read (nothing to say then);
 * null while the mirror still has a log open or calls waiting (Zoho's side is not final yet).
 */
export async function countGaps(site: Site, zoho: ZohoSettings, now = Date.now()): Promise<number | null> {
  const z = await zohoItem.getValue();
  if (z.log?.running || z.queue.length) return null;
  const n = dayOf(now);
  const day = { date: isoDay(n), start: dayStartMs(n), end: dayStartMs(n + 1) };
  const [sessions, zlogs, lists, ignored] = await Promise.all([
    todaySessions(site, now), zohoTimeLogs(zoho.user, localDate(day.start - 864e5), day.date), listsItem.getValue(), ignoredItem.getValue(),
  ]);
  if (!sessions || zlogs.error) return 0;
  const rows = reconcile(sessions, zlogs.logs, day, (taskId) => jobFor(zoho, lists.tasks[taskId]));
  return rows.filter((r) => r.kind !== 'ok' && !ignored[r.key]).length;
}

/** The count as kept for 5 minutes, else counted now (and kept). */
export async function todayGaps(site: Site, zoho: ZohoSettings, now = Date.now()): Promise<number> {
  const kept = await gapsValue.get();
  const date = isoDay(dayOf(now));
  if (kept && kept.date === date && now - kept.at < GAPS_FRESH_MS) return kept.gaps;
  const gaps = await countGaps(site, zoho, now);
  if (gaps === null) return 0; // asked again once the mirror has settled (the popup's next open)
  await gapsValue.set({ at: now, date, gaps });
  return gaps;
}
