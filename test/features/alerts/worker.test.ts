import { describe, expect, it } from 'vitest';
import { startAlerts, ALARM_HEADS_UP, ALARM_REPEAT, POPUP_PAGE } from '../../../features/alerts/worker';
import { DEFAULT_ALERTS, type AlertSettings } from '../../../features/alerts/settings';
import type { Repeat } from '../../../features/alerts/end';
import { deriveView } from '../../../features/focus/focus-view';
import type { Action, FocusView } from '../../../features/focus/index';
import { initialState } from '../../../features/focus/state';

const T0 = Date.parse('2026-11-23T09:00:00Z');
const IDLE_VIEW = deriveView(null, 0);

function setup(end: Partial<AlertSettings['end']> = {}, focused = true) {
  let now = T0;
  let view: FocusView = { ...IDLE_VIEW, mode: 'pomo', phase: 'finished' };
  let repeat: Repeat | undefined;
  const log = { shown: [] as { id: string; buttons?: string[] }[], cleared: [] as string[], played: 0, opened: [] as string[], acts: [] as Action[], alarms: new Map<string, number | null>() };
  const settings: AlertSettings = { ...DEFAULT_ALERTS, end: { ...DEFAULT_ALERTS.end, ...end } };
  const alerts = startAlerts({
    notify: { show: async (id, _t, _m, o) => void log.shown.push({ id, buttons: o?.buttons }), clear: async (id) => void log.cleared.push(id) },
    sound: { play: async () => void log.played++ },
    settings: async () => settings, t: (k) => k,
    alarms: { at: async (n, w) => void log.alarms.set(n, w), every: async () => undefined },
    repeat: { key: 'alertRepeat', get: async () => repeat, set: async (r) => void (repeat = r), remove: async () => void (repeat = undefined) },
    windows: { anyFocused: async () => focused, open: async (p) => void log.opened.push(p) },
    act: async (a) => void log.acts.push(a), view: async () => view, now: () => now, clickActs: false,
  });
  return { alerts, log, advance: (ms: number) => (now += ms), setView: (v: Partial<FocusView>) => (view = { ...view, ...v }), repeat: () => repeat };
}

describe('an end you cannot miss', () => {
  it('repeats the end sound every N seconds while the pomodoro waits for the user, then stops when a break starts', async () => {
    const f = setup({ repeatSec: 60 });
    await f.alerts.alert(true);
    expect(f.log.played).toBe(1);
    expect(f.log.alarms.get(ALARM_REPEAT)).toBe(T0 + 60_000);
    f.advance(60_000);
    await f.alerts.onAlarm(ALARM_REPEAT);
    expect(f.log.played).toBe(2);
    expect(f.log.alarms.get(ALARM_REPEAT)).toBe(T0 + 120_000);
    f.setView({ phase: 'break' }); // started on the phone, say
    f.advance(60_000);
    await f.alerts.onAlarm(ALARM_REPEAT);
    expect(f.log.played).toBe(2);
    expect([f.log.alarms.get(ALARM_REPEAT), f.repeat()]).toEqual([null, undefined]);
  });

  it('stops after ten minutes at most, and at once when the user opens the popup', async () => {
    const f = setup({ repeatSec: 120 });
    await f.alerts.alert(true);
    for (let i = 0; i < 10; i++) {
      f.advance(120_000);
      await f.alerts.onAlarm(ALARM_REPEAT);
    }
    expect(f.log.played).toBe(1 + 5); // at 2, 4, 6, 8, 10 minutes
    expect(f.repeat()).toBeUndefined();
    await f.alerts.alert(true);
    await f.alerts.acknowledge();
    expect([f.log.alarms.get(ALARM_REPEAT), f.repeat()]).toEqual([null, undefined]);
  });

  it('no repeat when off; the page opens in a window only when no browser window has the focus', async () => {
    const off = setup({ openWindow: true });
    await off.alerts.alert(true);
    expect([off.repeat(), off.log.opened]).toEqual([undefined, []]);
    const away = setup({ openWindow: true }, false);
    await away.alerts.alert(true);
    expect(away.log.opened).toEqual([POPUP_PAGE]);
    await away.alerts.alert(true, true); // the options page's test opens nothing
    expect(away.log.opened).toEqual([POPUP_PAGE]);
  });

  it('the end\'s buttons: Start break, 5 more minutes; a click on the notification opens the page', async () => {
    const f = setup({ repeatSec: 30 });
    await f.alerts.alert(true);
    await f.alerts.onNotice('focusDone', 1);
    expect(f.log.acts).toEqual([{ type: 'extend', minutes: 5 }]);
    expect([f.repeat(), f.log.cleared]).toEqual([undefined, ['focusDone']]);
    await f.alerts.onNotice('focusDone', 0);
    await f.alerts.onNotice('focusDone');
    await f.alerts.onNotice('away', 0); // another feature's notification
    expect(f.log.acts).toEqual([{ type: 'extend', minutes: 5 }, { type: 'startBreak' }]);
    expect(f.log.opened).toEqual([POPUP_PAGE]);
  });

  it('a heads-up a minute before a running pomodoro ends, by TickTick\'s clock; none when off or paused', async () => {
    const f = setup({ headsUp: true });
    const s = { ...initialState(), clockOffset: 2000 }; // TickTick 2 s ahead
    const running: Partial<FocusView> = { phase: 'focusing', endsAt: T0 + 2000 + 25 * 60_000, remainingMs: 25 * 60_000 };
    f.setView(running);
    f.alerts.follow(s, { ...IDLE_VIEW, mode: 'pomo', ...running } as FocusView);
    await new Promise((r) => setTimeout(r));
    expect(f.log.alarms.get(ALARM_HEADS_UP)).toBe(T0 + 24 * 60_000);
    f.setView({ remainingMs: 60_000 });
    f.log.alarms.delete(ALARM_HEADS_UP); // a one-shot alarm is gone once it fired
    await f.alerts.onAlarm(ALARM_HEADS_UP);
    expect(f.log.shown.map((n) => n.id)).toEqual(['headsUp']);
    f.alerts.follow(s, { ...IDLE_VIEW, mode: 'pomo', phase: 'paused' } as FocusView);
    await new Promise((r) => setTimeout(r));
    expect(f.log.alarms.has(ALARM_HEADS_UP)).toBe(false);
    f.setView({ phase: 'paused' });
    await f.alerts.onAlarm(ALARM_HEADS_UP);
    expect(f.log.shown).toHaveLength(1);
  });
});
