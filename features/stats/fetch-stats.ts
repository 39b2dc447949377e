// The statistics page's reads: timeline pages back to seven days ago (`?to=` the oldest start seen),
// today's totals and the daily goal.
import { parsePrefs } from '../focus/rhythm';
import { parseTimeline, type Session } from './timeline';
import { endpoints, type Site } from '../focus/ticktick/hosts';
import { pickNumbers } from '../focus/ticktick/parse';
import { parseTime } from '../../kernel/time';
import { BASE_URL } from '../../browser/env';
import { pageGet } from '../focus/ticktick/page-client';

const MAX_PAGES = 6;

export interface StatsData {
  sessions: Session[];
  today: { count: number; minutes: number } | null;
  total: { count: number; minutes: number } | null;
  goal: number | null;
  ok: boolean;
}

export async function loadStats(site: Site, now = Date.now()): Promise<StatsData> {
  const ep = endpoints(site, BASE_URL);
  const since = now - 7 * 86_400_000;
  const [general, prefs] = await Promise.all([pageGet(site, ep.stats), pageGet(site, ep.prefs)]);
  const sessions: Session[] = [];
  let to: number | undefined;
  let ok = true;
  for (let page = 0; page < MAX_PAGES; page++) {
    const body = await pageGet(site, to ? `${ep.timeline}?to=${to}` : ep.timeline);
    if (!Array.isArray(body)) {
      ok = page > 0;
      break;
    }
    const got = parseTimeline(body).filter((s) => !sessions.some((x) => x.id === s.id));
    sessions.push(...got);
    // The next page: older than the oldest record's start (docs/ticktick-protocol.md §10).
    const oldest = Math.min(...body.map((r: { startTime?: string }) => parseTime(r?.startTime)).filter(Number.isFinite));
    if (body.length < 31 || !Number.isFinite(oldest) || oldest === to) break;
    to = oldest;
    if (to < since) break;
  }
  const g = pickNumbers(general, ['todayPomoCount', 'todayPomoDuration', 'totalPomoCount', 'totalPomoDuration'] as const);
  return {
    sessions, ok,
    today: g.todayPomoCount !== undefined && g.todayPomoDuration !== undefined ? { count: g.todayPomoCount, minutes: g.todayPomoDuration } : null,
    total: g.totalPomoCount !== undefined && g.totalPomoDuration !== undefined ? { count: g.totalPomoCount, minutes: g.totalPomoDuration } : null,
    goal: parsePrefs(prefs).pomoGoal ?? null,
  };
}
