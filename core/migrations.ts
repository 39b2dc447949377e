// How each stored item moves from one version to the next: pure functions, one per step
// (`from` version → the next), tested with values that earlier releases really wrote
// (test/fixtures/storage/). A release that changes an item's shape adds a step here.
import { DEFAULT_AWAY } from './guard/away';
import { DEFAULT_BLOCK } from './guard/blocking';
import { DEFAULT_ZOHO } from './zoho/state';

export type Migration = (old: unknown) => unknown;
export type Migrations = Record<number, Migration>;

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new Error('not an object');
  return v as Obj;
};

/**
 * `sync:settings` — v1 (0.1.0): site, notify. v2: + rhythm overrides, + the Zoho People mirror,
 * + site blocking and pause-when-away (all off), + end sound and badge text.
 */
export const SETTINGS_MIGRATIONS: Migrations = {
  1: (old) => ({
    rhythm: {}, zoho: { ...DEFAULT_ZOHO }, block: { ...DEFAULT_BLOCK }, away: { ...DEFAULT_AWAY },
    sound: { name: 'chime', volume: 0.7 }, badge: 'minutes', ...obj(old),
  }),
};

/** `local:state` (TickTick's queue, `point`, `current`, retry schedule): v1 since 0.1.0, unchanged. */
export const STATE_MIGRATIONS: Migrations = {};

/**
 * `local:extras` — v1 (0.1.0): prefs held four numbers, defaults filled in. v2: prefs hold only what
 * TickTick sent (daily goal and auto-start flags too); a value v1 filled in from the defaults is
 * dropped when it equals the default, so "follow TickTick" still means TickTick's value.
 */
export const EXTRAS_MIGRATIONS: Migrations = {
  1: (old) => {
    const o = obj(old);
    // v1 only stored prefs once fetched (prefsAt > 0); before that they were the defaults.
    const prefs = Number(o.prefsAt) > 0 ? { ...obj(o.prefs) } : {};
    return { ...o, prefs };
  },
};

/**
 * `local:zoho` (the Zoho People mirror) — v1: log, ids, queue, retry, uncertain, error, foreign,
 * sent. v2: + `granted` (renewal without a window, docs/zoho-people.md §5), + `missed` (minutes Zoho
 * refused to log); queued calls may carry `at`, and one without it is taken as on time.
 */
export const ZOHO_MIGRATIONS: Migrations = {
  1: (old) => ({ granted: false, missed: [], ...obj(old) }),
};
