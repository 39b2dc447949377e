// The day's reconciliation (docs/zoho-people.md §7): TickTick's sessions beside Zoho's time logs.
// Times are local wall-clock times (new Date(y, m, d, h, min)), so the test holds in any zone.
import { describe, expect, it } from 'vitest';
import { reconcile, type FocusSession, type Job } from '../../../features/zoho/match';
import { logRequests } from '../../../features/zoho/log-it';
import { parseLog, type ZohoLog } from '../../../features/zoho/timelogs';
import { totals } from '../../../features/zoho/totals';

const at = (d: number, h: number, m = 0) => new Date(2026, 10, d, h, m).getTime();
const day = (d: number) => ({ date: `2026-11-${String(d).padStart(2, '0')}`, start: at(d, 0), end: at(d + 1, 0) });
const A: Job = { id: '500A', name: 'Backend', billing: 'billable' };
const B: Job = { id: '500B', name: 'Research', billing: 'non-billable' };
const jobOf = (taskId: string) => (taskId === 'b' ? B : A);

/** A session of segments [start, end] on task `id`. */
const session = (id: string, parts: { task: string; title?: string; segs: [number, number][] }[], note = ''): FocusSession => {
  const segs = parts.flatMap((p) => p.segs);
  const [start, end] = [Math.min(...segs.map((s) => s[0])), Math.max(...segs.map((s) => s[1]))];
  const ms = (p: { segs: [number, number][] }) => p.segs.reduce((n, [a, b]) => n + b - a, 0);
  const busy = parts.reduce((n, p) => n + ms(p), 0);
  return { id, start, end, pauseMs: end - start - busy, note, tasks: parts.map((p) => ({ id: p.task, title: p.title ?? p.task, ms: ms(p), segs: p.segs })) };
};
/** A row as gettimelogs gives it (docs/zoho-people.md §3b): minutes of the work date, seconds logged. */
const row = (id: string, workDate: string, jobId: string, fromTime: number, toTime: number, totaltime = (toTime - fromTime) * 60, type = 1) =>
  parseLog({ timelogId: id, workDate, jobId, jobName: jobId === B.id ? B.name : A.name, fromTime, toTime, totaltime, type, hours: '00:00', billingStatus: 'billable', taskName: 'x' })!;
const kinds = (rows: ReturnType<typeof reconcile>) => rows.map((r) => [r.kind, r.focusMin, r.zohoMin]);

