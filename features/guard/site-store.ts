// The blocked sites: an item of their own in storage.sync (the list follows the user's browsers),
// so a long list can never stop the settings from saving. Settings v2 held it as `block.sites`;
// `moveSites` moves it here once, in one write (app/migrations.ts). Not loaded by the popup.
import { browser } from 'wxt/browser';
import type { Settings } from '../../app/settings';
import { settingsItem } from '../../app/settings';
import { defineItem } from '../../browser/storage';
import { isTexts } from '../../kernel/json';

const KEY = 'blockSites';
/** A list that is no list of host names is set aside and reported, not left to break the guard. */
export const sitesItem = defineItem<string[]>(`sync:${KEY}`, { fallback: [], version: 1, valid: isTexts });

const legacySites = (settings: Settings) => {
  const old = (settings.block as { sites?: unknown }).sites;
  return Array.isArray(old) ? old.filter((s): s is string => typeof s === 'string') : undefined;
};

/** The block list; until `moveSites` ran, the one the settings still hold. */
export async function readSites(): Promise<string[]> {
  const got = await browser.storage.sync.get(['settings', KEY]);
  return got[KEY] !== undefined ? sitesItem.getValue() : legacySites(settingsItem.parse(got.settings)) ?? [];
}

/** `block.sites` leaves the settings for its own item in one write: both items change, or neither. */
export async function moveSites(): Promise<void> {
  const got = await browser.storage.sync.get(['settings', KEY]);
  const settings = settingsItem.parse(got.settings);
  const sites = legacySites(settings);
  if (!sites) return;
  const { sites: _, ...block } = settings.block as Settings['block'] & { sites?: unknown };
  await browser.storage.sync.set({
    ...(got[KEY] === undefined ? { [KEY]: { v: 1, value: sites } } : {}),
    settings: { v: 3, value: { ...settings, block } },
  });
}
