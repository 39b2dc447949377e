// A fake Zoho People time tracker and Zoho Accounts, written from Zoho's documentation
// (docs/zoho-people.md, with the page of each fact) and seed 002, independently of the extension:
// the client-based OAuth grant with its consent page and session refresh (accounts.mjs), the
// timetracker endpoints with their envelopes and casing traps (`timeLogId` from start, `timelogId`
// from the running timer), one running timer per user, `result` absent when nothing runs, comments
// only while running (8005), `getjobs` paged from sIndex 0, the time-log add, get and delete APIs
// (timelogs.mjs), 20 calls a minute per endpoint then a 5-minute lock, error switches and a
// request log. `handle()` is pure request → reply; server.mjs serves it.
import { createAccounts } from './accounts.mjs';
import { timeLogApi } from './timelogs.mjs';

export const ZOHO_USER = 'ana@acme.example';
export const ZOHO_CLIENT = '1000.SANDBOXCLIENT';
export const JOBS = [
  { jobId: '500000000000123001', jobName: 'Backend', projectId: '500000000000120001', projectName: 'Platform', jobStatus: 'In-progress', jobBillableStatus: 'Billable' },
  { jobId: '500000000000123002', jobName: 'Code review', projectId: '500000000000120001', projectName: 'Platform', jobStatus: 'In-progress', jobBillableStatus: 'Billable' },
  { jobId: '500000000000123003', jobName: 'Design sync', projectId: '500000000000120002', projectName: '客户门户', jobStatus: 'In-progress', jobBillableStatus: 'Non-Billable' },
  { jobId: '500000000000123004', jobName: 'Archived work', projectId: '500000000000120002', projectName: '客户门户', jobStatus: 'Completed', jobBillableStatus: 'Billable' },
];

export const SCOPE = 'ZOHOPEOPLE.timetracker.ALL';

/** `count` in-progress jobs (a big organisation: the picker pages through them). */
export const manyJobs = (count) => Array.from({ length: count }, (_, i) => ({
  jobId: `5000000000002${String(i).padStart(5, '0')}`, jobName: `Job ${i + 1}`, projectId: '500000000000120009', projectName: 'Big project', jobStatus: 'In-progress', jobBillableStatus: 'Billable',
}));

const json = (status, body) => ({ status, headers: { 'content-type': 'application/json;charset=UTF-8' }, body: JSON.stringify(body) });
const ok = (uri, message, result) => json(200, { response: { ...(result === undefined ? {} : { result }), message, uri, status: 0 } });
/** Timer start/pause report `errors` as an object, comments and lists as an array (docs/ticktick-protocol.md §1). */
const fail = (uri, message, code, errMessage, asArray) => {
  const e = { code, message: errMessage };
  return json(200, { response: { message, uri, errors: asArray ? [e] : e, status: 1 } });
};

