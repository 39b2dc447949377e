// Zoho People as Zoho behaves, against the fake that follows Zoho's pages: every job
// listed, renewal through the session refresh, odd codes not dropped, late calls as time logs.
import { beforeEach, describe, expect, it } from 'vitest';
import { createZohoMirror } from '../../../features/zoho/service';
import { checkedHosts } from '../../../features/zoho/hosts';
import { inProgressJobs } from '../../../features/zoho/reads';
import type { Want } from '../../../features/zoho/mirror';
import { JOBS, manyJobs } from '../../fake-zoho/zoho.mjs';
import { fakeZohoPorts } from './fake-ports';
import { ZOHO_MIGRATIONS } from '../../../features/zoho/migrations';
import { parseZoho } from '../../../features/zoho/parse';
import type { DataCentre } from '../../../features/zoho/hosts';

let clock: { now: number };
let f: ReturnType<typeof fakeZohoPorts>;
let mirror: ReturnType<typeof createZohoMirror>;
const want = (w: Partial<Want> = {}): Want => ({ sid: 'S1', running: true, title: 'Write the quarterly report', note: '', ...w });
const timerCalls = () => f.zoho.calls().filter((c) => c.path.endsWith('/timer')).map((c) => c.query.timer);
async function step(w: Partial<Want>, advanceMs = 60_000) {
  clock.now += advanceMs;
  await mirror.follow(want(w));
  await mirror.settled();
}
/** Lets every retry the mirror scheduled fire, `times` times at most. */
async function retries(times = 10) {
  for (let i = 0; i < times && f.state.queue.length; i++) {
    clock.now = Math.max(clock.now, f.alarms.get('zohoRetry') ?? clock.now);
    await mirror.resume();
    await mirror.settled();
  }
}
function setup(opts: Parameters<typeof fakeZohoPorts>[1] = {}, session = true) {
  clock = { now: new Date(2026, 10, 23, 9, 0).getTime() };
  f = fakeZohoPorts(clock, opts);
  f.connect(session);
  mirror = createZohoMirror(f.ports);
}
beforeEach(() => setup());

describe('jobs (getjobs from sIndex 0 by 200)', () => {
  it('a user with one job sees it', async () => {
    setup({ jobs: [JOBS[0]!] });
    const r = await inProgressJobs(mirror.read, f.settings.user);
    expect(r.jobs.map((j) => j.name)).toEqual(['Backend']);
    expect(f.zoho.calls().map((c) => c.query.sIndex)).toEqual(['0']);
  });
  it('450 jobs: pages 0, 200, 400 while isNextAvailable, each job once', async () => {
    setup({ jobs: manyJobs(450) });
    const r = await inProgressJobs(mirror.read, f.settings.user);
    expect(r.jobs).toHaveLength(450);
    expect(new Set(r.jobs.map((j) => j.id)).size).toBe(450);
    expect(f.zoho.calls().map((c) => [c.query.sIndex, c.query.limit])).toEqual([['0', '200'], ['200', '200'], ['400', '200']]);
  });
});

describe('renewal', () => {
  it('granted for the session: an expired token is renewed through /oauth/v2/auth/refresh, no reconnect', async () => {
    f.zoho.expireTokens();
    await step({});
    expect(f.zoho.running).not.toBeNull();
    expect(f.zoho.log.filter((e) => e.path.startsWith('/oauth/')).map((e) => e.path))
      .toEqual(['/oauth/v2/auth', '/oauth/v2/auth/consent', '/oauth/v2/auth/refresh']);
    expect(f.state.error).toBeNull();
  });
  it('not granted: no window-less attempt; "Reconnect" says to tick the box; the calls wait, then go', async () => {
    setup({}, false);
    expect(f.state.granted).toBe(false);
    f.zoho.expireTokens();
    await step({});
    await step({ running: false });
    expect(f.state.error).toMatchObject({ reconnect: true, message: 'zohoReconnectTick' });
    expect(f.zoho.log.some((e) => e.path === '/oauth/v2/auth/refresh')).toBe(false);
    expect(f.state.queue.map((c) => c.kind)).toEqual(['start', 'stop']);
    clock.now += 3 * 3_600_000; // the reconnect is left for the evening
    f.connect(true);
    await mirror.connected(true);
    await mirror.settled();
    expect(f.state.queue).toEqual([]);
    expect(f.zoho.addedLogs()).toHaveLength(1); // the focus waited past a minute: logged as its minutes
  });
});

