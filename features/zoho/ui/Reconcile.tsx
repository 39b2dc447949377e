// The statistics page's Zoho People part (docs/zoho-people.md §7): a day's focus beside Zoho's
// time logs, each gap named — a focus that never reached Zoho, a log with no focus behind it,
// minutes that differ — with "Log it" and "Ignore". Nothing is logged without the click.
// Task titles and job names are the user's own words (`translate="no"`).
import { useState } from 'preact/hooks';
import type { Day, FocusSession, Job, Row } from '../match';
import { t } from '../../../browser/i18n';
import { useReconcile, type DayRows } from './use-reconcile';

export interface ReconcileProps {
  /** The day shown. */
  day: Day;
  sessions: FocusSession[];
  jobOf(taskId: string): Job;
  user: string;
  lang: string;
}

const fmt = (lang: string, o: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(lang, o);
const minutes = (n: number, lang: string) => new Intl.NumberFormat(lang, { style: 'unit', unit: 'minute', unitDisplay: 'short' }).format(n);
export const isGap = (r: Row) => r.kind !== 'ok';

function status(r: Row, ignored: boolean): string {
  if (ignored) return t('zohoRecIgnored');
  if (r.kind === 'ok') return t('zohoRecOk');
  if (r.kind === 'missing') return t('zohoRecMissing');
  if (r.kind === 'extra') return t('zohoRecExtra');
  return t('zohoRecDiffers');
}

interface RowProps { r: Row; lang: string; ignored: boolean; note?: string; onLog(): void; onIgnore(on: boolean): void }

function Line({ r, lang, ignored, note, onLog, onIgnore }: RowProps) {
  const clock = fmt(lang, { hour: '2-digit', minute: '2-digit' });
  const span = r.focus ? [r.focus.pieces[0]![0], r.focus.pieces.at(-1)![1]] : r.logs[0]!.span;
  const log = r.logs[0]?.log;
  const sending = note === t('zohoRecSending');
  return (
    <tr class={`rec-${ignored ? 'ignored' : r.kind}`}>
      <th scope="row">{span ? `${clock.format(span[0]!)}–${clock.format(span[1]!)}` : '—'}</th>
      <td class="left" translate={false}>{r.focus ? r.focus.title || t('zohoRecNoTask') : log?.workItem || '—'}</td>
      <td class="left" translate={false}>{r.focus?.job.name ?? log?.jobName}</td>
      <td>{r.focus ? minutes(r.focusMin, lang) : '—'}</td>
      <td>{r.logs.length ? minutes(r.zohoMin, lang) : '—'}</td>
      <td class="left">{status(r, ignored)}{note && <span class="hint left" role="status"> {note}</span>}</td>
      <td class="left rec-actions">
        {!ignored && r.toLog.length > 0 && <button type="button" disabled={sending} onClick={onLog}>{t('zohoRecLogIt')}</button>}
        {isGap(r) && <button type="button" class="link" onClick={() => onIgnore(!ignored)}>{ignored ? t('zohoRecUnignore') : t('zohoRecIgnore')}</button>}
      </td>
    </tr>
  );
}

export function DayTable({ d, lang, data, showIgnored }: { d: DayRows; lang: string; data: ReturnType<typeof useReconcile>; showIgnored: boolean }) {
  const shown = d.rows.filter((r) => showIgnored || !data.ignored[r.key]);
  const label = fmt(lang, { weekday: 'short', year: 'numeric', month: 'short', day: 'numeric' }).format(d.day.start);
  if (!shown.length) return <p class="hint left">{label}: {d.rows.length ? t('zohoRecAllGood') : t('zohoRecNothing')}</p>;
  return (
    <table class="reconcile-day">
      <caption>{label}</caption>
      <thead>
        <tr>
          <th scope="col">{t('zohoRecTime')}</th><th scope="col">{t('statsTask')}</th><th scope="col">{t('zohoJob')}</th>
          <th scope="col">TickTick</th><th scope="col">Zoho People</th><th scope="col">{t('zohoRecStatus')}</th><th scope="col">{t('zohoRecAction')}</th>
        </tr>
      </thead>
      <tbody>
        {shown.map((r) => (
          <Line key={r.key} r={r} lang={lang} ignored={!!data.ignored[r.key]} note={data.notes[r.key]}
            onLog={() => void data.logRow(r)} onIgnore={(on) => void data.ignore(r, d.day.date, on)} />
        ))}
      </tbody>
    </table>
  );
}

/** How many gaps are open and how many ignored, over `days`. */
export function counts(days: DayRows[], ignored: Record<string, string>) {
  const gaps = days.flatMap((d) => d.rows.filter(isGap));
  return { open: gaps.filter((r) => !ignored[r.key]).length, ignored: gaps.filter((r) => ignored[r.key]).length };
}

export function Reconcile({ day, sessions, jobOf, user, lang }: ReconcileProps) {
  const data = useReconcile([day], sessions, jobOf, user);
  const [showIgnored, setShowIgnored] = useState(false);
  const n = data.rows ? counts(data.rows, data.ignored) : null;
  return (
    <section class="reconcile" aria-labelledby="zoho-rec-h" aria-busy={!data.rows && !data.error}>
      <h2 id="zoho-rec-h">{t('zohoRecTitle')}</h2>
      {data.error && <p class="banner error" role="alert">{data.error}</p>}
      <p class="hint left" role="status">{!n ? (data.error ? '' : t('zohoRecLoading')) : n.open ? t('zohoRecGaps', [String(n.open)]) : t('zohoRecNoGaps')}</p>
      {data.rows?.map((d) => <DayTable key={d.day.date} d={d} lang={lang} data={data} showIgnored={showIgnored} />)}
      {!!n?.ignored && <button type="button" class="link" onClick={() => setShowIgnored(!showIgnored)}>{showIgnored ? t('zohoRecHideIgnored') : t('zohoRecShowIgnored', [String(n.ignored)])}</button>}
    </section>
  );
}
