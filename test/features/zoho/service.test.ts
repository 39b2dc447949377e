import { beforeEach, describe, expect, it } from 'vitest';
import { createZohoMirror } from '../../../features/zoho/service';
import type { Want } from '../../../features/zoho/mirror';
import { fakeZohoPorts } from './fake-ports';

let clock: { now: number };
let f: ReturnType<typeof fakeZohoPorts>;
let mirror: ReturnType<typeof createZohoMirror>;
const want = (w: Partial<Want> = {}): Want => ({ sid: 'S1', running: true, title: 'Write the quarterly report', note: '', ...w });
const calls = () => f.zoho.calls().map((c) => `${c.method} ${c.path.split('/').at(-1)}${c.query.timer ? `=${c.query.timer}` : ''}`);
async function step(w: Partial<Want>, advanceMs = 60_000) {
  clock.now += advanceMs;
  await mirror.follow(want(w));
  await mirror.settled();
}

beforeEach(() => {
  clock = { now: new Date(2026, 10, 23, 9, 0).getTime() };
  f = fakeZohoPorts(clock);
  f.connect();
  mirror = createZohoMirror(f.ports);
});

describe('the Zoho mirror against the fake Zoho People', () => {
  it('start, pause, continue, end: timer=start, stop, start with the same timeLogId, stop; the header carries the token', async () => {
    await step({});
    await step({ running: false });
    await step({});
    await step({ sid: null, running: false });
    expect(calls()).toEqual(['GET getcurrentlyrunningtimer', 'POST timer=start', 'POST timer=stop', 'POST timer=start', 'POST timer=stop']);
    const [, start, stop, resume] = f.zoho.calls();
    expect(start!.query).toMatchObject({ user: 'ana@acme.example', jobId: '500000000000123001', workDate: '2026-11-23', billingStatus: 'billable', workItem: 'Write the quarterly report' });
    expect(start!.query).not.toHaveProperty('timeLogId');
    const id = [...f.zoho.logs.keys()][0];
    expect([stop!.query.timeLogId, resume!.query.timeLogId]).toEqual([id, id]);
    expect(start!.auth).toBe(`Zoho-oauthtoken ${f.token!.token}`);
    expect(f.zoho.totalSec(f.zoho.logs.get(id!)!)).toBe(120); // two one-minute segments
    expect(f.state.queue).toEqual([]);
  });

  it('the note goes to addcomment while the timer runs, before it stops', async () => {
    await step({});
    await step({ running: false, note: 'Outline done' });
    expect(calls().slice(-2)).toEqual(['POST addcomment', 'POST timer=stop']);
    expect([...f.zoho.logs.values()][0]!.comments.map((c) => c.comment)).toEqual(['Outline done']);
  });

  it('a timer the mirror did not start: no second timer, the popup is told, the user decides', async () => {
    f.zoho.startElsewhere();
    await step({});
    expect(calls()).toEqual(['GET getcurrentlyrunningtimer']);
    expect(f.state.foreign).toMatchObject({ jobName: 'Code review', taskName: 'Started in Zoho' });
    await step({ running: false });
    await step({});
    expect(calls()).toEqual(['GET getcurrentlyrunningtimer']); // this session stays unmirrored
    await mirror.decideForeign(true, want());
    await mirror.settled();
    expect(calls().slice(1)).toEqual(['POST timer=stop', 'GET getcurrentlyrunningtimer', 'POST timer=start']);
    expect(f.zoho.running?.workItem).toBe('Write the quarterly report');
    expect(f.state.foreign).toBeNull();
  });

  it('a business error (8008 weekend) is shown naming Zoho People and not sent again; later calls go on', async () => {
    f.zoho.setFault('code', { code: 8008, message: 'Error in adding timelog', errMessage: 'Cannot log time during Weekend/Holidays/Leave', times: 1, op: 'timer' });
    await step({});
    expect(f.state.error?.message).toBe('zohoFailed(Error in adding timelog: Cannot log time during Weekend/Holidays/Leave)');
    expect(f.state.queue).toEqual([]);
    await step({ running: false }); // its stop refers to a log Zoho never made: dropped, not sent
    expect(calls().filter((c) => c.startsWith('POST'))).toEqual(['POST timer=start']);
    await step({ sid: 'S2' });
    expect(f.zoho.running).not.toBeNull();
    expect(f.state.error).toBeNull();
  });

  it('Zoho down: the call waits with backoff and is delivered once; a lost answer is checked, not resent', async () => {
    f.zoho.setFault('down', { times: 1, op: 'timer' });
    await step({});
    expect(f.state.queue.map((c) => c.kind)).toEqual(['start']);
    expect(f.alarms.get('zohoRetry')).toBeGreaterThan(clock.now);
    clock.now = f.alarms.get('zohoRetry')!;
    await mirror.resume();
    await mirror.settled();
    expect(f.zoho.logs.size).toBe(1);
    f.zoho.setFault('hang', { times: 1, op: 'timer', apply: true });
    await step({ running: false });
    expect(f.state.uncertain).toBe(true);
    clock.now = f.alarms.get('zohoRetry')!;
    await mirror.resume();
    await mirror.settled();
    expect(f.state.queue).toEqual([]);
    expect(calls().filter((c) => c === 'POST timer=stop')).toHaveLength(1); // the running timer showed it had stopped
  });

  it('an expired token is renewed silently; when that fails, "reconnect" and the call waits', async () => {
    f.zoho.expireTokens();
    await step({});
    expect(f.zoho.running).not.toBeNull();
    expect(f.zoho.tokens.size).toBe(2);
    f.zoho.expireTokens();
    f.zoho.accounts.signOut(); // Zoho's refresh now meets its sign-in page
    await step({ running: false });
    expect(f.state.error).toMatchObject({ reconnect: true });
    expect(f.state.queue.map((c) => c.kind)).toEqual(['stop']);
    f.zoho.accounts.signIn();
    f.connect();
    await mirror.connected(true);
    await mirror.settled();
    expect(f.zoho.running).toBeNull();
  });

  it('respects 20 calls a minute per endpoint: the 21st waits for the window instead of tripping the lock', async () => {
    const first = clock.now + 1000;
    for (let i = 0; i < 24; i++) await step({ running: i % 2 === 0 }, 1000);
    const timerCalls = () => calls().filter((c) => c.startsWith('POST timer')).length;
    expect(timerCalls()).toBe(20);
    expect(f.state.queue).toHaveLength(4);
    expect(f.zoho.calls().every((c) => c.status === 200)).toBe(true); // never locked out (7209)
    expect(f.alarms.get('zohoRetry')).toBe(first + 60_000);
    for (let i = 0; i < 10 && f.state.queue.length; i++) {
      clock.now = f.alarms.get('zohoRetry')!;
      await mirror.resume();
      await mirror.settled();
    }
    expect(timerCalls()).toBe(24);
    const times = f.zoho.calls().filter((c) => c.path.endsWith('/timer')).map((c) => c.at);
    expect(times.every((t, i) => i < 20 || t - times[i - 20]! >= 60_000)).toBe(true); // never 21 within a minute
    expect(f.zoho.running).toBeNull(); // 24 alternating calls end stopped
  });

  it('the worker owns the budget: pages get 12 reads of a minute, its own checks the rest, never a 21st', async () => {
    const pageReads = [];
    for (let i = 0; i < 14; i++) pageReads.push((await mirror.read('getcurrentlyrunningtimer', { dateFormat: 'yyyy-MM-dd' })).ok);
    expect(pageReads.filter(Boolean)).toHaveLength(12); // the popup's polling is capped
    await expect(mirror.read('timer', { timer: 'start' })).rejects.toThrow('timer'); // pages only read
    for (let i = 0; i < 18; i++) await mirror.follow(want({ sid: `S${i}`, running: i % 2 === 0 })); // each start checks the running timer first
    await mirror.settled();
    const reads = f.zoho.calls().filter((c) => c.path.endsWith('/getcurrentlyrunningtimer'));
    expect(reads).toHaveLength(20); // 12 for pages, 8 for the mirror's checks
    expect(f.state.queue.map((c) => c.kind)).toEqual(['start', 'stop']); // the 9th start waits for the minute, silently
    expect(f.zoho.calls().every((c) => !c.locked)).toBe(true); // never into Zoho's 5-minute lock
    expect(f.state.error).toBeNull();
    clock.now += 60_000;
    await mirror.resume();
    await mirror.settled();
    expect(f.state.queue).toEqual([]);
  });

  it('TickTick saves that change nothing for the mirror write nothing (and when it is off, nothing at all)', async () => {
    let saves = 0;
    const save = f.ports.save;
    mirror = createZohoMirror({ ...f.ports, save: async (z) => void (saves++, await save(z)) });
    await step({});
    const started = saves;
    await step({}, 1000); // a poll: same session, still running
    expect(saves).toBe(started);
    f.settings.enabled = false;
    await step({ running: false }, 1000); // turned off while running: the timer still stops (one write)
    const afterStop = saves;
    await step({}, 1000);
    await step({ sid: 'S9' }, 1000);
    expect(afterStop).toBeGreaterThan(started); // the stop was written
    expect(saves).toBe(afterStop); // nothing after, with the mirror off
  });

  it('woken before the retry is due, it keeps the alarm and sends when it is', async () => {
    f.zoho.setFault('status', { code: 502, times: 1, op: 'timer' });
    await step({});
    const due = f.alarms.get('zohoRetry')!;
    f.alarms.delete('zohoRetry'); // the alarm fired early and is gone
    await mirror.resume();
    await mirror.settled();
    expect(f.alarms.get('zohoRetry')).toBe(due);
    clock.now = due;
    await mirror.resume();
    await mirror.settled();
    expect(f.zoho.running).not.toBeNull();
  });
});