describe('a write answered with a code Zoho does not document', () => {
  const odd = { code: 7300, message: 'Error in pausing the timer', errMessage: 'Something unexpected', op: 'timer' };
  it('a stop: Zoho still runs the timer, so the stop is sent again and the timer stops', async () => {
    await step({});
    f.zoho.setFault('code', { ...odd, times: 1 });
    await step({ running: false });
    expect(f.zoho.running).not.toBeNull();
    expect(f.state.uncertain).toBe(true);
    await retries();
    expect(f.zoho.running).toBeNull();
    expect(timerCalls()).toEqual(['start', 'stop', 'stop']);
    expect(f.state.error).toBeNull();
  });
  it('a stop refused with a message but no code at all is not dropped: checked, sent again, the timer stops', async () => {
    await step({});
    f.zoho.setFault('code', { ...odd, code: undefined, times: 1 });
    await step({ running: false });
    expect(f.zoho.running).not.toBeNull();
    expect(f.state.queue.map((c) => c.kind)).toEqual(['stop']);
    await retries();
    expect(f.zoho.running).toBeNull();
    expect(timerCalls()).toEqual(['start', 'stop', 'stop']);
  });
  it('a stop Zoho did apply: the running timer shows it, nothing is sent twice', async () => {
    await step({});
    f.zoho.setFault('code', { ...odd, times: 1, apply: true });
    await step({ running: false });
    await retries();
    expect(timerCalls()).toEqual(['start', 'stop']);
    expect(f.state.queue).toEqual([]);
  });
  it('a start is checked the same way before it is sent again', async () => {
    f.zoho.setFault('code', { ...odd, message: 'Error in adding timelog', times: 1, apply: true });
    await step({});
    await retries();
    expect(timerCalls()).toEqual(['start']); // the running timer showed ours: adopted, not started twice
    await step({ running: false });
    expect(f.zoho.running).toBeNull();
  });
  it('when Zoho keeps answering so, the retries are capped and the user is told in words', async () => {
    await step({});
    f.zoho.setFault('code', { ...odd });
    await step({ running: false });
    await retries(20);
    expect(timerCalls().filter((t) => t === 'stop')).toHaveLength(6);
    expect(f.state.queue).toEqual([]);
    expect(f.state.error?.message).toBe('zohoGaveUp(Error in pausing the timer: Something unexpected)');
  });
});

describe('late calls become time logs of the real minutes', () => {
  const ymd = '2026-11-23';
  it('a whole focus while Zoho is unreachable: one time log 09:00–09:25 on that day, no timer', async () => {
    f.zoho.setFault('down');
    await step({}, 0);
    clock.now += 25 * 60_000;
    await mirror.follow(want({ running: false, note: 'Outline done' }));
    await mirror.settled();
    f.zoho.clearFaults();
    clock.now += 30 * 60_000;
    await retries();
    expect(timerCalls()).toEqual([]);
    const [log, ...more] = f.zoho.addedLogs();
    expect(more).toEqual([]);
    expect(log).toMatchObject({ type: 1, jobId: JOBS[0]!.jobId, workDate: ymd, from: 9 * 60, to: 9 * 60 + 25, workItem: 'Write the quarterly report', description: 'Outline done', billingStatus: 'billable' });
    const sent = f.zoho.calls().find((c) => c.path.endsWith('/addtimelog'))!;
    expect([sent.method, sent.query.fromTime, sent.query.toTime, sent.query.user]).toEqual(['POST', '09:00', '09:25', 'ana@acme.example']);
  });
  it('a focus that still runs when Zoho is back: its minutes so far are logged, its timer runs from now', async () => {
    f.zoho.setFault('status', { code: 503 });
    await step({}, 0);
    clock.now += 10 * 60_000;
    f.zoho.clearFaults();
    await retries();
    expect(f.zoho.addedLogs().map((l) => [l.from, l.to])).toEqual([[540, 550]]);
    expect(f.zoho.running).not.toBeNull();
    expect(timerCalls()).toEqual(['start']);
  });
  it('a call less than a minute late still goes as a timer call', async () => {
    f.zoho.setFault('status', { code: 503, times: 1, op: 'timer' });
    await step({}, 0);
    await retries();
    expect(f.zoho.addedLogs()).toEqual([]);
    expect(f.zoho.running).not.toBeNull();
  });
  it('where Zoho refuses the log, the minutes and the reason are kept for the popup', async () => {
    f.zoho.setFault('down');
    await step({}, 0);
    await step({ running: false }, 25 * 60_000);
    f.zoho.clearFaults();
    f.zoho.setFault('code', { code: 8008, op: 'addtimelog', times: 1, message: 'Error in adding timelog', errMessage: 'Cannot log time during Weekend/Holidays/Leave' });
    await retries();
    expect(f.state.queue).toEqual([]);
    expect(f.state.missed).toEqual([{ from: new Date(2026, 10, 23, 9, 0).getTime(), to: new Date(2026, 10, 23, 9, 25).getTime(), why: 'Error in adding timelog: Cannot log time during Weekend/Holidays/Leave' }]);
    await mirror.dismissMissed();
    expect(f.state.missed).toEqual([]);
  });
  it('a time log whose answer was lost is found in gettimelogs, not added twice', async () => {
    f.zoho.setFault('down');
    await step({}, 0);
    await step({ running: false }, 25 * 60_000);
    f.zoho.clearFaults();
    f.zoho.setFault('hang', { op: 'addtimelog', times: 1, apply: true });
    await retries();
    expect(f.zoho.addedLogs()).toHaveLength(1);
    expect(f.zoho.calls().filter((c) => c.path.endsWith('/addtimelog')).map((c) => c.fault)).toEqual(['down', 'hang']); // one tried in the outage, one applied
    expect(f.zoho.calls().some((c) => c.path.endsWith('/gettimelogs') && c.query.fromDate === ymd)).toBe(true);
    expect(f.state.queue).toEqual([]);
  });
});

