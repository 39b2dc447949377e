// Every stored item of every feature, so one start-up migrates them all before anything reads
// them, and the focus engine's view of storage (its state, its settings, the rhythm).
import type { StatePort } from '../features/focus/ports';
import { extrasItem, stateItem } from '../features/focus/items';
import { effectivePrefs } from '../features/focus/rhythm';
import { initialState } from '../features/focus/state';
import { zohoItem } from '../features/zoho/item';
import { readSettings, settingsItem } from './settings';

/** Every item read once: older versions migrated and written back before anything else runs. */
export const migrateAll = () => Promise.all([stateItem, settingsItem, extrasItem, zohoItem].map((i) => i.getValue()));

export const statePort: StatePort = {
  load: async () => ({ ...initialState(), ...(await stateItem.getValue()) }),
  save: (s) => stateItem.setValue(s),
  settings: readSettings,
  prefs: async () => effectivePrefs((await extrasItem.getValue()).prefs, (await readSettings()).rhythm),
  prefsAt: async () => (await extrasItem.getValue()).prefsAt,
  async savePrefs(prefs, at) {
    const old = await extrasItem.getValue();
    await extrasItem.setValue({ ...old, prefs: { ...old.prefs, ...prefs }, prefsAt: at });
  },
};
