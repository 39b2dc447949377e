import { describe, expect, it } from 'vitest';
import { endpoints, hostPermissions, siteOfCookieDomain } from '../../../../features/focus/ticktick/hosts';

describe('hosts', () => {
  it('focus ops go to ms.*, the rest to api.* (docs/ticktick-protocol.md §1)', () => {
    expect(endpoints('ticktick').focusOp).toBe('https://ms.ticktick.com/focus/batch/focusOp');
    expect(endpoints('dida365').focusOp).toBe('https://ms.dida365.com/focus/batch/focusOp');
    expect(endpoints('dida365').prefs).toBe('https://api.dida365.com/api/v2/user/preferences/pomodoro');
    expect(endpoints('ticktick').stats).toBe('https://api.ticktick.com/api/v2/pomodoros/statistics/generalForDesktop');
  });
  it('a base URL sends everything to one origin', () => {
    const e = endpoints('dida365', 'http://127.0.0.1:8787/');
    expect(e.focusOp).toBe('http://127.0.0.1:8787/focus/batch/focusOp');
    expect(e.prefs).toBe('http://127.0.0.1:8787/api/v2/user/preferences/pomodoro');
  });
  it('host permissions: only the four TickTick/Dida365 hosts, or only the base', () => {
    expect(hostPermissions()).toEqual([
      'https://ms.ticktick.com/*', 'https://api.ticktick.com/*', 'https://ms.dida365.com/*', 'https://api.dida365.com/*',
    ]);
    expect(hostPermissions('http://127.0.0.1:8787')).toEqual(['http://127.0.0.1/*']);
  });
  it('knows which site a cookie belongs to', () => {
    expect(siteOfCookieDomain('.dida365.com')).toBe('dida365');
    expect(siteOfCookieDomain('api.ticktick.com')).toBe('ticktick');
    expect(siteOfCookieDomain('evil-ticktick.com')).toBeNull();
  });
});
