// A pomodoro (or break) ran out: the notification and the sound, each as the user set them.
import type { Translate } from '../../browser/i18n';
import type { NotifyPort } from '../../browser/notifications';
import type { SoundPort } from '../../browser/sound';
import type { AlertSettings } from './settings';

export interface AlertPorts {
  notify: NotifyPort;
  sound: SoundPort;
  settings(): Promise<AlertSettings>;
  t: Translate;
}

/** `force`: the options page's test, which always shows and sounds (the chime when sound is off). */
export type Alert = (focusDone: boolean, force?: boolean) => Promise<void>;

export function createAlert(p: AlertPorts): Alert {
  return async (focusDone, force = false) => {
    const settings = await p.settings();
    if (settings.notify || force) {
      await p.notify.show(focusDone ? 'focusDone' : 'breakDone', p.t(focusDone ? 'notifyFocusDoneTitle' : 'notifyBreakDoneTitle'),
        p.t(focusDone ? 'notifyFocusDoneBody' : 'notifyBreakDoneBody'));
    }
    const sound = force && settings.sound.name === 'off' ? { ...settings.sound, name: 'chime' as const } : settings.sound;
    if (sound.name !== 'off') await p.sound.play(sound.name, sound.volume).catch(() => undefined); // a missing sound is no failure
  };
}
