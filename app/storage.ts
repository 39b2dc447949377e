// Every stored item of every feature, so one start-up migrates them all before anything reads
// them, and the focus engine's view of storage (its state, its settings, the rhythm).
import { remembered } from '../browser/storage';
import type { StatePort } from '../features/focus/ports';
import { extrasItem, stateItem } from '../features/focus/items';
import { effectivePrefs } from '../features/focus/rhythm';
import { initialState, type AppState } from '../features/focus/state';
import { sitesItem } from '../features/guard/site-store';
import { zohoItem } from '../features/zoho/item';
import { readSettings, settingsItem, type Settings } from './settings';

/** Every item read once: older versions migrated and written back before anything else runs. */
export const migrateAll = () => Promise.all([stateItem, settingsItem, extrasItem, zohoItem, sitesItem].map((i) => i.getValue()));

/**
 * The engine's storage. Its state is read from storage once per worker and then kept in memory:
 * the engine is the item's only writer (pages read it, never write it), and every save goes to
 * storage before the change counts as done. The settings and the rhythm are kept until they
 * change (browser/storage.ts `remembered`).
 */
export function createStatePort(): Omit<StatePort, 'settings'> & { settings(): Promise<Settings> } {
  const settings = remembered(settingsItem, readSettings);
  const extras = remembered(extrasItem, () => extrasItem.getValue());
  let kept: Promise<AppState> | null = null;
  return {
    load: async () => structuredClone(await (kept ??= stateItem.getValue().then((s) => ({ ...initialState(), ...s }), (e: unknown) => {
      kept = null; // a failed read is tried again next time
      throw e;
    }))),
    async save(s) {
      await stateItem.setValue(s);
      kept = Promise.resolve(structuredClone(s));
    },
    settings,
    prefs: async () => effectivePrefs((await extras()).prefs, (await settings()).rhythm),
    prefsAt: async () => (await extras()).prefsAt,
    async savePrefs(prefs, at) {
      const old = await extrasItem.getValue();
      await extrasItem.setValue({ ...old, prefs: { ...old.prefs, ...prefs }, prefsAt: at });
    },
  };
}
