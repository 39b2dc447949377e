import { describe, expect, it } from 'vitest';
import { headsUpAt, nextRepeat, REPEAT_FOR_MS, waiting } from '../../../features/alerts/end';
import { deriveView } from '../../../features/focus/focus-view';

const IDLE = deriveView(null, 0);
const T0 = Date.parse('2026-11-23T09:00:00Z');

describe('the repeat schedule', () => {
  it('every N seconds from now, never past ten minutes after the end; 0 is once', () => {
    const r = { kind: 'focusDone' as const, at: T0 };
    expect(nextRepeat(r, T0, 30)).toBe(T0 + 30_000);
    expect(nextRepeat(r, T0 + REPEAT_FOR_MS - 30_000, 30)).toBe(T0 + REPEAT_FOR_MS);
    expect(nextRepeat(r, T0 + REPEAT_FOR_MS - 29_000, 30)).toBeNull();
    expect(nextRepeat(r, T0, 0)).toBeNull();
  });
  it('a pomodoro\'s end waits while finished; a break\'s while nothing new started', () => {
    const focus = { kind: 'focusDone' as const, at: T0 };
    const brk = { kind: 'breakDone' as const, at: T0 };
    expect([waiting(focus, { ...IDLE, phase: 'finished' }), waiting(focus, { ...IDLE, phase: 'break' }), waiting(focus, IDLE)]).toEqual([true, false, false]);
    expect([waiting(brk, IDLE), waiting(brk, { ...IDLE, phase: 'focusing' })]).toEqual([true, false]);
  });
});

describe('the heads-up', () => {
  const running = { ...IDLE, mode: 'pomo' as const, phase: 'focusing' as const, endsAt: T0 + 25 * 60_000 };
  it('a minute before a running pomodoro\'s end, and not for a stopwatch, a pause, or within the last minute', () => {
    expect(headsUpAt(running, true, T0)).toBe(T0 + 24 * 60_000);
    expect(headsUpAt(running, false, T0)).toBeNull();
    expect(headsUpAt({ ...running, mode: 'stopwatch', endsAt: null }, true, T0)).toBeNull();
    expect(headsUpAt({ ...running, phase: 'paused', endsAt: null }, true, T0)).toBeNull();
    expect(headsUpAt(running, true, T0 + 24 * 60_000 + 1)).toBeNull();
  });
});
