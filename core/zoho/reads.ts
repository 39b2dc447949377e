// Reads only extension pages need (the worker does not carry them): the popup's time logged and
// comments, the options page's job picker. The worker renews tokens; a page only reports.
import type { HttpPort } from '../ports';
import { zohoCall } from './api';
import type { ZohoHosts } from './hosts';
import { comments, jobs, runningTimer, type RunningTimer, type ZohoComment, type ZohoJob } from './parse';

export interface ZohoDetails { running: RunningTimer | null; comments: ZohoComment[] }

/** The running timer, and the comments of log `timeLogId` when there is one. */
export async function details(http: HttpPort, hosts: ZohoHosts, token: string, timeLogId?: string): Promise<ZohoDetails> {
  const [run, list] = await Promise.all([
    zohoCall(http, hosts, token, 'getcurrentlyrunningtimer', { dateFormat: 'yyyy-MM-dd' }),
    timeLogId ? zohoCall(http, hosts, token, 'getcomments', { timeLogId }) : null,
  ]);
  return { running: run.ok ? runningTimer(run.result) : null, comments: list?.ok ? comments(list.result) : [] };
}

/** The user's in-progress jobs, every page (`sIndex`/`limit`, at most 10 pages of 200). */
export async function inProgressJobs(http: HttpPort, hosts: ZohoHosts, token: string, user: string): Promise<{ jobs: ZohoJob[]; failed?: { auth: boolean; message: string } }> {
  const out: ZohoJob[] = [];
  for (let page = 0; page < 10; page++) {
    const r = await zohoCall(http, hosts, token, 'getjobs', { assignedTo: user, jobStatus: 'in-progress', sIndex: page * 200 + 1, limit: 200 });
    if (!r.ok) return { jobs: out, failed: { auth: r.kind === 'auth', message: r.message || r.code } };
    out.push(...jobs(r.result));
    if (!r.more) break;
  }
  return { jobs: out };
}
