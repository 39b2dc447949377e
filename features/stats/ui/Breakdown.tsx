// Where the range's focus went: one row per list or per task, largest first, with its minutes,
// its share of the range and its sessions; long lists show their first rows and a "show all".
// Names are the user's own words, marked translate="no": page translators leave them as written.
import { useState } from 'preact/hooks';
import type { Row } from '../aggregate';
import { t } from '../../../browser/i18n';
import { num, percent, mins } from './format';

export function Breakdown({ id, title, col, rows, total, lang, first = 12 }: { id: string; title: string; col: string; rows: Row[]; total: number; lang: string; first?: number }) {
  const [all, setAll] = useState(false);
  const shown = all ? rows : rows.slice(0, first);
  return (
    <section class="breakdown" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {rows.length ? (
        <table>
          <thead><tr><th scope="col">{col}</th><th scope="col">{t('statsMinutes')}</th><th scope="col">{t('statsShare')}</th><th scope="col">{t('statsSessions')}</th></tr></thead>
          <tbody>
            {shown.map((r) => (
              <tr key={r.key}>
                <th scope="row"><span class="name" translate={false}>{r.label}</span><span class="share" style={{ width: `${total > 0 ? (100 * r.minutes) / total : 0}%` }} aria-hidden="true" /></th>
                <td title={mins(Math.round(r.minutes), lang)}>{num(Math.round(r.minutes), lang)}</td>
                <td>{percent(total > 0 ? r.minutes / total : 0, lang)}</td>
                <td>{num(r.sessions, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : <p class="hint">{t('statsNoSessions')}</p>}
      {rows.length > first && <button type="button" class="link" onClick={() => setAll(!all)}>{all ? t('statsShowFewer') : t('statsShowAll', [String(rows.length)])}</button>}
    </section>
  );
}
