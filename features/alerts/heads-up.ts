// The heads-up a minute before a pomodoro ends (end.ts decides when): an alarm kept at that
// instant on each change of the focus, and the notification when it fires.
import type { AlarmPort } from '../../browser/alarms';
import type { Translate } from '../../browser/i18n';
import type { NotifyPort } from '../../browser/notifications';
import { serverNow, type AppState, type FocusView } from '../focus/index';
import { aboutToEnd, headsUpAt } from './end';
import type { AlertSettings } from './settings';

export const ALARM_HEADS_UP = 'headsUp';
export const HEADS_UP = 'headsUp';

export interface HeadsUpPorts {
  alarms: AlarmPort;
  notify: NotifyPort;
  settings(): Promise<AlertSettings>;
  view(): Promise<FocusView>;
  now(): number;
  t: Translate;
}

export function headsUp(p: HeadsUpPorts) {
  let set: number | null = null;
  return {
    async follow(s: AppState, view: FocusView): Promise<void> {
      const ahead = serverNow(s, p.now()) - p.now(); // the view is dated by TickTick's clock
      const at = headsUpAt(view, (await p.settings()).end.headsUp, p.now() + ahead);
      const local = at === null ? null : at - ahead;
      if (local === set) return;
      set = local;
      await p.alarms.at(ALARM_HEADS_UP, local);
    },
    async onAlarm(): Promise<void> {
      set = null;
      const view = await p.view();
      if (aboutToEnd(view)) await p.notify.show(HEADS_UP, p.t('notifyHeadsUpTitle'), view.taskTitle || p.t('notifyHeadsUpBody'));
    },
  };
}
