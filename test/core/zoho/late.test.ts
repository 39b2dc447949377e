import { describe, expect, it } from 'vitest';
import { logParams, pieces } from '../../../core/zoho/late';
import { ZOHO_MIGRATIONS } from '../../../core/migrations';
import { checkedHosts } from '../../../core/zoho/service';
import { parseZoho } from '../../../core/zoho/parse';
import type { DataCentre } from '../../../core/zoho/hosts';

const at = (d: number, h: number, m: number, s = 0) => new Date(2026, 10, d, h, m, s).getTime();

describe('the minutes of a late focus, as Zoho\'s add-time-log takes them', () => {
  it('whole minutes; a focus crossing midnight is one log per day', () => {
    expect(pieces(at(23, 9, 0, 20), at(23, 9, 25, 40))).toEqual([[at(23, 9, 0), at(23, 9, 26)]]);
    expect(pieces(at(23, 23, 50), at(24, 0, 20))).toEqual([[at(23, 23, 50), at(24, 0, 0)], [at(24, 0, 0), at(24, 0, 20)]]);
    expect(pieces(at(23, 9, 0), at(23, 9, 0, 20))).toEqual([]); // under a minute: nothing to log
  });
  it('the query: the start\'s user, job, billing, work item; fromTime/toTime HH:mm on the day; no timer=start', () => {
    const start = { user: 'ana@acme.example', jobId: '5001', workDate: '2026-11-23', billingStatus: 'non-billable', timer: 'start', workItem: 'Report', description: 'old' };
    expect(logParams(start, at(23, 23, 50), at(24, 0, 0), 'Outline done')).toEqual({
      user: 'ana@acme.example', jobId: '5001', workDate: '2026-11-23', billingStatus: 'non-billable', workItem: 'Report', fromTime: '23:50', toTime: '23:59', description: 'Outline done',
    });
    expect(logParams(start, at(24, 0, 0), at(24, 0, 20))).toMatchObject({ workDate: '2026-11-24', fromTime: '00:00', toTime: '00:20' });
    expect(logParams(start, at(24, 0, 0), at(24, 0, 20))).not.toHaveProperty('description');
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
