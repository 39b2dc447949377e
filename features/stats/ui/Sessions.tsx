// A day's sessions — start, end, focused minutes, pauses, task and list, note — or, with a search,
// every session of the range whose note, task or list holds all the words typed. Titles and notes
// are the user's own words (`translate="no"`).
import { useState } from 'preact/hooks';
import { focusedMs, type Session, type TaskPart } from '../timeline';
import { dayOf } from '../zone';
import { t } from '../../../browser/i18n';
import { clock, dayText, mins } from './format';

interface Props { sessions: Session[]; day: number; dayMinutes: number; listOf: (p: TaskPart) => string; lang: string }

const minutes = (ms: number) => Math.round(ms / 60_000);

function haystack(s: Session, listOf: (p: TaskPart) => string) {
  return [s.note, ...s.tasks.flatMap((p) => (p.id ? [p.title, listOf(p)] : []))].join('\n').toLowerCase();
}

function Item({ s, listOf, lang, withDay }: { s: Session; listOf: (p: TaskPart) => string; lang: string; withDay: boolean }) {
  const tasks = s.tasks.filter((p) => p.id);
  return (
    <li>
      <p class="when">
        {withDay && <span class="date">{dayText(dayOf(s.start), lang, 'full')} · </span>}
        <time dateTime={new Date(s.start).toISOString()}>{clock(s.start, lang)}</time>–<time dateTime={new Date(s.end).toISOString()}>{clock(s.end, lang)}</time>
        {' · '}{mins(minutes(focusedMs(s)), lang)}
        {s.pauseMs >= 30_000 && <span class="paused"> · {t('statsPaused', [mins(minutes(s.pauseMs), lang)])}</span>}
        {s.stopwatch && <span class="kind"> · {t('statsStopwatch')}</span>}
      </p>
      <p class="what">{tasks.length ? <span translate={false}>{tasks.map((p) => `${p.title} (${listOf(p)})`).join(' · ')}</span> : t('statsNoTask')}</p>
      {s.note && <p class="session-note" translate={false}>{s.note}</p>}
    </li>
  );
}

export function Sessions({ sessions, day, dayMinutes, listOf, lang }: Props) {
  const [query, setQuery] = useState('');
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const shown = (words.length
    ? sessions.filter((s) => { const h = haystack(s, listOf); return words.every((w) => h.includes(w)); })
    : sessions.filter((s) => dayOf(s.start) === day)).sort((a, b) => a.start - b.start);
  return (
    <section class="sessions" aria-labelledby="sessions-h">
      <h2 id="sessions-h">{words.length ? t('statsFound', [String(shown.length)]) : `${dayText(day, lang, 'full')} · ${mins(Math.round(dayMinutes), lang)}`}</h2>
      <input type="search" value={query} onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)} placeholder={t('statsSearch')} aria-label={t('statsSearch')} />
      {shown.length ? (
        <ul aria-live="polite">{shown.map((s) => <Item key={s.id} s={s} listOf={listOf} lang={lang} withDay={words.length > 0} />)}</ul>
      ) : <p class="hint">{words.length ? t('statsNothingFound') : t('statsNoSessions')}</p>}
    </section>
  );
}
