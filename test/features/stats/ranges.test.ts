import { describe, expect, it } from 'vitest';
import { custom, fromHash, rangeOf, shift, toHash, weekStartOf } from '../../../features/stats/ranges';
import { isoDay, parseIsoDay } from '../../../features/stats/zone';

const iso = (r: { from: number; to: number }) => [isoDay(r.from), isoDay(r.to)];
const today = parseIsoDay('2026-12-02'); // a Wednesday

describe('ranges', () => {
  it('week (Monday or Sunday first), month and year of a day', () => {
    expect(iso(rangeOf('week', today, 1))).toEqual(['2026-11-30', '2026-12-06']);
    expect(iso(rangeOf('week', today, 7))).toEqual(['2026-11-29', '2026-12-05']);
    expect(iso(rangeOf('month', parseIsoDay('2024-02-10')))).toEqual(['2024-02-01', '2024-02-29']);
    expect(iso(rangeOf('year', today))).toEqual(['2026-01-01', '2026-12-31']);
  });
  it('previous and next keep the kind; a custom range moves by its length', () => {
    expect(iso(shift(rangeOf('month', parseIsoDay('2026-03-31')), -1))).toEqual(['2026-02-01', '2026-02-28']);
    expect(iso(shift(rangeOf('year', today), 1))).toEqual(['2027-01-01', '2027-12-31']);
    expect(iso(shift(rangeOf('week', today), -1))).toEqual(['2026-11-23', '2026-11-29']);
    expect(iso(shift(custom(parseIsoDay('2026-01-10'), parseIsoDay('2026-01-01')), 1))).toEqual(['2026-01-11', '2026-01-20']);
  });
  it('the address names the range; anything else is this week', () => {
    for (const r of [rangeOf('year', today), rangeOf('month', today), rangeOf('week', today), custom(today - 40, today)]) {
      expect(fromHash(toHash(r), today)).toEqual(r);
    }
    expect(toHash(rangeOf('year', parseIsoDay('2025-06-01')))).toBe('#year/2025');
    expect(iso(fromHash('#month/2026-13', today))).toEqual(['2026-12-01', '2026-12-31']);
    expect(iso(fromHash('#nonsense', today))).toEqual(['2026-11-30', '2026-12-06']);
    expect(iso(fromHash('#custom/2026-01-01/2099-01-01', today))[1]).toBe('2036-01-08'); // ten years at most
  });
  it('the week starts where the region starts it (Intl week info), Monday otherwise', () => {
    expect([1, 7]).toContain(weekStartOf('en-US'));
    expect(weekStartOf('de-DE')).toBe(1);
    expect(weekStartOf('not a locale')).toBe(1);
  });
});
