// The reconciliation's data: Zoho's time logs of the days shown (and the day before: a timer log
// running past midnight is dated the day it started), read through the worker's budget
// (pages.ts); the rows matched per day (match.ts); "Log it" and "Ignore".
import { useEffect, useMemo, useState } from 'preact/hooks';
import { localDate } from '../api';
import { gapsValue } from '../gaps-memo';
import { ignoredItem, setIgnored, type Ignored } from '../ignored';
import { zohoItem } from '../item';
import { logIt } from '../log-it';
import { reconcile, type Day, type FocusSession, type Job, type Row } from '../match';
import { zohoTimeLogs } from '../pages';
import type { ZohoLog } from '../timelogs';
import { t } from '../../../browser/i18n';

export interface DayRows { day: Day; rows: Row[] }

export function useReconcile(days: Day[], sessions: FocusSession[], jobOf: (taskId: string) => Job, user: string) {
  const [logs, setLogs] = useState<ZohoLog[] | null>(null);
  const [error, setError] = useState('');
  const [ignored, setIgnoredState] = useState<Ignored>({});
  /** Per row key: what its "Log it" came to ('' once done). */
  const [notes, setNotes] = useState<Record<string, string>>({});
  const [from, to] = [localDate(days[0]!.start - 864e5), days.at(-1)!.date];
  const load = () => zohoTimeLogs(user, from, to).then((r) => {
    setLogs(r.logs);
    setError(r.error ?? '');
  }, (e) => setError(t('zohoFailed', [String(e)])));
  useEffect(() => {
    setLogs(null);
    void load();
  }, [user, from, to]);
  useEffect(() => void ignoredItem.getValue().then(setIgnoredState), []);
  const rows = useMemo<DayRows[] | null>(() => logs && days.map((day) => ({ day, rows: reconcile(sessions, logs, day, jobOf) })), [logs, sessions, from, to, jobOf]);
  const note = (key: string, text: string) => setNotes((n) => ({ ...n, [key]: text }));

  /** The user's click: the gap's minutes go to the worker's queue; then Zoho is read again. */
  async function logRow(row: Row) {
    note(row.key, t('zohoRecSending'));
    try {
      await logIt(row);
      const z = await zohoItem.getValue();
      const froms = new Set(row.toLog.map((s) => s[0]));
      const refused = z.missed.find((m) => froms.has(m.from));
      const waiting = z.queue.some((c) => c.kind === 'log' && froms.has(c.from));
      note(row.key, refused ? t('zohoFailed', [refused.why]) : waiting ? t('zohoRecWaiting') : '');
    } catch (e) {
      note(row.key, t('zohoFailed', [String(e)]));
    }
    await gapsValue.remove(); // the popup's count is out of date now
    await load();
  }
  const ignore = async (row: Row, date: string, on: boolean) => {
    setIgnoredState(await setIgnored([row.key], date, on));
    await gapsValue.remove();
  };
  return { rows, error, ignored, notes, logRow, ignore };
}