describe('the reconciliation of a day', () => {
  it('a focus that never reached Zoho is a gap; "Log it" sends its real from/to on its day and job', () => {
    const s = session('S1', [{ task: 'a', title: 'Write the report', segs: [[at(23, 9, 0), at(23, 9, 25)]] }], 'Outline done');
    const [r] = reconcile([s], [], day(23), jobOf);
    expect([r!.kind, r!.focusMin, r!.key]).toEqual(['missing', 25, 'f:S1:500A:2026-11-23']);
    expect(logRequests(r!).map((q) => q.params)).toEqual([{ jobId: '500A', workDate: '2026-11-23', billingStatus: 'billable', fromTime: '09:00', toTime: '09:25', workItem: 'Write the report', description: 'Outline done' }]);
  });

  it('a Zoho log with no focus behind it is named as such; one that covers the focus matches it', () => {
    const s = session('S1', [{ task: 'a', segs: [[at(23, 9, 0), at(23, 9, 25, )]] }]);
    const logs = [row('L1', '2026-11-23', A.id, 540, 565), row('L2', '2026-11-23', A.id, 840, 900)];
    const rows = reconcile([s], logs, day(23), jobOf);
    expect(kinds(rows)).toEqual([['ok', 25, 25], ['extra', 0, 60]]);
    expect(rows[1]!.key).toBe('x:L2');
  });

  it('pauses: the focused minutes count, one timer log over the whole span matches, "Log it" leaves the pause out', () => {
    const s = session('S1', [{ task: 'a', segs: [[at(23, 9, 0), at(23, 9, 20)], [at(23, 9, 30), at(23, 10, 0)]] }]);
    // The mirror's timer log: stopped at the pause and resumed, 50 minutes on one log of 09:00–10:00.
    expect(kinds(reconcile([s], [row('T', '2026-11-23', A.id, 540, 600, 3000, 2)], day(23), jobOf))).toEqual([['ok', 50, 50]]);
    const [gap] = reconcile([s], [], day(23), jobOf);
    expect(logRequests(gap!).map((q) => `${q.params.fromTime}-${q.params.toTime}`)).toEqual(['09:00-09:20', '09:30-10:00']);
  });

  it('minutes that differ: what no log covers is what "Log it" sends; a minute of rounding is no gap', () => {
    const s = session('S1', [{ task: 'a', segs: [[at(23, 9, 0), at(23, 9, 50)]] }]);
    const [r] = reconcile([s], [row('L', '2026-11-23', A.id, 540, 565)], day(23), jobOf);
    expect([r!.kind, r!.focusMin, r!.zohoMin]).toEqual(['differs', 50, 25]);
    expect(logRequests(r!).map((q) => `${q.params.fromTime}-${q.params.toTime}`)).toEqual(['09:25-09:50']);
    expect(kinds(reconcile([s], [row('L', '2026-11-23', A.id, 540, 589, 49 * 60 + 10)], day(23), jobOf))).toEqual([['ok', 50, 49]]);
  });

  it('across midnight: each day has its own part, and a timer log of the first day counts on the second for what ran after midnight', () => {
    const s = session('S1', [{ task: 'a', segs: [[at(23, 23, 40), at(24, 0, 20)]] }]);
    // Zoho's timer log is dated the day it started; its toTime (00:20) is before its fromTime (23:40).
    const timer = row('T', '2026-11-23', A.id, 1420, 20, 40 * 60, 2);
    expect(kinds(reconcile([s], [timer], day(23), jobOf))).toEqual([['ok', 20, 20]]);
    expect(kinds(reconcile([s], [timer], day(24), jobOf))).toEqual([['ok', 20, 20]]);
    const [first] = reconcile([s], [], day(23), jobOf);
    const [second] = reconcile([s], [], day(24), jobOf);
    expect(logRequests(first!).map((q) => [q.params.workDate, q.params.fromTime, q.params.toTime])).toEqual([['2026-11-23', '23:40', '23:59']]);
    expect(logRequests(second!).map((q) => [q.params.workDate, q.params.fromTime, q.params.toTime])).toEqual([['2026-11-24', '00:00', '00:20']]);
  });

  it('a focus split over two jobs is two items: each matched on its own job, each gap logged on its job', () => {
    const s = session('S1', [{ task: 'a', segs: [[at(23, 9, 0), at(23, 9, 30)]] }, { task: 'b', segs: [[at(23, 9, 30), at(23, 10, 0)]] }]);
    const rows = reconcile([s], [row('LA', '2026-11-23', A.id, 540, 570)], day(23), jobOf);
    expect(rows.map((r) => [r.focus?.job.id, r.kind, r.focusMin, r.zohoMin])).toEqual([['500A', 'ok', 30, 30], ['500B', 'missing', 30, 0]]);
    expect(logRequests(rows[1]!).map((q) => [q.params.jobId, q.params.billingStatus, q.params.fromTime, q.params.toTime])).toEqual([['500B', 'non-billable', '09:30', '10:00']]);
    // A log on job A that runs on over the time of job B counts for A, the item it overlaps most on its own job.
    const over = reconcile([s], [row('LA', '2026-11-23', A.id, 540, 600)], day(23), jobOf);
    expect(over.map((r) => [r.focus?.job.id, r.kind])).toEqual([['500A', 'differs'], ['500B', 'missing']]);
  });

  it('an hours log (type 0, no times) matches a focus of its job on its work date; a session cached without segments is laid end to end', () => {
    const hours = parseLog({ timelogId: 'H', workDate: '2026-11-23', jobId: A.id, type: 0, hours: '00:25', totaltime: 1500 }) as ZohoLog;
    expect([hours.from, hours.sec]).toEqual([null, 1500]);
    const old: FocusSession = { id: 'S0', start: at(23, 14), end: at(23, 14, 30), pauseMs: 5 * 60_000, note: '', tasks: [{ id: 'a', title: 'a', ms: 25 * 60_000 }] };
    expect(kinds(reconcile([old], [hours], day(23), jobOf))).toEqual([['ok', 25, 25]]);
    expect(logRequests(reconcile([old], [], day(23), jobOf)[0]!).map((q) => `${q.params.fromTime}-${q.params.toTime}`)).toEqual(['14:00-14:25']);
    expect(reconcile([old], [hours], day(24), jobOf)).toEqual([]);
  });
});

describe('a week\'s totals', () => {
  it('per job and billing status: TickTick by the job its task maps to, Zoho by the log\'s own job and billing', () => {
    const mon = session('S1', [{ task: 'a', segs: [[at(23, 9, 0), at(23, 9, 50)]] }, { task: 'b', segs: [[at(23, 10, 0), at(23, 10, 30)]] }]);
    const tue = session('S2', [{ task: 'a', segs: [[at(24, 23, 30), at(25, 0, 30)]] }]);
    const logs = [row('L1', '2026-11-23', A.id, 540, 590), row('L2', '2026-11-24', A.id, 1410, 30, 3600, 2),
      parseLog({ timelogId: 'N', workDate: '2026-11-25', jobId: B.id, jobName: B.name, type: 1, fromTime: 600, toTime: 615, totaltime: 900, billingStatus: 'non-billable' })!];
    const week = [23, 24, 25].flatMap((d) => reconcile([mon, tue], logs, day(d), jobOf));
    const got = totals(week);
    expect(got.jobs.map((j) => [j.jobName, j.billing, j.focusMin, j.zohoMin])).toEqual([['Backend', 'billable', 110, 110], ['Research', 'non-billable', 30, 15]]);
    expect([got.billable.focusMin, got.billable.zohoMin, got.nonBillable.focusMin, got.nonBillable.zohoMin]).toEqual([110, 110, 30, 15]);
  });
});