describe('a stop that goes out late: Zoho ends up with the real minutes', () => {
  const t = (h: number, m: number) => new Date(2026, 10, 23, h, m).getTime();
  /** Starts on time at 09:00, pauses at 09:25 while Zoho is unreachable, Zoho back at 11:00. */
  async function pauseUnreachable(fault = () => f.zoho.setFault('down')) {
    await step({}, 0);
    expect(f.zoho.running).not.toBeNull();
    const id = f.zoho.running!.id;
    fault();
    await step({ running: false }, 25 * 60_000);
    clock.now = t(11, 0);
    f.zoho.clearFaults();
    return id;
  }
  const ops = () => f.zoho.calls().filter((c) => c.status === 200 && !c.fault).map((c) => c.path.split('/').pop());
  it('the timer stops, its 2-hour log is deleted and 09:00–09:25 logged instead, with the log\'s job, billing and work item', async () => {
    const id = await pauseUnreachable();
    await retries();
    expect(f.zoho.running).toBeNull();
    expect(f.zoho.logs.has(id)).toBe(false);
    const [log, ...more] = [...f.zoho.logs.values()];
    expect(more).toEqual([]);
    expect(log).toMatchObject({ type: 1, jobId: JOBS[0]!.jobId, workDate: '2026-11-23', from: 9 * 60, to: 9 * 60 + 25, workItem: 'Write the quarterly report', billingStatus: 'billable', sec: 25 * 60 });
    expect(ops().slice(-4)).toEqual(['timer', 'gettimelogs', 'deletetimelog', 'addtimelog']);
    const del = f.zoho.calls().find((c) => c.path.endsWith('/deletetimelog'))!;
    expect([del.method, del.query]).toEqual(['POST', { timeLogId: id }]);
    expect([f.state.queue, f.state.missed]).toEqual([[], []]);
  });
  it('a stop that reaches Zoho within a minute changes nothing: the timer log stays', async () => {
    await step({}, 0);
    const id = f.zoho.running!.id;
    f.zoho.setFault('status', { code: 503, times: 1, op: 'timer' });
    await step({ running: false }, 25 * 60_000);
    await retries();
    expect(f.zoho.running).toBeNull();
    expect([...f.zoho.logs.keys()]).toEqual([id]);
    expect(ops().filter((o) => o !== 'timer' && o !== 'getcurrentlyrunningtimer')).toEqual([]);
  });
  it('a stop that arrived on time but whose answer was lost, seen done minutes later, is not corrected', async () => {
    await step({}, 0);
    const id = f.zoho.running!.id;
    f.zoho.setFault('hang', { op: 'timer', times: 1, apply: true });
    await step({ running: false }, 25 * 60_000);
    clock.now += 5 * 60_000;
    await retries();
    expect([f.zoho.running, [...f.zoho.logs.keys()], f.state.queue]).toEqual([null, [id], []]);
    expect(f.zoho.totalSec(f.zoho.logs.get(id)!)).toBe(25 * 60);
  });
  it('Zoho refusing the delete: the popup\'s list names 09:25–11:00 as logged too many, with Zoho\'s reason; nothing added', async () => {
    const id = await pauseUnreachable();
    f.zoho.setFault('code', { code: 9009, op: 'deletetimelog', times: 1, message: 'Error occured', errMessage: 'Payment has already been processed', asArray: true });
    await retries();
    expect(f.zoho.logs.has(id)).toBe(true);
    expect(f.zoho.addedLogs()).toEqual([]);
    expect(f.state.queue).toEqual([]);
    expect(f.state.missed).toEqual([{ from: t(9, 25), to: t(11, 0), why: 'Error occured: Payment has already been processed', extra: true }]);
  });
  it('a delete whose answer was lost is checked in gettimelogs: deleted once, the real minutes added once', async () => {
    const id = await pauseUnreachable();
    f.zoho.setFault('hang', { op: 'deletetimelog', times: 1, apply: true });
    await retries();
    expect(f.zoho.logs.has(id)).toBe(false);
    expect(f.zoho.addedLogs().map((l) => [l.from, l.to])).toEqual([[540, 565]]);
    expect(f.zoho.calls().filter((c) => c.path.endsWith('/deletetimelog')).map((c) => c.fault)).toEqual(['hang']);
  });
  it('a log already gone from Zoho (deleted there) is not deleted again and nothing is added', async () => {
    const id = await pauseUnreachable();
    f.zoho.setFault('status', { code: 503, times: 1, op: 'gettimelogs' });
    await retries(1); // the stop goes out, the read fails once
    f.zoho.logs.delete(id);
    await retries();
    expect([f.zoho.running, f.zoho.addedLogs(), f.state.queue, f.state.missed]).toEqual([null, [], [], []]);
    expect(f.zoho.calls().some((c) => c.path.endsWith('/deletetimelog'))).toBe(false);
  });
  it('a resume waiting behind the late stop starts a new timer (the old log is gone)', async () => {
    await step({}, 0);
    f.zoho.setFault('down');
    await step({ running: false }, 25 * 60_000);
    clock.now = t(9, 40);
    f.zoho.clearFaults();
    f.zoho.setFault('status', { code: 503, times: 1, op: 'deletetimelog' });
    await mirror.follow(want()); // resumed at 09:40, one retry to go for the correction
    await mirror.settled();
    await retries();
    expect(f.zoho.running).not.toBeNull();
    expect(f.zoho.running!.workItem).toBe('Write the quarterly report');
    expect(f.zoho.addedLogs().map((l) => [l.from, l.to])).toEqual([[540, 565]]);
    expect(timerCalls().slice(-1)).toEqual(['start']);
  });
});

