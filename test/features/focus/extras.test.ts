import { describe, expect, it } from 'vitest';
import { mergeExtras } from '../../../features/focus/extras';
import { DEFAULT_EXTRAS } from '../../../features/focus/items';

describe('mergeExtras', () => {
  it('takes TickTick\'s pomodoro preferences and today\'s stats (docs/ticktick-protocol.md §10 fields)', () => {
    const prefs = { id: 'p', pomoDuration: 50, shortBreakDuration: 10, longBreakDuration: 20, longBreakInterval: 3, autoPomo: false };
    const stats = { todayPomoCount: 3, totalPomoCount: 40, todayPomoDuration: 75, totalPomoDuration: 1000 };
    const e = mergeExtras(DEFAULT_EXTRAS, prefs, stats, 1000);
    expect(e).toEqual({
      prefs: { pomoDuration: 50, shortBreakDuration: 10, longBreakDuration: 20, longBreakInterval: 3, autoPomo: false },
      prefsAt: 1000, stats: { todayPomoCount: 3, todayPomoDuration: 75 }, statsAt: 1000,
    });
  });
  it('keeps what it had when a field is missing, zero or of the wrong type', () => {
    const e = mergeExtras(DEFAULT_EXTRAS, { pomoDuration: 0, shortBreakDuration: '7' }, { todayPomoCount: 2 }, 5);
    expect(e.prefs).toEqual(DEFAULT_EXTRAS.prefs);
    expect(e.stats).toBeNull();
    expect(e.statsAt).toBe(0);
  });
  it('a failed fetch (null) changes nothing', () => {
    expect(mergeExtras(DEFAULT_EXTRAS, null, null, 9)).toEqual(DEFAULT_EXTRAS);
  });
});
