// How the end of a pomodoro or break is announced: a notification, a sound, and what makes the end
// hard to miss (app/settings.ts joins this part into the settings).
export const SOUNDS = ['chime', 'bell', 'soft', 'off'] as const;
export type SoundName = (typeof SOUNDS)[number];

/** Seconds between repeats of the end sound; 0: once. Chrome's alarms fire at most every 30 s. */
export const REPEATS = [0, 30, 60, 120] as const;

export interface EndSettings {
  /** The notification stays until acknowledged (Chrome). */
  sticky: boolean;
  /** The end sound again every this many seconds until the user acts (0: once). */
  repeatSec: number;
  /** When no browser window has the focus, the extension's page opens in a window of its own. */
  openWindow: boolean;
  /** A notification one minute before a pomodoro ends. */
  headsUp: boolean;
}

export interface AlertSettings {
  notify: boolean;
  /** The sound when a pomodoro or break runs out (`off`: none), and its volume 0–1. */
  sound: { name: SoundName; volume: number };
  end: EndSettings;
}

export const DEFAULT_END: EndSettings = { sticky: false, repeatSec: 0, openWindow: false, headsUp: false };
export const DEFAULT_ALERTS: AlertSettings = { notify: true, sound: { name: 'chime', volume: 0.7 }, end: DEFAULT_END };
