// The side panel's list of today's sessions: when, how long, on which task. Read again whenever
// the focus record changes (one ended, another started) and every few minutes while open.
import { useEffect, useState } from 'preact/hooks';
import type { Site } from '../../features/focus/ticktick/hosts';
import { focusedMs, type Session } from '../../features/stats/timeline';
import { clock, mins } from '../../features/stats/ui/format';
import { t, uiLang } from '../../browser/i18n';
import { todaySessions } from './today';

const REFRESH_MS = 5 * 60_000;

export function TodaySessions({ site, version }: { site: Site; version: string }) {
  const [list, setList] = useState<Session[] | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    const read = () => void todaySessions(site).then((l) => live && setList(l), () => live && setList(null));
    read();
    const timer = setInterval(read, REFRESH_MS);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [site, version]);
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