export function createZoho({ now = Date.now, tokenLifeSec = 3600, jobs = JOBS } = {}) {
  const accounts = createAccounts({ now, tokenLifeSec, client: ZOHO_CLIENT, scope: SCOPE });
  const logs = new Map(); // timeLogId → {id, jobId, jobName, workItem, description, billingStatus, workDate, segments: [{from, to}], comments: []}
  let running = null; // timeLogId of the running timer
  let seq = 777000;
  const log = [];
  const faults = [];
  const sent = new Map(); // `${token}|${op}` → times
  const locks = new Map(); // `${token}|${op}` → until

  const newId = () => `500000000000${++seq}`;
  const date = (ms) => {
    const d = new Date(ms);
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  };
  const secsOfDay = (ms) => {
    const d = new Date(ms);
    return d.getHours() * 3600 + d.getMinutes() * 60 + d.getSeconds();
  };
  const total = (l) => Math.round(l.segments.reduce((s, g) => s + ((g.to ?? now()) - g.from), 0) / 1000);
  const okList = (uri, result, more) => json(200, { response: { result, message: 'Data fetched successfully', uri, status: 0, ...(more ? { isNextAvailable: true } : {}) } });
  const times = timeLogApi({ logs, jobs, user: ZOHO_USER, newId, total, date, now, ok, okList, fail });

  function timer(q, uri) {
    const id = q.get('timeLogId');
    const action = q.get('timer');
    if (!action) return fail(uri, 'Error in adding timelog', 8000, 'No timer specified');
    if (!id) {
      if (action !== 'start') return fail(uri, 'Error in pausing the timer', 8001, 'Wrong value for parameter timer');
      for (const p of ['user', 'jobId', 'workDate', 'billingStatus']) if (!q.get(p)) return fail(uri, 'Error in adding timelog', 8000, `No ${p} specified`);
      if (q.get('user') !== ZOHO_USER) return fail(uri, 'Logged-in user alone can start timer', 7038, 'Permission denied');
      const job = jobs.find((j) => j.jobId === q.get('jobId'));
      if (!job) return fail(uri, 'Error in adding timelog', 8001, 'Wrong value for parameter jobId');
      if (running) return fail(uri, 'Error in adding timelog', 8001, 'A timer is already running. Stop it before starting another');
      const l = { id: newId(), type: 2, jobId: job.jobId, jobName: job.jobName, workItem: q.get('workItem') ?? '', description: q.get('description') ?? '',
        billingStatus: q.get('billingStatus'), workDate: q.get('workDate'), segments: [{ from: now() }], comments: [] };
      logs.set(l.id, l);
      running = l.id;
      return ok(uri, 'Timelog entry added Successfully', [{ timeLogId: l.id }]);
    }
    const l = logs.get(id);
    if (!l) return fail(uri, action === 'stop' ? 'Error in pausing the timer' : 'Error in restarting the Timer', 8001, 'Wrong value for parameter timeLogId');
    if (action === 'stop') {
      if (running !== id) return fail(uri, 'Error in pausing the timer', 8001, 'Timer is not running');
      l.segments.at(-1).to = now();
      running = null;
      return ok(uri, 'Timer Paused successfully');
    }
    if (running === id) return fail(uri, 'Error in restarting the Timer', 8001, 'Timer is already running');
    if (running) return fail(uri, 'Error in restarting the Timer', 8001, 'Another timer is running');
    if (l.workDate !== date(now())) return fail(uri, 'Error in restarting the Timer', 8001, 'Timer can be added for only current day');
    l.segments.push({ from: now() });
    running = id;
    return ok(uri, 'Timer resumed successfully');
  }

  function runningResult() {
    const l = logs.get(running);
    if (!l) return undefined;
    const seg = l.segments.at(-1);
    const t = total(l);
    return { timerId: `${l.id}9`, timelogId: l.id, jobId: l.jobId, jobName: l.jobName, taskName: l.workItem, billingStatus: l.billingStatus === 'billable' ? 'billable' : 'nonbillable',
      workDate: l.workDate, isRunning: true, fromTime: secsOfDay(seg.from), date: secsOfDay(now()), diff: Math.round((now() - seg.from) / 1000), totaltime: t, hours: Math.floor(t / 60),
      erecno: '500000000000000042', employeename: 'Ana Example' };
  }

  function api(op, q, uri, method) {
    const writes = ['timer', 'addcomment', 'deletecomment', 'addtimelog', 'deletetimelog'];
    if (writes.includes(op) && method !== 'POST') return fail(uri, 'Method not allowed', 8001, 'Use POST', true);
    switch (op) {
      case 'timer': return timer(q, uri);
      case 'getcurrentlyrunningtimer': {
        const result = runningResult();
        return result ? ok(uri, 'Running Timer information fetched successfully', result) : ok(uri, 'No timer is running');
      }
      case 'getcomments': {
        const l = logs.get(q.get('timeLogId') ?? '');
        if (!l) return fail(uri, 'Error in fetching comments', 8001, 'Wrong value for parameter timeLogId', true);
        return ok(uri, 'Timer Comments fetched successfully', l.comments.map((c) => ({ createdTime: c.createdTime, comment: c.comment, commentId: c.commentId })));
      }
      case 'addcomment': {
        const l = logs.get(q.get('timeLogId') ?? '');
        if (!q.get('comment')) return fail(uri, 'Error in adding comment', 8000, 'No comment specified', true);
        if (!l) return fail(uri, 'Error in adding comment', 8001, 'Wrong value for parameter timeLogId', true);
        if (running !== l.id) return fail(uri, 'Error in adding comment', 8005, 'Comments can be added only when the timer is running', true);
        const c = { commentId: newId(), comment: q.get('comment'), createdTime: new Date(now()).toTimeString().slice(0, 8) };
        l.comments.push(c);
        return ok(uri, 'Timer Comment Added successfully', [{ commentId: c.commentId }]);
      }
      case 'deletecomment': {
        for (const l of logs.values()) {
          const i = l.comments.findIndex((c) => c.commentId === q.get('commentId'));
          if (i >= 0) {
            l.comments.splice(i, 1);
            return ok(uri, 'Timer Comments deleted successfully');
          }
        }
        return fail(uri, 'Error in deleting comment', 8001, 'Wrong value for parameter commentId', true);
      }
      case 'getjobs': {
        // sIndex: "from which record the response should be fetched", default 0; limit ≤ 200
        // (zoho.com/people/api/timesheet/get-jobs.html).
        if (!q.get('assignedTo')) return fail(uri, 'Error in fetching jobs', 9000, 'No assignedTo specified', true);
        const status = q.get('jobStatus');
        const all = jobs.filter((j) => !status || status === 'all' || (status === 'in-progress' && j.jobStatus === 'In-progress') || (status === 'completed' && j.jobStatus === 'Completed'));
        const start = Math.max(0, Number(q.get('sIndex') ?? 0) || 0);
        const limit = Math.min(200, Number(q.get('limit') ?? 200) || 200);
        return okList(uri, all.slice(start, start + limit), start + limit < all.length);
      }
      case 'addtimelog': return times.add(q, uri);
      case 'gettimelogs': return times.list(q, uri);
      case 'deletetimelog': {
        const r = times.remove(q, uri);
        if (!logs.has(running)) running = null; // a deleted running timer runs no more
        return r;
      }
      default: return { status: 404, headers: { 'content-type': 'text/html' }, body: '<html><body>Not found</body></html>' };
    }
  }

  function rateLimited(token, op, uri) {
    const k = `${token}|${op}`;
    if ((locks.get(k) ?? 0) > now()) return true;
    const times = (sent.get(k) ?? []).filter((t) => now() - t < 60_000);
    times.push(now());
    sent.set(k, times);
    if (times.length > 20) {
      locks.set(k, now() + 5 * 60_000);
      return true;
    }
    return false;
  }

  function takeFault(op) {
    const i = faults.findIndex((f) => !f.op || f.op === op);
    if (i < 0) return null;
    const f = faults[i];
    if (f.times !== Infinity && --f.times <= 0) faults.splice(i, 1);
    return f;
  }

  /** @param {{method: string, url: string, headers: Record<string,string>}} req */
  function handle(req) {
    const url = new URL(req.url, 'http://x');
    const entry = { at: now(), method: req.method, path: url.pathname, query: Object.fromEntries(url.searchParams), auth: req.headers.authorization ?? null, status: 0, fault: null };
    log.push(entry);
    const reply = (r) => ((entry.status = r.status ?? 0), r);
    const acc = accounts.handle(req.method, url.pathname, url.searchParams);
    if (acc) return reply(acc);
    const m = /^\/people\/api\/timetracker\/(\w+)$/.exec(url.pathname);
    if (!m) return reply({ status: 404, headers: { 'content-type': 'text/html' }, body: '<html><body>Not found</body></html>' });
    const op = m[1];
    const uri = `/api/timetracker/${op}`;
    const f = takeFault(op);
    if (f) entry.fault = f.kind;
    if (f?.kind === 'down') return reply({ destroy: true });
    if (f?.kind === 'hang') {
      if (f.apply) entry.appliedDuringHang = api(op, url.searchParams, uri, req.method).status;
      return reply({ hang: true });
    }
    if (f?.kind === 'html') return reply({ status: 200, headers: { 'content-type': 'text/html' }, body: '<html><head><title>Zoho Accounts</title></head><body>Sign in</body></html>' });
    if (f?.kind === 'status') return reply(json(f.code, { response: { message: 'Internal error', uri, status: 1 } }));
    const token = /^Zoho-oauthtoken (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    const exp = token ? accounts.expiry(token) : undefined;
    if (!exp || exp < now()) return reply(json(401, { response: { message: 'Invalid OAuth token', uri, errors: { code: 7202, message: 'The OAuth token is invalid or has expired' }, status: 1 } }));
    if (rateLimited(token, op, uri)) {
      entry.locked = true;
      return reply(json(200, { response: { message: 'API access blocked since threshold limit exceeded. Please try after some time', uri, errors: { code: 7209, message: 'API access blocked since threshold limit exceeded. Please try after some time' }, status: 1 } }));
    }
    if (f?.kind === 'code') {
      if (f.apply) entry.appliedBeforeCode = api(op, url.searchParams, uri, req.method).status; // done, then an odd answer
      return reply(fail(uri, f.message ?? 'Error in adding timelog', f.code, f.errMessage ?? 'Cannot log time during Weekend/Holidays/Leave', f.asArray));
    }
    return reply(api(op, url.searchParams, uri, req.method));
  }

  return {
    handle, log, logs, tokens: accounts.tokens, accounts,
    get running() { return running ? logs.get(running) : null; },
    /** Requests to the time tracker API, oldest first (not the OAuth page). */
    calls: () => log.filter((e) => e.path.startsWith('/people/')),
    /** Another client (Zoho's own web page) starts a timer on this user. */
    startElsewhere(jobId = (jobs[1] ?? jobs[0]).jobId, workItem = 'Started in Zoho') {
      const job = jobs.find((j) => j.jobId === jobId);
      const l = { id: newId(), type: 2, jobId, jobName: job.jobName, workItem, description: '', billingStatus: 'billable', workDate: date(now()), segments: [{ from: now() }], comments: [] };
      logs.set(l.id, l);
      running = l.id;
      return l;
    },
    /** Someone logs time in Zoho's own web page: a from–to log (minutes of `workDate`), type 1. */
    logElsewhere({ jobId = jobs[0].jobId, workDate = date(now()), from, to, workItem = 'Logged in Zoho', billingStatus = 'billable' }) {
      const job = jobs.find((j) => j.jobId === jobId);
      const l = { id: newId(), type: 1, jobId, jobName: job.jobName, workItem, description: '', billingStatus, workDate, from, to, sec: (to - from) * 60, segments: [], comments: [] };
      logs.set(l.id, l);
      return l;
    },
    /** Makes every token expire now (the browser slept past the hour). */
    expireTokens: accounts.expireTokens,
    /** Time logs added through addtimelog (not timer logs), oldest first. */
    addedLogs: () => [...logs.values()].filter((l) => l.type !== 2),
    totalSec: (l) => (l.type === 2 ? total(l) : l.sec),
    setFault(kind, opts = {}) { faults.push({ kind, times: opts.times ?? Infinity, ...opts }); },
    clearFaults() { faults.length = 0; },
  };
}
