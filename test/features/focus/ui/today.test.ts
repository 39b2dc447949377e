import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { todayLine } from '../../../../features/focus/ui/today';

// The message with its substitutions, as the browser would fill it in.
const spy = () => vi.spyOn(browser.i18n, 'getMessage').mockImplementation(((key: string, subs?: string[]) => (key === 'lang' ? 'en' : `${key}:${(subs ?? []).join('|')}`)) as never);

describe('today\'s line', () => {
  afterEach(() => vi.restoreAllMocks());
  it('pomodoros against the goal, and focus time against TickTick\'s daily focus goal', () => {
    spy();
    expect(todayLine({ todayPomoCount: 3, todayPomoDuration: 75 }, { pomoGoal: 8, focusDuration: 120 })).toBe('todayTime:3|8|1h 15m|2h');
  });
  it('no focus goal (0): the pomodoro line alone', () => {
    spy();
    expect(todayLine({ todayPomoCount: 3, todayPomoDuration: 75 }, { pomoGoal: 8, focusDuration: 0 })).toBe('today:3|8|1h 15m');
  });
});
