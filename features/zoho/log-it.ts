// "Log it" under a gap of the reconciliation: the focus's own minutes as Zoho time logs with
// `fromTime`/`toTime` on its day and job (https://www.zoho.com/people/api/timesheet/add-timelogs.html),
// queued by the worker behind the mirror's calls and within Zoho's budget (messages.ts `zohoLog`).
import { localDate, type Params } from './api';
import type { Row, Span } from './match';
import { sendZoho } from './messages';

/** One `addtimelog`: the span it stands for, and its query (the worker adds `user`). */
export interface LogRequest { from: number; to: number; params: Params }

const hm = (ms: number) => new Date(ms).toTimeString().slice(0, 5);

/** The calls that log `spans` of `row`'s focus (each within one day: a span ending at midnight ends at 23:59, as late.ts writes it). */
export function logRequests(row: Row, spans: Span[] = row.toLog): LogRequest[] {
  const f = row.focus;
  if (!f) return [];
  return spans.map(([from, to]) => {
    const d = new Date(from);
    const midnight = new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1).getTime();
    return {
      from, to, params: {
        jobId: f.job.id, workDate: localDate(from), billingStatus: f.job.billing, fromTime: hm(from), toTime: to >= midnight ? '23:59' : hm(to),
        workItem: (f.title || 'Focus').slice(0, 500), ...(f.note ? { description: f.note.slice(0, 250) } : {}),
      },
    };
  });
}

/** Sends the row's gap to the worker's queue; resolves once the worker's round is over (sent, or waiting for Zoho). */
export const logIt = (row: Row) => sendZoho('zohoLog', logRequests(row));
