// Focus minutes by hour of the day over the range, as 24 bars, with the numbers in a table for
// screen readers.
import { t } from '../../../browser/i18n';

const W = 640;
const H = 120;
const PAD = 18;

export function HourChart({ hours }: { hours: number[] }) {
  const max = Math.max(1, ...hours);
  const step = W / 24;
  return (
    <section aria-labelledby="hours-h" class="hours-box">
      <h2 id="hours-h">{t('statsByHour')}</h2>
      <svg viewBox={`0 0 ${W} ${H}`} class="chart hours" aria-hidden="true">
        {hours.map((m, h) => {
          const bh = (m / max) * (H - 2 * PAD);
          return (
            <g key={h}>
              <rect x={h * step + step * 0.15} y={H - PAD - bh} width={step * 0.7} height={Math.max(bh, m > 0 ? 1 : 0)} rx="2" />
              {h % 3 === 0 && <text x={h * step + step / 2} y={H - 4} class="axis" text-anchor="middle">{h}</text>}
            </g>
          );
        })}
      </svg>
      <table class="sr-only">
        <caption>{t('statsByHour')}</caption>
        <thead><tr><th scope="col">{t('statsHour')}</th><th scope="col">{t('statsMinutes')}</th></tr></thead>
        <tbody>{hours.map((m, h) => <tr key={h}><th scope="row">{`${h}:00–${h + 1}:00`}</th><td>{Math.round(m)}</td></tr>)}</tbody>
      </table>
    </section>
  );
}
