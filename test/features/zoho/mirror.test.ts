import { describe, expect, it } from 'vitest';
import { follow, type Want } from '../../../features/zoho/mirror';
import { DEFAULT_ZOHO, initialZoho, type ZohoState } from '../../../features/zoho/state';

const settings = { ...DEFAULT_ZOHO, enabled: true, user: 'ana@acme.example', jobId: '500000000000123001', jobName: 'Backend' };
const nine = new Date(2026, 10, 23, 9, 0).getTime(); // local time: Zoho's workDate is the user's day
let n = 0;
const ctx = (now = nine, s = settings) => ({ now, settings: s, newId: () => `c${n++}` });
const want = (w: Partial<Want>): Want => ({ sid: 'S1', running: true, title: '', note: '', ...w });
const calls = (z: ZohoState) => z.queue.map((c) => (c.kind === 'comment' ? `comment:${c.text}` : `${c.kind}:${c.key}`));

describe('the Zoho mirror follows TickTick\'s state', () => {
  it('focus starts → timer=start on the job with the local work date, the task as work item and the note', () => {
    const z = initialZoho();
    follow(z, want({ title: 'Write the quarterly report', note: 'chapter 1' }), ctx());
    expect(z.queue).toHaveLength(1);
    expect(z.queue[0]).toMatchObject({
      kind: 'start', key: 'S1:2026-11-23',
      params: { user: 'ana@acme.example', jobId: '500000000000123001', workDate: '2026-11-23', billingStatus: 'billable', timer: 'start', workItem: 'Write the quarterly report', description: 'chapter 1' },
    });
    follow(z, want({ title: 'Write the quarterly report', note: 'chapter 1' }), ctx());
    expect(z.queue).toHaveLength(1); // the same state twice changes nothing
  });
  it('no task → work item "Focus"', () => {
    const z = initialZoho();
    follow(z, want({}), ctx());
    expect(z.queue[0]).toMatchObject({ params: { workItem: 'Focus' } });
    expect(z.queue[0]).not.toHaveProperty('params.description');
  });
  it('pause → stop, continue → resume of the same log, end → stop', () => {
    const z = initialZoho();
    follow(z, want({}), ctx());
    follow(z, want({ running: false }), ctx());
    follow(z, want({}), ctx());
    follow(z, want({ sid: null, running: false }), ctx());
    expect(calls(z)).toEqual(['start:S1:2026-11-23', 'stop:S1:2026-11-23', 'resume:S1:2026-11-23', 'stop:S1:2026-11-23']);
  });
  it('the note becomes one comment, sent before the timer stops (Zoho takes comments only while it runs)', () => {
    const z = initialZoho();
    follow(z, want({}), ctx());
    follow(z, want({ note: 'Out' }), ctx());
    follow(z, want({ note: 'Outline done' }), ctx());
    follow(z, want({ running: false, note: 'Outline done' }), ctx());
    follow(z, want({ note: 'Outline done' }), ctx());
    follow(z, want({ running: false, note: 'Outline done' }), ctx());
    expect(calls(z)).toEqual(['start:S1:2026-11-23', 'comment:Outline done', 'stop:S1:2026-11-23', 'resume:S1:2026-11-23', 'stop:S1:2026-11-23']);
  });
  it('a focus started on another device is mirrored the same way; a new session stops the old log first', () => {
    const z = initialZoho();
    follow(z, want({}), ctx());
    follow(z, want({ sid: 'S2' }), ctx());
    expect(calls(z)).toEqual(['start:S1:2026-11-23', 'stop:S1:2026-11-23', 'start:S2:2026-11-23']);
  });
  it('continuing after midnight starts a new log: Zoho resumes only on the same day', () => {
    const z = initialZoho();
    follow(z, want({}), ctx(new Date(2026, 10, 23, 23, 50).getTime()));
    follow(z, want({ running: false }), ctx(new Date(2026, 10, 23, 23, 55).getTime()));
    follow(z, want({}), ctx(new Date(2026, 10, 24, 0, 5).getTime()));
    expect(calls(z)).toEqual(['start:S1:2026-11-23', 'stop:S1:2026-11-23', 'start:S1:2026-11-24']);
  });
  it('a break, a stopwatch pause or idle never runs a timer; nothing without a job or user or when off', () => {
    for (const s of [{ ...settings, enabled: false }, { ...settings, jobId: '' }, { ...settings, user: '' }]) {
      const z = initialZoho();
      follow(z, want({}), ctx(nine, s));
      expect(z.queue).toEqual([]);
    }
    const z = initialZoho();
    follow(z, want({ running: false }), ctx());
    expect(z.queue).toEqual([]);
  });
  it('turned off while a timer runs: the timer is stopped', () => {
    const z = initialZoho();
    follow(z, want({}), ctx());
    follow(z, want({}), ctx(nine, { ...settings, enabled: false }));
    expect(calls(z)).toEqual(['start:S1:2026-11-23', 'stop:S1:2026-11-23']);
  });
  it('a session left to a timer the mirror did not start is not mirrored', () => {
    const z = initialZoho();
    z.log = { sid: 'S1', key: 'S1:2026-11-23', workDate: '2026-11-23', running: false, note: '', skip: true };
    follow(z, want({}), ctx());
    follow(z, want({ running: false }), ctx());
    expect(z.queue).toEqual([]);
  });
});
