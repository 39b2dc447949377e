import { describe, expect, it } from 'vitest';
import { DEFAULT_PREFS } from '../../../features/focus/config';
import { applyOps } from '../../../features/focus/apply-op';
import { breakKind, breakMinutes, chainLength, effectivePrefs, nextPomoCount, parsePrefs } from '../../../features/focus/rhythm';
import { seedStart } from '../../seed';

// A preferences reply with docs/ticktick-protocol.md §10's fields, non-default values.
const reply = {
  id: '5f0c', pomoDuration: 30, shortBreakDuration: 7, longBreakDuration: 20, longBreakInterval: 3, pomoGoal: 6,
  focusDuration: 120, autoPomo: false, autoBreak: true, soundsOn: true, lightsOn: false, mindfulnessEnabled: false,
};

describe('the user\'s TickTick rhythm', () => {
  it('parses the preferences TickTick sends, ignoring fields of the wrong type', () => {
    expect(parsePrefs(reply)).toEqual({
      pomoDuration: 30, shortBreakDuration: 7, longBreakDuration: 20, longBreakInterval: 3, pomoGoal: 6, autoPomo: false, autoBreak: true,
      focusDuration: 120,
    });
    expect(parsePrefs({ pomoDuration: '30', autoBreak: 1, longBreakInterval: 0 })).toEqual({});
    expect(parsePrefs('<html>')).toEqual({});
  });
  it('focusDuration 0 is "no daily focus goal"; no auto-start count is read from TickTick', () => {
    expect(parsePrefs({ focusDuration: 0 })).toEqual({ focusDuration: 0 });
    expect(parsePrefs({ focusDuration: -5, autoPomoCount: 3 })).toEqual({});
    expect(effectivePrefs({}).focusDuration).toBe(0);
  });
  it('the chain length is the override within 2–10, else 6 (seed 001\'s start: autoPomoLeft 5)', () => {
    expect(chainLength(effectivePrefs({}))).toBe(6);
    expect(chainLength(effectivePrefs({}, { autoPomoCount: 3 }))).toBe(3);
    expect([1, 11, Number.NaN].map((n) => chainLength(effectivePrefs({}, { autoPomoCount: n })))).toEqual([2, 10, 6]);
  });
  it('local overrides win; unset follows TickTick; nothing known falls back to 25/5/15/4', () => {
    expect(effectivePrefs(parsePrefs(reply), { pomoDuration: 45, autoBreak: false })).toMatchObject({
      pomoDuration: 45, shortBreakDuration: 7, autoBreak: false, longBreakInterval: 3,
    });
    expect(effectivePrefs({})).toEqual(DEFAULT_PREFS);
  });
  it('pomoCount: +1 within the hour, 1 after a 60-min gap or a completed cycle', () => {
    const prefs = effectivePrefs(parsePrefs(reply)); // interval 3
    const done = { ...applyOps(null, seedStart.opList)!, status: 2 as const, endTime: '2025-11-13T10:34:44.765+0000' };
    const end = Date.parse('2025-11-13T10:34:44.765Z');
    expect(nextPomoCount(done, end + 10 * 60_000, prefs)).toBe(2);
    expect(nextPomoCount(done, end + 61 * 60_000, prefs)).toBe(1);
    expect(nextPomoCount({ ...done, pomoCount: 3 }, end + 60_000, prefs)).toBe(1);
    expect(nextPomoCount(null, end, prefs)).toBe(1);
  });
  it('a long break every longBreakInterval pomodoros', () => {
    const prefs = effectivePrefs(parsePrefs(reply));
    const rec = applyOps(null, seedStart.opList)!;
    expect(breakMinutes({ ...rec, pomoCount: 2 }, prefs)).toBe(7);
    expect(breakMinutes({ ...rec, pomoCount: 3 }, prefs)).toBe(20);
    expect(breakMinutes({ ...rec, pomoCount: 6 }, prefs)).toBe(20);
    // What the finished and break screens call it (features/focus/ui/Timer.tsx).
    expect([1, 2, 3, 4, 6].map((pomoCount) => breakKind({ ...rec, pomoCount }, prefs))).toEqual(['short', 'short', 'long', 'short', 'long']);
  });
});
