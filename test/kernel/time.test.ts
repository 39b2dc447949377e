import { describe, expect, it } from 'vitest';
import { formatClock, formatOpTime, parseTime } from '../../kernel/time';
import { seedStart } from '../seed';

describe('op time', () => {
  it('writes UTC with a literal +0000, as in seed 001', () => {
    const t = seedStart.opList[0]!.time;
    expect(formatOpTime(parseTime(t))).toBe(t);
  });
  it('reads +0000, Z and +08:00 forms to the same instant', () => {
    const ms = Date.UTC(2025, 10, 13, 10, 9, 44, 765);
    expect(parseTime('2025-11-13T10:09:44.765+0000')).toBe(ms);
    expect(parseTime('2025-11-13T10:09:44.765Z')).toBe(ms);
    expect(parseTime('2025-11-13T18:09:44.765+08:00')).toBe(ms);
  });
  it('rejects what is not a time', () => {
    expect(parseTime('soon')).toBeNaN();
    expect(parseTime(undefined)).toBeNaN();
  });
});

describe('countdown text', () => {
  it('is MM:SS under an hour and H:MM:SS from an hour', () => {
    expect(formatClock(25 * 60)).toBe('25:00');
    expect(formatClock(59)).toBe('00:59');
    expect(formatClock(3600 + 62)).toBe('1:01:02');
    expect(formatClock(-3)).toBe('00:00');
  });
});
