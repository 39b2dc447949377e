// Reads only extension pages need: the popup's time logged and comments, the options page's job
// picker. They go through the worker (`read`), which owns Zoho's call budget and renews tokens.
import type { Params } from './api';
import { comments, jobs, runningTimer, type RunningTimer, type ZohoComment, type ZohoJob, type ZohoReply } from './parse';

export type Read = (op: string, params: Params) => Promise<ZohoReply>;

/** The running timer as the popup shows it: with the seconds logged on it, running segment included. */
export type TimerDetails = RunningTimer & { totalSec: number };

export interface ZohoDetails { running: TimerDetails | null; comments: ZohoComment[] }

/** `totaltime` once Zoho has it, else `diff` (the running segment). */
function timerDetails(result: unknown): TimerDetails | null {
  const t = runningTimer(result);
  if (!t) return null;
  const { totaltime, diff } = result as { totaltime?: unknown; diff?: unknown };
  const total = Number(totaltime);
  const seg = Number(diff);
  return { ...t, totalSec: Number.isFinite(total) && total > 0 ? total : Number.isFinite(seg) ? seg : 0 };
}

/** The running timer, and the comments of log `timeLogId` when there is one. */
export async function details(read: Read, timeLogId?: string): Promise<ZohoDetails> {
  const [run, list] = await Promise.all([
    read('getcurrentlyrunningtimer', { dateFormat: 'yyyy-MM-dd' }),
    timeLogId ? read('getcomments', { timeLogId }) : null,
  ]);
  return { running: run.ok ? timerDetails(run.result) : null, comments: list?.ok ? comments(list.result) : [] };
}

const PAGE = 200;

/**
 * The user's in-progress jobs, every page: `sIndex` counts records from 0 and `limit` is at most
 * 200 (zoho.com/people/api/timesheet/get-jobs.html), read while `isNextAvailable`, at most 10
 * pages; a job on two pages (the list changed between reads) is listed once.
 */
export async function inProgressJobs(read: Read, user: string): Promise<{ jobs: ZohoJob[]; failed?: { auth: boolean; message: string } }> {
  const out = new Map<string, ZohoJob>();
  for (let page = 0; page < 10; page++) {
    const r = await read('getjobs', { assignedTo: user, jobStatus: 'in-progress', sIndex: page * PAGE, limit: PAGE });
    if (!r.ok) return { jobs: [...out.values()], failed: { auth: r.kind === 'auth', message: r.message || r.code } };
    for (const j of jobs(r.result)) if (!out.has(j.id)) out.set(j.id, j);
    if (!r.more) break;
  }
  return { jobs: [...out.values()] };
}
