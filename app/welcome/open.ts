// The welcome page opens once per profile, on a fresh install only: never on an update or a
// browser update, and never again on the same profile. An unpacked extension loaded with
// --load-extension gets `install` at every browser start (app/worker.ts), hence the stored mark.
import { browser } from 'wxt/browser';
import { defineItem, type Item } from '../../browser/storage';

/** When the welcome page was first opened (0: never). */
export const welcomedItem = defineItem<number>('local:welcomed', { fallback: 0, version: 1, valid: (v) => typeof v === 'number' });

export interface WelcomePorts {
  item: Item<number>;
  open(url: string): Promise<unknown>;
  now(): number;
}

const ports: WelcomePorts = {
  item: welcomedItem,
  open: (url) => browser.tabs.create({ url }),
  now: Date.now,
};

/**
 * Opens the welcome page for `reason` (runtime.onInstalled's) when it is due; says whether it did.
 * Any other reason marks it as due no more: an updated extension had its user already.
 */
export async function welcomeOnInstall(reason: string, p: WelcomePorts = ports): Promise<boolean> {
  if (await p.item.getValue()) return false;
  await p.item.setValue(p.now()); // marked first: a second start while the tab opens opens none
  if (reason !== 'install') return false;
  await p.open(browser.runtime.getURL('/welcome.html'));
  return true;
}
