// How the end of a pomodoro or break is announced: a notification, a sound (app/settings.ts joins
// this part into the settings).
export const SOUNDS = ['chime', 'bell', 'soft', 'off'] as const;
export type SoundName = (typeof SOUNDS)[number];

export interface AlertSettings {
  notify: boolean;
  /** The sound when a pomodoro or break runs out (`off`: none), and its volume 0–1. */
  sound: { name: SoundName; volume: number };
}

export const DEFAULT_ALERTS: AlertSettings = { notify: true, sound: { name: 'chime', volume: 0.7 } };
