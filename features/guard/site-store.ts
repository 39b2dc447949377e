// The blocked sites: an item of their own in storage.sync (the list follows the user's browsers),
// so a long list can never stop the settings from saving. Settings v2 held it as `block.sites`;
// app/block-sites.ts moves it here once and reads the old copy until then. Not loaded by the popup.
import { defineItem } from '../../browser/storage';
import { isTexts } from '../../kernel/json';

/** A list that is no list of host names is set aside and reported, not left to break the guard. */
export const sitesItem = defineItem<string[]>('sync:blockSites', { fallback: [], version: 1, valid: isTexts });
