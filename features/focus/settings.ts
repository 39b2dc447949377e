// The focus feature's part of the settings (app/settings.ts joins every feature's part).
import type { Site } from './ticktick/hosts';
import type { PomoPrefs } from './ticktick/types';

export interface FocusSettings {
  site: 'auto' | Site;
  /** What the badge shows: the minutes left, or nothing (colour and tooltip stay). */
  badge: 'minutes' | 'off';
  /** Local overrides of the TickTick rhythm; a key left out follows TickTick. */
  rhythm: Partial<PomoPrefs>;
}

export const DEFAULT_FOCUS_SETTINGS: FocusSettings = { site: 'auto', badge: 'minutes', rhythm: {} };
