import { describe, expect, it } from 'vitest';
import { lateStop, lateToLogs, relog } from '../../../features/zoho/late';
import { DEFAULT_ZOHO, initialZoho, type ZohoCall, type ZohoState } from '../../../features/zoho/state';

const at = (d: number, h: number, m: number, s = 0) => new Date(2026, 10, d, h, m, s).getTime();
const start = { user: 'ana@acme.example', jobId: '5001', workDate: '2026-11-23', billingStatus: 'non-billable', timer: 'start', workItem: 'Report', description: 'old' };
const queue = (...calls: Partial<ZohoCall>[]): ZohoState => ({ ...initialZoho(), queue: calls.map((c, i) => ({ id: `c${i}`, key: 'S1', ...c }) as ZohoCall) });
const logs = (z: ZohoState) => z.queue.map((c) => (c.kind === 'log' ? c.params : c.kind));

describe('the minutes of a late focus, as Zoho\'s add-time-log takes them', () => {
  it('a start and its stop become one log in whole minutes, the last note its description, no timer=start', () => {
    const z = queue({ kind: 'start', params: start, at: at(23, 9, 0, 20) }, { kind: 'comment', text: 'Outline done' }, { kind: 'stop', at: at(23, 9, 25, 40) }, { kind: 'start', key: 'S2', params: start, at: at(23, 9, 40) });
    expect(lateToLogs(z, at(23, 10, 0))).toBe(true);
    expect(logs(z)).toEqual([
      { user: 'ana@acme.example', jobId: '5001', workDate: '2026-11-23', billingStatus: 'non-billable', workItem: 'Report', fromTime: '09:00', toTime: '09:26', description: 'Outline done' },
      'start',
    ]);
  });
  it('a focus crossing midnight is one log per day; the one ending at midnight ends at 23:59', () => {
    const z = queue({ kind: 'resume', params: { ...start, description: '' }, at: at(23, 23, 50) }, { kind: 'stop', at: at(24, 0, 20) });
    lateToLogs(z, at(24, 8, 0));
    expect(logs(z)).toEqual([
      expect.objectContaining({ workDate: '2026-11-23', fromTime: '23:50', toTime: '23:59' }),
      expect.objectContaining({ workDate: '2026-11-24', fromTime: '00:00', toTime: '00:20' }),
    ]);
    expect(logs(z)[1]).not.toHaveProperty('description');
  });
  it('still running: the minutes so far are logged and the timer starts now; a minute late or less is left alone', () => {
    const z = queue({ kind: 'start', params: start, at: at(23, 9, 0) });
    expect(lateToLogs(z, at(23, 9, 1))).toBe(false);
    expect(lateToLogs(z, at(23, 9, 10))).toBe(true);
    expect(logs(z)).toEqual([expect.objectContaining({ fromTime: '09:00', toTime: '09:10' }), 'start']);
    expect(z.queue[1]!.at).toBe(at(23, 9, 10));
    expect(lateToLogs(queue({ kind: 'stop', at: at(23, 9, 0) }), at(23, 12, 0))).toBe(false);
  });
  it('that rest, ended before it could go out, is logged too, however soon: no timer of a few seconds', () => {
    const z = queue({ kind: 'start', params: start, at: at(23, 9, 0) });
    lateToLogs(z, at(23, 9, 10));
    z.queue.shift(); // the minutes so far went out
    z.queue.push({ id: 'end', key: 'S1', kind: 'stop', at: at(23, 9, 20) });
    expect(lateToLogs(z, at(23, 9, 20, 30))).toBe(true); // 30 s after: not late, yet over
    expect(logs(z)).toEqual([expect.objectContaining({ fromTime: '09:10', toTime: '09:20' })]);
    // An on-time start with its stop behind it (the user ended while it waited for Zoho's budget)
    // is no rest: it still goes out as a timer.
    const onTime = queue({ kind: 'start', params: start, at: at(23, 9, 0) }, { kind: 'stop', at: at(23, 9, 0, 30) });
    expect(lateToLogs(onTime, at(23, 9, 0, 40))).toBe(false);
  });
});

describe('a stop that went out late, its timer on time: the correction', () => {
  const id = '500000000000777001';
  const stopped = (sentAt: number) => {
    const z: ZohoState = { ...queue({ kind: 'stop', at: at(23, 9, 25, 40) }, { kind: 'resume', params: start, at: at(23, 9, 40) }), ids: { S1: id } };
    const [stop] = z.queue.splice(0, 1);
    lateStop(z, stop!, sentAt);
    return z;
  };
  it('more than a minute late: delete that log first (09:25:40 until Zoho got the stop), a resume behind it becomes a start', () => {
    const z = stopped(at(23, 11, 0));
    expect(z.queue.map((c) => c.kind)).toEqual(['unlog', 'start']);
    expect(z.queue[0]).toMatchObject({ timeLogId: id, from: at(23, 9, 25, 40), to: at(23, 11, 0) });
  });
  it('a minute late or less: nothing changes', () => {
    expect(stopped(at(23, 9, 26, 30)).queue.map((c) => c.kind)).toEqual(['resume']);
  });
  it('the read: Zoho\'s total less the lateness, logged as the minutes ending at the real stop, the log\'s job and work item', () => {
    const settings = { ...DEFAULT_ZOHO, user: 'ana@acme.example', billing: 'non-billable' as const, jobId: '5009' };
    const z = stopped(at(23, 11, 0));
    // 09:00:20–09:10:20 earlier (10 min) + 09:15:00 until the stop arrived at 11:00 = 10 min + 105 min
    const row = { timelogId: id, type: 2, totaltime: (10 + 105) * 60, jobId: '5001', billingStatus: 'Non-Billable', taskName: 'Report', description: '' };
    expect(relog(z, [{ timelogId: 'other', totaltime: 60 }, row], settings)).toBe(false);
    const c = z.queue[0]!;
    expect(c.kind === 'unlog' && c.logs!.map((l) => l.kind === 'log' && l.params)).toEqual([
      { user: 'ana@acme.example', jobId: '5001', billingStatus: 'non-billable', workItem: 'Report', workDate: '2026-11-23', fromTime: '09:05', toTime: '09:26' },
    ]); // 10 min + 09:15–09:25:40 = 20:40 of focus, ending at 09:25:40
    expect(relog(z, [], settings)).toBe(true); // the log is gone already: nothing to correct
  });
});
