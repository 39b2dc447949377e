// The block list as app/ composes it: settings v2 held it as `block.sites` (app/migrations.ts);
// since #16 it is the guard's own item (features/guard/site-store.ts), moved there once, in one
// write, after the items' migrations (app/worker.ts). The blocked page reads it too.
import { browser } from 'wxt/browser';
import { sitesItem } from '../features/guard/site-store';
import { settingsItem, type Settings } from './settings';

const legacySites = (settings: Settings) => {
  const old = (settings.block as { sites?: unknown }).sites;
  return Array.isArray(old) ? old.filter((s): s is string => typeof s === 'string') : undefined;
};

/** The block list; until `moveSites` ran, the one the settings still hold. */
export async function readSites(): Promise<string[]> {
  const got = await browser.storage.sync.get([settingsItem.key, sitesItem.key]);
  return got[sitesItem.key] !== undefined ? sitesItem.getValue() : legacySites(settingsItem.parse(got[settingsItem.key])) ?? [];
}

/** `block.sites` leaves the settings for its own item in one write: both items change, or neither. */
export async function moveSites(): Promise<void> {
  const got = await browser.storage.sync.get([settingsItem.key, sitesItem.key]);
  const settings = settingsItem.parse(got[settingsItem.key]);
  const sites = legacySites(settings);
  if (!sites) return;
  const { sites: _, ...block } = settings.block as Settings['block'] & { sites?: unknown };
  await browser.storage.sync.set({
    ...(got[sitesItem.key] === undefined ? { [sitesItem.key]: { v: 1, value: sites } } : {}),
    [settingsItem.key]: { v: 3, value: { ...settings, block } },
  });
}
