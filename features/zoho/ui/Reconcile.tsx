// The statistics page's Zoho People part (docs/zoho-people.md §7): a day's focus beside Zoho's
// time logs, each gap named — a focus that never reached Zoho, a log with no focus behind it,
// minutes that differ — with "Log it" and "Ignore". Nothing is logged without the click.
// Task titles and job names are the user's own words (`translate="no"`).
import { useMemo, useState } from 'preact/hooks';
import type { Day, FocusSession, Job, Row } from '../match';
import { totals } from '../totals';
import { t } from '../../../browser/i18n';
import { useReconcile, type DayRows } from './use-reconcile';
import { WeekTotals } from './ReconcileWeek';

export interface ReconcileProps {
  /** The day shown. */
  day: Day;
  /** Its week (within the page's range: the sessions of other days are not read). */
  week: Day[];
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

const dayLabel = (d: Day, lang: string) => fmt(lang, { weekday: 'short', year: 'numeric', month: 'short', day: 'numeric' }).format(d.start);

/** A day's rows; in the week (`gapsOnly`) its gaps alone, and nothing for a day without any. */
export function DayTable({ d, lang, data, showIgnored, gapsOnly }: { d: DayRows; lang: string; data: ReturnType<typeof useReconcile>; showIgnored: boolean; gapsOnly: boolean }) {
  const shown = d.rows.filter((r) => (showIgnored || !data.ignored[r.key]) && (!gapsOnly || isGap(r) || data.notes[r.key] !== undefined));
  const label = dayLabel(d.day, lang);
  if (!shown.length) return gapsOnly ? null : <p class="hint left">{label}: {d.rows.length ? t('zohoRecAllGood') : t('zohoRecNothing')}</p>;
  return (
    <table class="reconcile-day">
      <caption>{label}</caption>
      <thead>
        <tr>
          <th scope="col">{t('zohoRecTime')}</th><th scope="col" class="left">{t('statsTask')}</th><th scope="col" class="left">{t('zohoJob')}</th>
          <th scope="col">TickTick</th><th scope="col">Zoho People</th><th scope="col" class="left">{t('zohoRecStatus')}</th><th scope="col" class="left">{t('zohoRecAction')}</th>
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

export function Reconcile({ day, week, sessions, jobOf, user, lang }: ReconcileProps) {
  const [weekly, setWeekly] = useState(false);
  const days = weekly && week.length ? week : [day];
  const data = useReconcile(days, sessions, jobOf, user);
  const [showIgnored, setShowIgnored] = useState(false);
  const n = data.rows ? counts(data.rows, data.ignored) : null;
  const sums = useMemo(() => weekly && data.rows && totals(data.rows.flatMap((d) => d.rows)), [weekly, data.rows]);
  const span = fmt(lang, { year: 'numeric', month: 'short', day: 'numeric' }).formatRange(days[0]!.start, days.at(-1)!.start);
  return (
    <section class="reconcile" aria-labelledby="zoho-rec-h" aria-busy={!data.rows && !data.error}>
      <h2 id="zoho-rec-h">{t('zohoRecTitle')}</h2>
      <div class="mode" role="group" aria-label={t('zohoRecTitle')}>
        <button type="button" class={weekly ? '' : 'on'} aria-pressed={!weekly} onClick={() => setWeekly(false)}>{t('zohoRecDay')}</button>
        <button type="button" class={weekly ? 'on' : ''} aria-pressed={weekly} disabled={!week.length} onClick={() => setWeekly(true)}>{t('zohoRecWeek')}</button>
      </div>
      {data.error && <p class="banner error" role="alert">{data.error}</p>}
      <p class="hint left" role="status">{!n ? (data.error ? '' : t('zohoRecLoading')) : n.open ? t('zohoRecGaps', [String(n.open)]) : t('zohoRecNoGaps')}</p>
      {sums && <WeekTotals totals={sums} label={span} lang={lang} />}
      {data.rows?.map((d) => <DayTable key={d.day.date} d={d} lang={lang} data={data} showIgnored={showIgnored} gapsOnly={weekly} />)}
      {!!n?.ignored && <button type="button" class="link" onClick={() => setShowIgnored(!showIgnored)}>{showIgnored ? t('zohoRecHideIgnored') : t('zohoRecShowIgnored', [String(n.ignored)])}</button>}
    </section>
  );
}
