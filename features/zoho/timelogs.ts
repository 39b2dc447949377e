// Zoho People's time logs as the reconciliation reads them (page side, through the worker's read
// path: features/zoho/pages.ts). `gettimelogs?user&fromDate&toDate&dateFormat&sIndex&limit≤200`
// (https://www.zoho.com/people/api/timesheet/get-timelogs.html); the rows' fields are those of
// https://www.zoho.com/people/api/timesheet/timelog-details.html (docs/zoho-people.md §3b).
import { isObj } from '../../kernel/json';
import type { Read } from './reads';

export type Billing = 'billable' | 'non-billable';

/** One time log: `from`/`to` absolute ms (null for an hours log, type 0), `sec` the seconds logged. */
export interface ZohoLog {
  id: string;
  jobId: string;
  jobName: string;
  workDate: string;
  from: number | null;
  to: number | null;
  sec: number;
  billing: Billing;
  workItem: string;
}

/** Local midnight of `yyyy-MM-dd` plus `min` minutes (a wall-clock time of that day, DST included). */
export function wall(date: string, min: number): number {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(y!, m! - 1, d!, 0, min).getTime();
}

const num = (v: unknown) => (typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN);

/** A row of `gettimelogs`, or null when it is none (no id, no date). `fromTime`/`toTime` are minutes of the day. */
export function parseLog(r: unknown): ZohoLog | null {
  if (!isObj(r)) return null;
  const id = String(r.timelogId ?? r.timeLogId ?? '');
  const workDate = String(r.workDate ?? '');
  if (!id || !/^\d{4}-\d{2}-\d{2}$/.test(workDate)) return null;
  const [a, b] = [num(r.fromTime), num(r.toTime)];
  // Type 0 is an hours log: no times. A log past midnight ends on the next day.
  const timed = Number(r.type) !== 0 && Number.isFinite(a) && Number.isFinite(b) && a !== b;
  const from = timed ? wall(workDate, a) : null;
  const to = timed ? wall(workDate, b < a ? b + 1440 : b) : null;
  const total = num(r.totaltime);
  const hm = /^(\d+):(\d{2})$/.exec(String(r.hours ?? ''));
  const sec = Number.isFinite(total) ? total : hm ? Number(hm[1]) * 3600 + Number(hm[2]) * 60 : from !== null ? (to! - from) / 1000 : 0;
  return {
    id, workDate, from, to, sec, jobId: String(r.jobId ?? ''), jobName: String(r.jobName ?? ''), workItem: String(r.taskName ?? ''),
    billing: /non/i.test(String(r.billingStatus ?? '')) ? 'non-billable' : 'billable',
  };
}

/**
 * The user's time logs from `fromDate` to `toDate` (yyyy-MM-dd, at most a month: 9007), every page
 * (`sIndex` from 0, `limit` 200, while `isNextAvailable`, at most 10 pages), or Zoho's reason.
 */
export async function readLogs(read: Read, user: string, fromDate: string, toDate: string): Promise<{ logs: ZohoLog[]; failed?: { auth: boolean; message: string } }> {
  const out = new Map<string, ZohoLog>();
  for (let page = 0; page < 10; page++) {
    const r = await read('gettimelogs', { user, fromDate, toDate, dateFormat: 'yyyy-MM-dd', sIndex: page * 200, limit: 200 });
    if (!r.ok) return { logs: [...out.values()], failed: { auth: r.kind === 'auth', message: r.message || r.code } };
    for (const l of (Array.isArray(r.result) ? r.result : []).map(parseLog)) if (l && !out.has(l.id)) out.set(l.id, l);
    if (!r.more) break;
  }
  return { logs: [...out.values()] };
}
