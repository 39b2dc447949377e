import { beforeEach, describe, expect, it } from 'vitest';
import { reflected } from '../../../features/zoho/calls';
import { relog } from '../../../features/zoho/late';
import type { Want } from '../../../features/zoho/mirror';
import { createZohoMirror } from '../../../features/zoho/service';
import { DEFAULT_ZOHO, initialZoho, type ZohoCall } from '../../../features/zoho/state';
import { JOBS } from '../../fake-zoho/zoho.mjs';
import { fakeZohoPorts } from './fake-ports';

const [BACKEND, REVIEW, DESIGN] = JOBS.map((j) => j.jobId);
let clock: { now: number };
let f: ReturnType<typeof fakeZohoPorts>;
let mirror: ReturnType<typeof createZohoMirror>;
let lookups: string[];
const LISTS: Record<string, string> = { t1: 'list-work', t2: 'list-life' };
async function step(w: Partial<Want>, advanceMs = 60_000) {
  clock.now += advanceMs;
  await mirror.follow({ sid: 'S1', running: true, title: 'Task', note: '', ...w });
  await mirror.settled();
}
const logs = () => [...f.zoho.logs.values()].map((l) => `${l.jobId}:${l.billingStatus}:${f.zoho.totalSec(l)}`);

beforeEach(() => {
  clock = { now: new Date(2026, 10, 23, 9, 0).getTime() };
  f = fakeZohoPorts(clock);
  f.settings.jobs = [{ listId: 'list-work', jobId: REVIEW!, jobName: 'Code review' }, { listId: 'list-life', jobId: DESIGN!, jobName: 'Design sync', billing: 'non-billable' }];
  lookups = [];
  f.ports.listOf = async (id) => (lookups.push(id), LISTS[id]);
  f.connect();
  mirror = createZohoMirror(f.ports);
});

describe('the mirror logs each focus to its task\'s list\'s job (fake Zoho People)', () => {
  it('two focuses on tasks of two mapped lists: two logs on the two jobs', async () => {
    await step({ taskId: 't1' });
    await step({ sid: null, running: false }, 120_000);
    await step({ sid: 'S2', taskId: 't2' });
    await step({ sid: null, running: false }, 180_000);
    expect(logs()).toEqual([`${REVIEW}:billable:120`, `${DESIGN}:non-billable:180`]);
  });
  it('a task of another job mid-focus: the first log stops, the rest of the focus is a log on the new job', async () => {
    await step({ taskId: 't1' });
    await step({ taskId: 't2' }, 120_000);
    await step({ sid: null, running: false }, 60_000);
    expect(logs()).toEqual([`${REVIEW}:billable:120`, `${DESIGN}:non-billable:60`]);
    expect(f.state.queue).toEqual([]);
  });
  it('no task: the default job; with no mappings the task\'s list is not even looked up', async () => {
    await step({});
    await step({ sid: null, running: false }, 60_000);
    f.settings.jobs = [];
    await step({ sid: 'S2', taskId: 't1' });
    await step({ sid: null, running: false }, 60_000);
    expect(logs()).toEqual([`${BACKEND}:billable:60`, `${BACKEND}:billable:60`]);
    expect(lookups).toEqual([]);
  });
});

describe('TickTick\'s states reach the mirror in their order', () => {
  it('an End right after a start whose task\'s list is still being looked up leaves no timer running', async () => {
    let release: (() => void) | null = null;
    f.ports.listOf = (id) => new Promise((ok) => (release = () => ok(LISTS[id])));
    clock.now += 60_000;
    const start = mirror.follow({ sid: 'S1', running: true, title: 'Task', note: '', taskId: 't1' });
    const end = mirror.follow({ sid: null, running: false, title: '', note: '' });
    while (!release) await new Promise((r) => setTimeout(r, 0)); // the lookup has begun, the End is in
    (release as () => void)();
    await Promise.all([start, end]);
    await mirror.settled();
    expect(f.state.log?.running ?? false).toBe(false);
  });
});

describe('what assumed the default job uses the log\'s own', () => {
  it('a lost start is found by its own job in the running timer', () => {
    const c: ZohoCall = { id: 'c', key: 'S1:d', kind: 'start', params: { jobId: REVIEW! } };
    const result = { jobId: REVIEW, timelogId: 'L9' };
    expect(reflected(initialZoho(), c, result, { ...DEFAULT_ZOHO, jobId: BACKEND! })).toBe('L9');
    expect(reflected(initialZoho(), c, { ...result, jobId: BACKEND }, { ...DEFAULT_ZOHO, jobId: BACKEND! })).toBe(false);
  });
  it('a time log whose answer was lost is found only by its own minutes, not by another log begun in the same minute', () => {
    const c = { id: 'c', key: 'S1:d', kind: 'log', from: 0, to: 0, params: { jobId: REVIEW!, workDate: '2026-11-23', fromTime: '09:00', toTime: '09:25' } } as ZohoCall;
    const row = (fromTime: number, toTime: number, jobId = REVIEW) => [{ timelogId: 'x', jobId, workDate: '2026-11-23', fromTime, toTime }];
    expect(reflected(initialZoho(), c, row(540, 565), DEFAULT_ZOHO)).toBe(true);
    expect(reflected(initialZoho(), c, row(540, 541), DEFAULT_ZOHO)).toBe(false); // a short focus begun the same minute
    expect(reflected(initialZoho(), c, row(540, 565, BACKEND), DEFAULT_ZOHO)).toBe(false);
  });
  it('a late stop\'s minutes are logged again with the row\'s billing, not the default one', () => {
    const z = initialZoho();
    z.queue = [{ id: 'u', key: 'k', kind: 'unlog', timeLogId: 'L1', from: clock.now, to: clock.now + 60_000 }];
    relog(z, [{ timelogId: 'L1', totaltime: 600, jobId: REVIEW, billingStatus: 'billable' }], { ...DEFAULT_ZOHO, billing: 'non-billable' });
    const c = z.queue[0]!;
    expect(c.kind === 'unlog' && c.logs!.map((l) => l.kind === 'log' && [l.params.jobId, l.params.billingStatus])).toEqual([[REVIEW, 'billable']]);
  });
});
