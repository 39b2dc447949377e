// The range in figures: focus time, sessions and pomodoros, the daily average, the days that
// reached the daily goals (pomodoros and minutes, from TickTick's preferences), today against
// them, the current and longest streak, and TickTick's all-time totals.
import { goalDays, type Aggregate } from '../aggregate';
import type { AllTime } from '../reads';
import type { Streaks } from '../streaks';
import { t } from '../../../browser/i18n';
import { dayText, num, mins } from './format';

export interface Goals { pomos: number | null; minutes: number | null }

interface Props { agg: Aggregate; goals: Goals; streak: Streaks; today: number; allTime: AllTime | null; lang: string }

const Figure = ({ label, value, sub }: { label: string; value: string; sub?: string }) => (
  <div class="figure"><dt>{label}</dt><dd><strong>{value}</strong>{sub && <span class="sub">{sub}</span>}</dd></div>
);

export function Summary({ agg, goals, streak, today, allTime, lang }: Props) {
  const past = agg.days.filter((d) => d.day <= today);
  const total = Math.round(agg.minutes);
  const reached = goalDays(past, goals);
  const now = agg.days.find((d) => d.day === today);
  return (
    <section class="summary" aria-labelledby="summary-h">
      <h2 id="summary-h" class="sr-only">{t('statsSummary')}</h2>
      <dl class="figures">
        <Figure label={t('statsFocus')} value={mins(total, lang, 'narrow')} sub={t('statsCounts', [num(total, lang), num(agg.sessions, lang), num(agg.pomos, lang)])} />
        <Figure label={t('statsAverage')} value={mins(Math.round(past.length ? agg.minutes / past.length : 0), lang, 'narrow')} />
        <Figure label={t('statsStreak')} value={t('statsDays', [String(streak.current)])} sub={streak.currentFrom !== null ? t('statsSince', [dayText(streak.currentFrom, lang, 'full')]) : undefined} />
        <Figure label={t('statsLongest')} value={t('statsDays', [String(streak.longest)])} sub={streak.longestFrom !== null ? t('statsSince', [dayText(streak.longestFrom, lang, 'full')]) : undefined} />
      </dl>
      {(goals.pomos || goals.minutes) && past.length > 0 && (
        <ul class="goals">
          {goals.pomos && <li>{t('statsGoalPomos', [String(goals.pomos), String(reached.pomos), String(past.length)])}</li>}
          {goals.minutes && <li>{t('statsGoalMinutes', [mins(goals.minutes, lang, 'narrow'), String(reached.minutes), String(past.length)])}</li>}
        </ul>
      )}
      {now && (
        <div class="today">
          <p>{t('statsToday')}: {goals.pomos ? t('statsTodayCount', [String(now.pomos), String(goals.pomos)]) : t('statsPomos', [String(now.pomos)])} · {mins(Math.round(now.minutes), lang, 'narrow')}{goals.minutes ? ` / ${mins(goals.minutes, lang, 'narrow')}` : ''}</p>
          {goals.pomos && <progress max={goals.pomos} value={Math.min(now.pomos, goals.pomos)} aria-label={t('statsGoal')} />}
        </div>
      )}
      {allTime && <p class="hint left">{t('statsTotal', [num(allTime.count, lang)])} · {mins(allTime.minutes, lang, 'narrow')}</p>}
    </section>
  );
}
