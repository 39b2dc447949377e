// A long range (a year) as a heatmap: a column per week, a row per weekday, darker for more focus
// (colours for light and dark in entrypoints/stats/stats.css). One cell is a tab stop: arrows move
// by day (up, down) and week (left, right); each cell tells its date and minutes to screen readers.
// Below it, each month's minutes and days with focus in a table.
import { useState } from 'preact/hooks';
import type { DayStat } from '../aggregate';
import { civil } from '../zone';
import { t } from '../../../browser/i18n';
import { dayText, num, mins } from './format';

const CELL = 12;
const GAP = 2;
const TOP = 16;
const LEFT = 4;

const level = (m: number, max: number) => (m <= 0 ? 0 : Math.min(4, Math.ceil((4 * m) / max)));

function months(days: DayStat[]) {
  const out = new Map<string, { first: number; minutes: number; active: number }>();
  for (const d of days) {
    const c = civil(d.day);
    const k = `${c.y}-${c.m}`;
    const m = out.get(k) ?? { first: d.day, minutes: 0, active: 0 };
    m.minutes += d.minutes;
    if (d.sessions > 0 || d.minutes >= 0.5) m.active++;
    out.set(k, m);
  }
  return [...out.values()];
}

/** The day of the cell an event reached (one listener on the grid, not three on each of 365 cells). */
function cell(e: Event, then: (day: number) => void) {
  const d = Number((e.target as Element).getAttribute?.('data-day') ?? NaN);
  if (Number.isFinite(d)) then(d);
}

export function Heatmap({ days, weekStart, selected, onSelect, lang }: { days: DayStat[]; weekStart: number; selected: number; onSelect: (d: number) => void; lang: string }) {
  const first = days[0]!.day;
  const lead = (civil(first).wd - weekStart + 7) % 7;
  const pos = (d: number) => ({ col: Math.floor((d - first + lead) / 7), row: (d - first + lead) % 7 });
  const cols = pos(days.at(-1)!.day).col + 1;
  const max = Math.max(1, ...days.map((d) => d.minutes));
  const at = (c: number) => LEFT + c * (CELL + GAP);
  const onKey = (e: KeyboardEvent) => {
    const delta = ({ ArrowUp: -1, ArrowDown: 1, ArrowLeft: -7, ArrowRight: 7 } as Record<string, number>)[e.key];
    const next = e.key === 'Home' ? first : e.key === 'End' ? days.at(-1)!.day : delta === undefined ? NaN : selected + delta;
    if (!Number.isFinite(next) || next < first || next > days.at(-1)!.day) return;
    e.preventDefault();
    onSelect(next);
    (e.currentTarget as SVGElement).querySelector<SVGElement>(`[data-day="${next}"]`)?.focus();
  };
  const list = months(days);
  // What the mouse is over, said beside the legend (one line, not a tooltip per cell: 365 fewer nodes).
  const [hover, setHover] = useState<DayStat | null>(null);
  const label = (d: DayStat) => `${dayText(d.day, lang, 'full')}: ${mins(Math.round(d.minutes), lang)}`;
  return (
    <div class="heat">
      <svg
        viewBox={`0 0 ${at(cols)} ${TOP + 7 * (CELL + GAP)}`} class="heatmap" style={{ maxWidth: `${Math.round(at(cols) * 1.3)}px` }} role="group" aria-label={t('statsHeatmap')} onKeyDown={onKey}
        onClick={(e) => cell(e, onSelect)} onFocusIn={(e) => cell(e, onSelect)} onMouseOver={(e) => cell(e, (d) => setHover(days[d - first] ?? null))}
      >
        {list.map((m) => <text key={m.first} x={at(pos(m.first).col)} y={TOP - 5} class="axis" aria-hidden="true">{dayText(m.first, lang, 'month')}</text>)}
        {days.map((d) => {
          const p = pos(d.day);
          return (
            <rect
              key={d.day} data-day={d.day} x={at(p.col)} y={TOP + p.row * (CELL + GAP)} width={CELL} height={CELL} rx="2"
              class={`lv${level(d.minutes, max)}${d.day === selected ? ' sel' : ''}`} role="img" tabindex={d.day === selected ? 0 : -1}
              aria-label={label(d)}
            />
          );
        })}
      </svg>
      <p class="legend" aria-hidden="true"><span class="hover">{hover ? label(hover) : ''}</span>{t('statsLess')} {[0, 1, 2, 3, 4].map((l) => <span key={l} class={`sw lv${l}`} />)} {t('statsMore')}</p>
      <table class="months">
        <caption>{t('statsByMonth')}</caption>
        <thead><tr><th scope="col">{t('statsMonth')}</th><th scope="col">{t('statsMinutes')}</th><th scope="col">{t('statsActiveDays')}</th></tr></thead>
        <tbody>{list.map((m) => <tr key={m.first}><th scope="row">{dayText(m.first, lang, 'monthYear')}</th><td>{num(Math.round(m.minutes), lang)}</td><td>{m.active}</td></tr>)}</tbody>
      </table>
    </div>
  );
}
