// Focus minutes per day as an SVG bar chart. Each bar can be focused (Tab, arrows) or hovered to
// list that day's sessions and tasks; a table beside it carries the numbers for screen readers.
import { useState } from 'preact/hooks';
import type { Day } from '../timeline';
import { formatMinutes, t } from '../../../browser/i18n';

const W = 560;
const H = 220;
const PAD = 28;

export function WeekChart({ days, lang }: { days: Day[]; lang: string }) {
  const [sel, setSel] = useState<number>(days.length - 1);
  const max = Math.max(60, ...days.map((d) => d.minutes));
  const step = (W - PAD) / days.length;
  const label = (d: Day) => new Intl.DateTimeFormat(lang, { weekday: 'short', month: 'numeric', day: 'numeric' }).format(d.start);
  const time = (ms: number) => new Intl.DateTimeFormat(lang, { hour: '2-digit', minute: '2-digit' }).format(ms);
  const day = days[sel];
  const onKey = (e: KeyboardEvent) => {
    const next = e.key === 'ArrowRight' ? sel + 1 : e.key === 'ArrowLeft' ? sel - 1 : sel;
    if (next === sel || next < 0 || next >= days.length) return;
    e.preventDefault();
    setSel(next);
    (document.querySelector(`[data-bar="${next}"]`) as SVGElement | null)?.focus();
  };
  return (
    <div class="week">
      <svg viewBox={`0 0 ${W} ${H}`} class="chart" role="group" aria-label={t('statsChart')} onKeyDown={onKey}>
        {[0, 0.5, 1].map((f) => (
          <g key={f} aria-hidden="true">
            <line x1={PAD} x2={W} y1={H - PAD - f * (H - 2 * PAD)} y2={H - PAD - f * (H - 2 * PAD)} class="grid" />
            <text x={PAD - 4} y={H - PAD - f * (H - 2 * PAD) + 4} class="axis" text-anchor="end">{Math.round(f * max)}</text>
          </g>
        ))}
        {days.map((d, i) => {
          const h = (d.minutes / max) * (H - 2 * PAD);
          return (
            <g
              key={d.start} data-bar={i} tabIndex={i === sel ? 0 : -1} role="img" class={`bar${i === sel ? ' sel' : ''}`}
              aria-label={`${label(d)}: ${formatMinutes(d.minutes)}`} onMouseEnter={() => setSel(i)} onFocus={() => setSel(i)}
            >
              <rect x={PAD + i * step + step * 0.2} y={H - PAD - h} width={step * 0.6} height={Math.max(h, 1)} rx="3" />
              <text x={PAD + i * step + step / 2} y={H - 8} class="axis" text-anchor="middle" aria-hidden="true">{label(d)}</text>
              {d.minutes > 0 && <text x={PAD + i * step + step / 2} y={H - PAD - h - 4} class="value" text-anchor="middle" aria-hidden="true">{d.minutes}</text>}
            </g>
          );
        })}
      </svg>
      <section class="day" aria-live="polite">
        {day && (
          <>
            <h3>{label(day)} · {formatMinutes(day.minutes)}</h3>
            {day.sessions.length ? (
              <ul>
                {day.sessions.map((s) => (
                  <li key={s.id}>{time(s.start)}–{time(s.end)} · {formatMinutes(Math.round(s.focusedMs / 60_000))}{s.titles.length ? ` · ${s.titles.join(', ')}` : ''}</li>
                ))}
              </ul>
            ) : <p class="hint">{t('statsNoSessions')}</p>}
          </>
        )}
      </section>
      <table class="sr-only">
        <caption>{t('statsChart')}</caption>
        <thead><tr><th scope="col">{t('statsDay')}</th><th scope="col">{t('statsMinutes')}</th><th scope="col">{t('statsSessions')}</th></tr></thead>
        <tbody>{days.map((d) => <tr key={d.start}><th scope="row">{label(d)}</th><td>{d.minutes}</td><td>{d.sessions.length}</td></tr>)}</tbody>
      </table>
    </div>
  );
}
