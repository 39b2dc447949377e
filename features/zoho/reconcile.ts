// After a lost or odd answer, Zoho is read before anything is sent again (docs/zoho-people.md §2,
// §3a): the running timer shows what a timer call did, the day's time logs whether a log was
// made; for a late stop's log (late.ts `relog`), the days' logs say how long it ran, before the
// delete, and whether it is gone, after a delete whose answer was lost.
import { localDate, type Params } from './api';
import { done, failed, keepLast, reflected, type OutcomeContext } from './calls';
import { relog } from './late';
import type { ZohoReply } from './parse';
import type { ZohoCall, ZohoSettings, ZohoState } from './state';

const DATE_FORMAT = 'yyyy-MM-dd';

/** The read that shows what became of `c` (for a start, before it: whose timer runs). */
export function reconcileRead(c: ZohoCall, s: ZohoSettings): { op: string; params: Params } {
  // A timer log is dated the day it started: the day of the real stop and the day before.
  if (c.kind === 'unlog') return { op: 'gettimelogs', params: { user: s.user, fromDate: localDate(c.from - 864e5), toDate: localDate(c.from), dateFormat: DATE_FORMAT } };
  if (c.kind !== 'log') return { op: 'getcurrentlyrunningtimer', params: { dateFormat: DATE_FORMAT } };
  const q = c.params;
  return { op: 'gettimelogs', params: { user: q.user!, jobId: q.jobId!, fromDate: q.workDate!, toDate: q.workDate!, dateFormat: DATE_FORMAT } };
}

/**
 * What the read `r` says: a call Zoho shows done leaves the queue (a start's log id is kept), and
 * the mirror is sure again. Whether the round goes on (a failed read waits for its retry).
 */
export function reconciled(z: ZohoState, c: ZohoCall, r: ZohoReply, s: ZohoSettings, ctx: OutcomeContext): boolean {
  if (!r.ok) return failed(z, r, false, ctx), false;
  const head = z.queue[0]?.id === c.id;
  const hit = head && (c.kind === 'unlog' ? relog(z, r.result, s) : reflected(z, c, r.result, s));
  if (hit) {
    done(z, c);
    if (typeof hit === 'string') z.ids = keepLast({ ...z.ids, [c.key]: hit });
  }
  z.uncertain = false;
  return true;
}
