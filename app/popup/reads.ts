// What the popup reads of storage before its first render: the focus store's entries and the
// settings. Few imports, so entrypoints/popup/first-read.ts can send it before the rest evaluates.
import { browser } from 'wxt/browser';
import { FIRST_KEYS } from '../../features/focus/ui/store/boot';
import { settingsItem } from '../settings';

/** storage.local's FIRST_KEYS entries, and storage.sync's settings entry. */
export type FirstRead = [Record<string, unknown>, Record<string, unknown>];

export const readFirst = (): Promise<FirstRead> =>
  Promise.all([browser.storage.local.get(FIRST_KEYS), browser.storage.sync.get(settingsItem.key)]);
