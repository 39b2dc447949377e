// The popup page's start: one store instance (features/focus/ui/store), filled from the first read
// before the first render together with the settings the page composes with (Zoho's line), then
// the settings followed while the popup is open. The settings are app/'s: the features get them here.
import { createStore, type StoreApi } from 'zustand/vanilla';
import { createPopup, type Popup } from '../../features/focus/ui/store';
import { watchItem } from '../../browser/storage';
import { DEFAULT_SETTINGS, settingsItem, withDefaults, type Settings } from '../settings';
import { readFirst, type FirstRead } from './reads';

export interface PopupPage {
  popup: Popup;
  settings: StoreApi<Settings>;
}

/**
 * The stored state, settings and preferences, read once before the first render. `reads`: the
 * reads the popup sent as its script started (entrypoints/popup/first-read.ts), else made now.
 */
export async function openPopup(popup: Popup = createPopup(), reads?: Promise<FirstRead>): Promise<PopupPage> {
  const page = { popup, settings: createStore<Settings>()(() => DEFAULT_SETTINGS) };
  try {
    const [local, sync] = await (reads ?? readFirst());
    const settings = withDefaults(settingsItem.parse(sync[settingsItem.key]));
    page.settings.setState(settings, true);
    popup.load(local, settings.rhythm);
  } catch (e) {
    // Rendered all the same: the store reads the state again when it starts.
    console.error('TickTick Focus: first read', e);
  }
  return page;
}

/** After the first render: the store follows the worker, the page the settings. */
export function startPopup({ popup, settings }: PopupPage): () => void {
  const stop = popup.start();
  const unwatch = watchItem(settingsItem, (stored) => {
    const all = withDefaults(stored);
    settings.setState(all, true);
    popup.setRhythm(all.rhythm);
  });
  return () => {
    stop();
    unwatch();
  };
}
