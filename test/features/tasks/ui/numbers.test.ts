import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { focusNumbers } from '../../../../features/tasks/ui/numbers';

describe('a task\'s numbers', () => {
  afterEach(() => vi.restoreAllMocks());
  it('pomodoros against the estimate, focus time against the estimated time', () => {
    vi.spyOn(browser.i18n, 'getMessage').mockImplementation(((key: string, subs?: string[]) => (key === 'taskPomos' ? `${subs?.[0]} pomos` : key === 'lang' ? 'en' : '')) as never);
    expect(focusNumbers({ pomos: 3, seconds: 4500, estPomos: 5, estSeconds: 0 })).toBe('3/5 pomos · 1h 15m');
    expect(focusNumbers({ pomos: 0, seconds: 1800, estPomos: 0, estSeconds: 7200 })).toBe('30m/2h');
    expect(focusNumbers({ pomos: 2, seconds: 3000, estPomos: 0, estSeconds: 0 })).toBe('2 pomos · 50m');
  });

  it('today\'s pomodoros last, when the page knows them (0 too); alone for a task without numbers', () => {
    vi.spyOn(browser.i18n, 'getMessage').mockImplementation(((key: string, subs?: string[]) => (key === 'taskPomos' ? `${subs?.[0]} pomos` : key === 'taskToday' ? `today: ${subs?.[0]}` : key === 'lang' ? 'en' : '')) as never);
    expect(focusNumbers({ pomos: 3, seconds: 4500, estPomos: 5, estSeconds: 0 }, 2)).toBe('3/5 pomos · 1h 15m · today: 2');
    expect(focusNumbers(undefined, 0)).toBe('today: 0');
    expect(focusNumbers(undefined)).toBe('');
  });
});
