// Today's line under the popup: pomodoros against the pomodoro goal, and focus time against
// TickTick's daily focus goal (`focusDuration`, minutes, 0 for none: docs/ticktick-protocol.md §10).
import { formatMinutes, t } from '../../../browser/i18n';
import type { PomoPrefs, TodayStats } from '../ticktick/types';

export function todayLine(stats: TodayStats, prefs: Pick<PomoPrefs, 'pomoGoal' | 'focusDuration'>): string {
  const done = [String(stats.todayPomoCount), String(prefs.pomoGoal), formatMinutes(stats.todayPomoDuration, 'narrow')];
  return prefs.focusDuration > 0 ? t('todayTime', [...done, formatMinutes(prefs.focusDuration, 'narrow')]) : t('today', done);
}
