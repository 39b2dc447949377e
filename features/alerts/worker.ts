// The alerts' worker part: the end announced (alert.ts), then kept hard to miss as the user chose
// (end.ts): the page opened when no window has the focus, the sound repeated until the user acts,
// the heads-up a minute before; and the end notification's buttons, which work with no popup open.
import type { AlarmPort } from '../../browser/alarms';
import type { SessionValue } from '../../browser/session';
import type { WindowPort } from '../../browser/windows';
import type { Action, AppState, FocusView } from '../focus/index';
import { BREAK_DONE, createAlert, FOCUS_DONE, playEnd, type Alert, type AlertPorts } from './alert';
import { nextRepeat, waiting, type Repeat } from './end';
import { ALARM_HEADS_UP, headsUp } from './heads-up';

export const ALARM_REPEAT = 'alertRepeat';
export { ALARM_HEADS_UP };
export const POPUP_PAGE = '/popup.html';

export interface AlertWorkerPorts extends AlertPorts {
  alarms: AlarmPort;
  repeat: SessionValue<Repeat>;
  windows: WindowPort;
  act(a: Action): Promise<unknown>;
  /** The focus as the worker holds it now. */
  view(): Promise<FocusView>;
  now(): number;
  /** Firefox: no notification buttons, a click on the notification acts. */
  clickActs: boolean;
}

export function startAlerts(p: AlertWorkerPorts) {
  const announce = createAlert(p);
  const heads = headsUp(p);
  let pending: Repeat | null = null;
  const stopRepeat = async () => {
    pending = null;
    await Promise.all([p.repeat.remove(), p.alarms.at(ALARM_REPEAT, null)]);
  };

  const alert: Alert = async (focusDone, force = false) => {
    await announce(focusDone, force);
    if (force) return;
    const { end } = await p.settings();
    if (end.openWindow && !(await p.windows.anyFocused())) await p.windows.open(POPUP_PAGE);
    const r: Repeat = { kind: focusDone ? FOCUS_DONE : BREAK_DONE, at: p.now() };
    const next = nextRepeat(r, p.now(), end.repeatSec);
    if (next === null) return;
    pending = r;
    await Promise.all([p.repeat.set(r), p.alarms.at(ALARM_REPEAT, next)]);
  };

  async function repeat(): Promise<void> {
    const r = await p.repeat.get();
    if (!r) return;
    if (!waiting(r, await p.view())) return stopRepeat();
    const settings = await p.settings();
    await playEnd(p, settings);
    const next = nextRepeat(r, p.now(), settings.end.repeatSec);
    await (next === null ? stopRepeat() : p.alarms.at(ALARM_REPEAT, next));
  }

  async function follow(s: AppState, view: FocusView): Promise<void> {
    if (pending && !waiting(pending, view)) await stopRepeat();
    await heads.follow(s, view);
  }

  async function onNotice(id: string, button?: number): Promise<void> {
    if (id !== FOCUS_DONE && id !== BREAK_DONE) return;
    await Promise.all([stopRepeat(), p.notify.clear(id)]);
    if (id !== FOCUS_DONE) return;
    if (button === 0 || (button === undefined && p.clickActs)) await p.act({ type: 'startBreak' });
    else if (button === 1) await p.act({ type: 'extend', minutes: 5 });
    else await p.windows.open(POPUP_PAGE);
  }

  return {
    alert,
    follow: (s: AppState, view: FocusView) => void follow(s, view).catch((e: unknown) => console.warn('alerts', e)),
    async onAlarm(name: string): Promise<void> {
      if (name === ALARM_REPEAT) await repeat();
      else if (name === ALARM_HEADS_UP) await heads.onAlarm();
    },
    onNotice,
    /** The user opened the popup: the end has been seen. */
    acknowledge: async () => void ((await p.repeat.get()) && (await stopRepeat())),
  };
}