describe('what else #15 checks', () => {
  it('a v1 zoho item keeps everything and gains granted: false, missed: []', () => {
    const v1 = { log: null, ids: { 'S1:2026-11-23': '500000000000777001' }, queue: [{ id: 'a', key: 'S1:2026-11-23', kind: 'stop' }], retry: null, uncertain: false, error: null, foreign: null, sent: {} };
    expect(ZOHO_MIGRATIONS[1]!(v1)).toEqual({ ...v1, granted: false, missed: [] });
  });
  it('a stored data centre off Zoho\'s list sends nothing anywhere', () => {
    expect(checkedHosts('uk').api('timer')).toBe('https://people.zoho.uk/people/api/timetracker/timer');
    expect(() => checkedHosts('com.evil.example' as DataCentre)).toThrow('unknown Zoho data centre');
  });
  it('status 1 with a code the pages do not document is "unknown", not a final refusal', () => {
    const raw = (code: number) => ({ status: 200, contentType: 'application/json', redirected: false, text: `{"response":{"message":"Error in pausing the timer","uri":"/api/timetracker/timer","errors":{"code":${code},"message":"odd"},"status":1}}` });
    expect(parseZoho(raw(7300))).toMatchObject({ ok: false, kind: 'unknown', code: '7300' });
    expect(parseZoho(raw(8008))).toMatchObject({ ok: false, kind: 'business' });
  });
});
