// The popup's own reads: TickTick's pomodoro preferences and today's stats. The worker reads the
// preferences too (on its slow poll, for auto-start); today's stats only the popup shows.
import { parsePrefs } from './rhythm';
import { PREFS_FRESH_MS } from './config';
import { endpoints, type Site } from './ticktick/hosts';
import { pickNumbers } from './ticktick/parse';
import type { Extras } from './items';
import { pageGet } from './ticktick/page-client';
import { BASE_URL } from '../../browser/env';
import { extrasItem } from './items';

const STATS = ['todayPomoCount', 'todayPomoDuration'] as const;

/** Merges what came back into `extras`; a reply that is not there (null) changes nothing. */
export function mergeExtras(old: Extras, prefs: unknown, stats: unknown, now: number): Extras {
  const next = { ...old };
  if (prefs !== null) {
    next.prefs = { ...next.prefs, ...parsePrefs(prefs) };
    next.prefsAt = now;
  }
  const st = pickNumbers(stats, STATS);
  if (st.todayPomoCount !== undefined && st.todayPomoDuration !== undefined) {
    next.stats = { todayPomoCount: st.todayPomoCount, todayPomoDuration: st.todayPomoDuration };
    next.statsAt = now;
  }
  return next;
}

/** Preferences at most every 6 h, stats every minute (or `force`). */
export async function refreshExtras(site: Site, force = false): Promise<Extras> {
  const old = await extrasItem.getValue();
  const now = Date.now();
  const ep = endpoints(site, BASE_URL);
  const [prefs, stats] = await Promise.all([
    now - old.prefsAt > PREFS_FRESH_MS ? pageGet(site, ep.prefs) : null,
    force || now - old.statsAt > 60_000 ? pageGet(site, ep.stats) : null,
  ]);
  const next = mergeExtras(await extrasItem.getValue(), prefs, stats, now);
  await extrasItem.setValue(next);
  return next;
}
