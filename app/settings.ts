// The settings: one storage.sync item (they follow the user's browsers) joining each feature's
// part; its versions and migrations are in app/migrations.ts.
import { defineItem } from '../browser/storage';
import { isObj } from '../kernel/json';
import { DEFAULT_ALERTS, type AlertSettings } from '../features/alerts/settings';
import { DEFAULT_AMBIENT, type AmbientSettings } from '../features/ambient/settings';
import { DEFAULT_FOCUS_SETTINGS, type FocusSettings } from '../features/focus/settings';
import { DEFAULT_AWAY, DEFAULT_BLOCK, type AwaySettings, type BlockSettings } from '../features/guard/settings';
import { DEFAULT_ZOHO, type ZohoSettings } from '../features/zoho/state';
import { SETTINGS_MIGRATIONS } from './migrations';

export interface Settings extends FocusSettings, AlertSettings, AmbientSettings {
  /** The Zoho People mirror. */
  zoho: ZohoSettings;
  /** Sites blocked while a focus runs. */
  block: BlockSettings;
  /** Pause when the user walks away. */
  away: AwaySettings;
  /** Chrome: the toolbar button opens the side panel instead of the popup (browser/side-panel.ts). */
  sidePanelOnAction: boolean;
}

export const KEY_SETTINGS = 'sync:settings';

export const DEFAULT_SETTINGS: Settings = { ...DEFAULT_FOCUS_SETTINGS, ...DEFAULT_ALERTS, ...DEFAULT_AMBIENT, zoho: DEFAULT_ZOHO, block: DEFAULT_BLOCK, away: DEFAULT_AWAY, sidePanelOnAction: false };

/** Stored settings over the defaults, nested groups included (a new field gets its default). */
export function withDefaults(stored: Partial<Settings> | undefined): Settings {
  return {
    ...DEFAULT_SETTINGS, ...stored, rhythm: { ...stored?.rhythm }, zoho: { ...DEFAULT_ZOHO, ...stored?.zoho },
    block: { ...DEFAULT_BLOCK, ...stored?.block }, away: { ...DEFAULT_AWAY, ...stored?.away },
    sound: { ...DEFAULT_ALERTS.sound, ...stored?.sound }, end: { ...DEFAULT_ALERTS.end, ...stored?.end },
    ambient: { ...DEFAULT_AMBIENT.ambient, ...stored?.ambient },
  };
}

export const settingsItem = defineItem<Settings>(KEY_SETTINGS, { fallback: DEFAULT_SETTINGS, version: 3, migrations: SETTINGS_MIGRATIONS, valid: isObj });
export const readSettings = async (): Promise<Settings> => withDefaults(await settingsItem.getValue());
