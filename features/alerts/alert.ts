// A pomodoro (or break) ran out: the notification and the sound, each as the user set them. The
// focus's end offers its next steps as buttons (Chrome; a click in Firefox starts the break).
import type { Translate } from '../../browser/i18n';
import type { NotifyPort } from '../../browser/notifications';
import type { SoundPort } from '../../browser/sound';
import type { AlertSettings } from './settings';

export interface AlertPorts {
  notify: NotifyPort;
  sound: Pick<SoundPort, 'play'>;
  settings(): Promise<AlertSettings>;
  t: Translate;
}

/** `force`: the options page's test, which always shows and sounds (the chime when sound is off). */
export type Alert = (focusDone: boolean, force?: boolean) => Promise<void>;

export const FOCUS_DONE = 'focusDone';
export const BREAK_DONE = 'breakDone';

export function createAlert(p: AlertPorts): Alert {
  return async (focusDone, force = false) => {
    const settings = await p.settings();
    if (settings.notify || force) {
      const buttons = focusDone && !force ? [p.t('btnStartBreak'), p.t('btnFiveMore')] : undefined;
      await p.notify.show(focusDone ? FOCUS_DONE : BREAK_DONE, p.t(focusDone ? 'notifyFocusDoneTitle' : 'notifyBreakDoneTitle'),
        p.t(focusDone ? 'notifyFocusDoneBody' : 'notifyBreakDoneBody'), { buttons, sticky: settings.end?.sticky && !force });
    }
    await playEnd(p, settings, force);
  };
}

/** The end sound as set (a missing sound is no failure). */
export async function playEnd(p: Pick<AlertPorts, 'sound'>, settings: AlertSettings, force = false): Promise<void> {
  const sound = force && settings.sound.name === 'off' ? { ...settings.sound, name: 'chime' as const } : settings.sound;
  if (sound.name !== 'off') await p.sound.play(sound.name, sound.volume).catch(() => undefined);
}
