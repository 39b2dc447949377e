// The daily goals the statistics page measures against: TickTick's `pomoGoal` (pomodoros a day; the
// user's override in the options wins) and `focusDuration` (minutes a day, 0 for none; the override wins too), from
// `GET /api/v2/user/preferences/pomodoro` (docs/statistics.md §1), else the preferences the popup
// last stored.
import { readSettings } from '../../app/settings';
import { BASE_URL } from '../../browser/env';
import { endpoints, type Site } from '../../features/focus/index';
import { pageGet } from '../../features/focus/reads';
import { extrasItem } from '../../features/focus/items';
import { effectivePrefs, parsePrefs } from '../../features/focus/rhythm';
import type { Goals } from '../../features/stats/ui/Stats';

export async function dailyGoals(site: Site): Promise<Goals> {
  const [body, extras, settings] = await Promise.all([pageGet(site, endpoints(site, BASE_URL).prefs), extrasItem.getValue(), readSettings()]);
  const prefs = effectivePrefs({ ...extras.prefs, ...parsePrefs(body) }, settings.rhythm);
  return { pomos: prefs.pomoGoal > 0 ? prefs.pomoGoal : null, minutes: prefs.focusDuration > 0 ? prefs.focusDuration : null };
}
