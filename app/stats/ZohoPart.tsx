// The statistics page's Zoho People part, composed here (the stats and zoho features do not know
// each other): when the mirror is on, the reconciliation (features/zoho/ui/Reconcile.tsx, a chunk
// of its own) gets the page's sessions, the day's edges in local time, and each task's job (its
// list's, by the page's list index).
import { useEffect, useMemo, useState } from 'preact/hooks';
import { useLazy } from '../../ui/use-lazy';
import type { BelowProps } from '../../features/stats/ui/Stats';
import { rangeOf, weekStartOf } from '../../features/stats/ranges';
import { dayStartMs, isoDay } from '../../features/stats/zone';
import { jobFor, reconcileOn } from '../../features/zoho/jobs';
import type { Job } from '../../features/zoho/match';
import type { ZohoSettings } from '../../features/zoho/state';
import { readSettings } from '../settings';

const load = () => import('../../features/zoho/ui/Reconcile').then((m) => m.Reconcile);

/** Every task's job: the one its list maps to, else the default (features/zoho/jobs.ts); `tasks`: task id → list id (the page's list index). */
export const jobsOf = (z: ZohoSettings, tasks: Record<string, string> = {}) => (taskId: string): Job => jobFor(z, tasks[taskId]);

const dayOf = (n: number) => ({ date: isoDay(n), start: dayStartMs(n), end: dayStartMs(n + 1) });

export function ZohoPart({ sessions, day, range, lists, lang }: BelowProps) {
  const [zoho, setZoho] = useState<ZohoSettings | null>(null);
  useEffect(() => void readSettings().then((s) => setZoho(s.zoho)), []);
  const on = !!zoho && reconcileOn(zoho);
  const Reconcile = useLazy(load, on);
  const jobOf = useMemo(() => zoho && jobsOf(zoho, lists.tasks), [zoho, lists]);
  const d = useMemo(() => dayOf(day), [day]);
  // The day's week, within the page's range (only the range's sessions are read).
  const week = useMemo(() => {
    const w = rangeOf('week', day, weekStartOf(navigator.language));
    return Array.from({ length: 7 }, (_, i) => w.from + i).filter((n) => n >= range.from && n <= range.to).map(dayOf);
  }, [day, range.from, range.to]);
  if (!on || !Reconcile || !jobOf) return null;
  return <Reconcile day={d} week={week} sessions={sessions} jobOf={jobOf} user={zoho.user} lang={lang} />;
}
