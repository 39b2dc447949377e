// The popup's own reads: TickTick's pomodoro preferences and today's stats. Only the popup shows
// them, so the worker neither fetches them nor carries this code (its budget is 10 KB).
import { REQUEST_TIMEOUT_MS } from '../core/config';
import { endpoints, type Site } from '../core/ticktick/hosts';
import { pickNumbers } from '../core/ticktick/parse';
import type { Extras } from '../core/state';
import { BASE_URL } from './env';
import { httpPort } from './http';
import { extrasItem } from './storage';

const PREFS = ['pomoDuration', 'shortBreakDuration', 'longBreakDuration', 'longBreakInterval'] as const;
const STATS = ['todayPomoCount', 'todayPomoDuration'] as const;

async function getJson(url: string): Promise<unknown> {
  try {
    const r = await httpPort.request(url, { method: 'GET', headers: {}, timeoutMs: REQUEST_TIMEOUT_MS });
    return r.status === 200 && !r.redirected ? JSON.parse(r.text) : null;
  } catch {
    return null; // best effort: the timer works without these
  }
}

/** Merges what came back into `extras`; preferences at most every 6 h, stats every minute (or `force`). */
export function mergeExtras(old: Extras, prefs: unknown, stats: unknown, now: number): Extras {
  const next = { ...old };
  if (prefs !== null) {
    const got = pickNumbers(prefs, PREFS);
    for (const k of PREFS) if ((got[k] ?? 0) > 0) next.prefs = { ...next.prefs, [k]: got[k] };
    next.prefsAt = now;
  }
  const st = pickNumbers(stats, STATS);
  if (st.todayPomoCount !== undefined && st.todayPomoDuration !== undefined) {
    next.stats = { todayPomoCount: st.todayPomoCount, todayPomoDuration: st.todayPomoDuration };
    next.statsAt = now;
  }
  return next;
}

export async function refreshExtras(site: Site, force = false): Promise<Extras> {
  const old = await extrasItem.getValue();
  const now = Date.now();
  const ep = endpoints(site, BASE_URL);
  const [prefs, stats] = await Promise.all([
    now - old.prefsAt > 6 * 3_600_000 ? getJson(ep.prefs) : null,
    force || now - old.statsAt > 60_000 ? getJson(ep.stats) : null,
  ]);
  const next = mergeExtras(old, prefs, stats, now);
  await extrasItem.setValue(next);
  return next;
}
