import { describe, expect, it } from 'vitest';
import { civil, dayOf, dayStartMs, hourOf, isoDay, isoLocal, parseIsoDay, zoneOffset } from '../../../features/stats/zone';

const berlin = zoneOffset('Europe/Berlin');
const santiago = zoneOffset('America/Santiago');
const shanghai = zoneOffset('Asia/Shanghai');
const newYork = zoneOffset('America/New_York');
const at = (s: string) => Date.parse(s);

describe('local days and hours', () => {
  it('a zone is its offset at the moment: CET and CEST, Shanghai, New York', () => {
    expect(berlin(at('2026-01-15T12:00:00Z'))).toBe(60);
    expect(berlin(at('2026-07-15T12:00:00Z'))).toBe(120);
    expect(shanghai(at('2026-07-15T12:00:00Z'))).toBe(480);
    expect(newYork(at('2026-01-15T12:00:00Z'))).toBe(-300);
  });

  it('23:30 UTC is the next day in Shanghai and the same day in New York', () => {
    const t = at('2026-11-24T23:30:00Z');
    expect(isoDay(dayOf(t, shanghai))).toBe('2026-11-25');
    expect(isoDay(dayOf(t, newYork))).toBe('2026-11-24');
    expect(hourOf(t, shanghai)).toBe(7);
    expect(hourOf(t, newYork)).toBe(18);
  });

  it('days begin at local midnight on both sides of a DST change, 23 and 25 hours long', () => {
    const spring = parseIsoDay('2026-03-29');
    const autumn = parseIsoDay('2026-10-25');
    expect(new Date(dayStartMs(spring, berlin)).toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(dayStartMs(spring + 1, berlin) - dayStartMs(spring, berlin)).toBe(23 * 3_600_000);
    expect(new Date(dayStartMs(autumn, berlin)).toISOString()).toBe('2026-10-24T22:00:00.000Z');
    expect(dayStartMs(autumn + 1, berlin) - dayStartMs(autumn, berlin)).toBe(25 * 3_600_000);
  });

  it('a day whose midnight DST skips (Santiago, 6 September 2026) begins at the change, 01:00', () => {
    const d = parseIsoDay('2026-09-06');
    const start = dayStartMs(d, santiago);
    expect(new Date(start).toISOString()).toBe('2026-09-06T04:00:00.000Z');
    expect(dayOf(start, santiago)).toBe(d);
    expect(dayOf(start - 1, santiago)).toBe(d - 1);
    expect(hourOf(start, santiago)).toBe(1);
  });

  it('hours after a DST change follow the new offset', () => {
    expect(hourOf(at('2026-03-29T00:30:00Z'), berlin)).toBe(1); // 01:30 CET
    expect(hourOf(at('2026-03-29T01:30:00Z'), berlin)).toBe(3); // 03:30 CEST: 02:00 never happened
  });

  it('dates round-trip; impossible ones are NaN', () => {
    expect(isoDay(parseIsoDay('2024-02-29'))).toBe('2024-02-29');
    expect(parseIsoDay('2026-02-29')).toBeNaN();
    expect(parseIsoDay('26-1-1')).toBeNaN();
    expect(civil(parseIsoDay('2026-11-23'))).toEqual({ y: 2026, m: 11, day: 23, wd: 1 });
  });

  it('local ISO times carry their offset', () => {
    expect(isoLocal(at('2026-11-24T09:00:00Z'), berlin)).toBe('2026-11-24T10:00:00+01:00');
    expect(isoLocal(at('2026-11-24T09:00:00Z'), newYork)).toBe('2026-11-24T04:00:00-05:00');
    expect(isoLocal(at('2026-11-24T09:00:00Z'), zoneOffset('Asia/Kolkata'))).toBe('2026-11-24T14:30:00+05:30');
  });
});

describe('the zone remembered', () => {
  it('gives the offset the zone gives, every 5 minutes around DST changes, half-hour zones included', async () => {
    const { memoOffset } = await import('../../../features/stats/zone');
    for (const [zone, from] of [['Europe/Berlin', '2026-03-28'], ['America/Santiago', '2026-09-05'], ['Australia/Lord_Howe', '2026-04-04'], ['America/St_Johns', '2026-03-07']] as const) {
      const raw = zoneOffset(zone);
      const memo = memoOffset(raw);
      const start = Date.parse(`${from}T00:00:00Z`);
      for (let t = start; t < start + 3 * 86_400_000; t += 300_000) expect(memo(t), `${zone} ${new Date(t).toISOString()}`).toBe(raw(t));
    }
  });
});
