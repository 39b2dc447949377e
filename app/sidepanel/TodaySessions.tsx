// The side panel's list of today's sessions: when, how long, on which task (read by use-today.ts).
import { focusedMs, type Session } from '../../features/stats/timeline';
import { clock, mins } from '../../features/stats/ui/format';
import { t, uiLang } from '../../browser/i18n';

/** `list`: undefined while read, null when TickTick did not answer. */
export function TodaySessions({ list }: { list: Session[] | null | undefined }) {
  const lang = uiLang();
  return (
    <section class="panel-today" aria-labelledby="panel-today-h">
      <h2 id="panel-today-h">{t('panelToday')}</h2>
      {list === null && <p class="hint">{t('panelLoadFailed')}</p>}
      {list?.length === 0 && <p class="hint">{t('panelNoneToday')}</p>}
      {!!list?.length && (
        <ul>
          {list.map((s) => (
            <li key={s.id}>
              <time dateTime={new Date(s.start).toISOString()}>{clock(s.start, lang)}</time>–<time dateTime={new Date(s.end).toISOString()}>{clock(s.end, lang)}</time>
              {' · '}{mins(Math.round(focusedMs(s) / 60_000), lang)}
              {s.tasks.some((p) => p.id) && <span translate={false}>{' · '}{s.tasks.filter((p) => p.id).map((p) => p.title).join(', ')}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
