// How the settings move from one version to the next: pure functions, one per step (`from`
// version → the next), tested with values that earlier releases really wrote
// (test/fixtures/storage/). Each feature keeps its own items' steps (features/*/migrations.ts).
import { DEFAULT_AWAY } from '../features/guard/settings';
import { DEFAULT_ZOHO } from '../features/zoho/state';
import { obj } from '../kernel/json';
import type { Migrations } from '../browser/storage';


/**
 * `sync:settings` — v1 (0.1.0): site, notify. v2: + rhythm overrides, + the Zoho People mirror,
 * + site blocking and pause-when-away (all off), + end sound and badge text. v3 (#16): + the block
 * mode (our page); `block.sites` leaves for `sync:blockSites`, moved by app/block-sites.ts in
 * the same write that creates that item, so until then v3 still carries it.
 */
export const SETTINGS_MIGRATIONS: Migrations = {
  1: (old) => ({
    rhythm: {}, zoho: { ...DEFAULT_ZOHO }, block: { enabled: false, sites: [] }, away: { ...DEFAULT_AWAY },
    sound: { name: 'chime', volume: 0.7 }, badge: 'minutes', ...obj(old),
  }),
  2: (old) => {
    const o = obj(old);
    return { ...o, block: { enabled: false, mode: 'page', ...(o.block === undefined ? {} : obj(o.block)) } };
  },
};



