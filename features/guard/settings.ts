// The guard's part of the settings (app/settings.ts joins every feature's part): site blocking
// while a focus runs, and pausing when the user walks away. Imports nothing, so the settings
// never pull in the focus view.

/**
 * `page`: a blocked site's navigation goes to our page (time left, Back, Allow 5 minutes), which
 * needs host access to each site. `block`: the browser's own error page, no host access at all.
 */
export type BlockMode = 'page' | 'block';

export interface BlockSettings {
  enabled: boolean;
  mode: BlockMode;
}

export const DEFAULT_BLOCK: BlockSettings = { enabled: false, mode: 'page' };

export interface AwaySettings {
  pauseOnLock: boolean;
  /** Minutes without input before pausing; 0 = off. */
  idleMinutes: number;
}

export const DEFAULT_AWAY: AwaySettings = { pauseOnLock: false, idleMinutes: 0 };
