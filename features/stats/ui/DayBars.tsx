// Focus minutes per day of a week or a month as bars. One bar is a tab stop (arrows move between
// days, Enter or a click lists that day's sessions); each says its day and minutes to screen
// readers, and a table carries the numbers too.
import type { DayStat } from '../aggregate';
import { t } from '../../../browser/i18n';
import { dayText, mins } from './format';

const W = 640;
const H = 200;
const PAD = 30;

export function DayBars({ days, selected, onSelect, lang }: { days: DayStat[]; selected: number; onSelect: (d: number) => void; lang: string }) {
  const max = Math.max(60, ...days.map((d) => d.minutes));
  const step = (W - PAD) / days.length;
  const style = days.length > 7 ? 'short' : 'weekday';
  const min = (d: DayStat) => Math.round(d.minutes);
  const onKey = (e: KeyboardEvent) => {
    const i = days.findIndex((d) => d.day === selected);
    const next = e.key === 'ArrowRight' ? i + 1 : e.key === 'ArrowLeft' ? i - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? days.length - 1 : i;
    if (next === i || next < 0 || next >= days.length) return;
    e.preventDefault();
    onSelect(days[next]!.day);
    (e.currentTarget as SVGElement).querySelector<SVGElement>(`[data-day="${days[next]!.day}"]`)?.focus();
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
          const x = PAD + i * step;
          return (
            <g
              key={d.day} data-day={d.day} tabindex={d.day === selected ? 0 : -1} role="img" class={`bar${d.day === selected ? ' sel' : ''}`}
              aria-label={`${dayText(d.day, lang, 'full')}: ${mins(min(d), lang)}`} onClick={() => onSelect(d.day)} onFocus={() => onSelect(d.day)}
            >
              <rect x={x + step * 0.15} y={H - PAD - h} width={step * 0.7} height={Math.max(h, 1)} rx="2" />
              {(days.length <= 7 || i % 2 === 0) && <text x={x + step / 2} y={H - 10} class="axis" text-anchor="middle" aria-hidden="true">{dayText(d.day, lang, style)}</text>}
              {days.length <= 7 && d.minutes > 0 && <text x={x + step / 2} y={H - PAD - h - 4} class="value" text-anchor="middle" aria-hidden="true">{min(d)}</text>}
            </g>
          );
        })}
      </svg>
      <table class="sr-only">
        <caption>{t('statsChart')}</caption>
        <thead><tr><th scope="col">{t('statsDay')}</th><th scope="col">{t('statsMinutes')}</th><th scope="col">{t('statsSessions')}</th></tr></thead>
        <tbody>{days.map((d) => <tr key={d.day}><th scope="row">{dayText(d.day, lang, 'full')}</th><td>{min(d)}</td><td>{d.sessions}</td></tr>)}</tbody>
      </table>
    </div>
  );
}
