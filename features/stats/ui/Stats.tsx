// The statistics page: today against the daily goal, and the last seven days of focus.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { effectivePrefs } from '../../focus/rhythm';
import { focusDays } from '../timeline';
import { endpoints } from '../../focus/ticktick/hosts';
import { BASE_URL } from '../../../browser/env';
import { loadStats, type StatsData } from '../fetch-stats';
import { readSettings } from '../../../app/settings';
import { extrasItem, stateItem } from '../../focus/items';
import { formatMinutes, t, uiLang } from '../../../browser/i18n';
import { WeekChart } from './WeekChart';

export function Stats() {
  const [data, setData] = useState<StatsData | null>(null);
  const [site, setSite] = useState<'ticktick' | 'dida365'>('ticktick');
  const [goal, setGoal] = useState(8);
  const lang = uiLang();
  useEffect(() => {
    void (async () => {
      const [app, extras, settings] = await Promise.all([stateItem.getValue(), extrasItem.getValue(), readSettings()]);
      const s = app.site ?? (settings.site === 'auto' ? 'ticktick' : settings.site);
      setSite(s);
      const d = await loadStats(s);
      setGoal(effectivePrefs({ ...extras.prefs, ...(d.goal ? { pomoGoal: d.goal } : {}) }, settings.rhythm).pomoGoal);
      setData(d);
    })();
  }, []);
  if (!data) return <main class="stats" aria-busy="true"><h1>{t('statsTitle')}</h1><p class="hint">{t('taskLoading')}</p></main>;
  const days = focusDays(data.sessions, Date.now());
  const today = data.today ?? { count: days.at(-1)?.sessions.length ?? 0, minutes: days.at(-1)?.minutes ?? 0 };
  const week = days.reduce((n, d) => n + d.minutes, 0);
  return (
    <main class="stats">
      <h1>{t('statsTitle')}</h1>
      {!data.ok && <p class="banner warn" role="alert">{t('statsFailed')}</p>}
      <section class="today" aria-labelledby="today-h">
        <h2 id="today-h">{t('statsToday')}</h2>
        <p class="big">{t('statsTodayCount', [String(today.count), String(goal)])} · {formatMinutes(today.minutes)}</p>
        <progress max={goal} value={Math.min(today.count, goal)} aria-label={t('statsGoal')} />
      </section>
      <section aria-labelledby="week-h">
        <h2 id="week-h">{t('statsWeek')} · {formatMinutes(week)}</h2>
        <WeekChart days={days} lang={lang} />
      </section>
      {data.total && <p>{t('statsTotal', [String(data.total.count)])} · {formatMinutes(data.total.minutes)}</p>}
      <p><a href={endpoints(site, BASE_URL).statsLink} target="_blank" rel="noreferrer">{t('statsTickTick')}</a></p>
    </main>
  );
}
