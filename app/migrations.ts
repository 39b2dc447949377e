// How each stored item moves from one version to the next: pure functions, one per step
// (`from` version → the next), tested with values that earlier releases really wrote
// (test/fixtures/storage/). A release that changes an item's shape adds a step here.
import { DEFAULT_AWAY } from '../features/guard/away';
import { DEFAULT_ZOHO } from '../features/zoho/state';

export type Migration = (old: unknown) => unknown;
export type Migrations = Record<number, Migration>;

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new Error('not an object');
  return v as Obj;
};

/**
 * `sync:settings` — v1 (0.1.0): site, notify. v2: + rhythm overrides, + the Zoho People mirror,
 * + site blocking and pause-when-away (all off), + end sound and badge text. v3 (#16): + the block
 * mode (our page); `block.sites` leaves for `sync:blockSites`, moved by app/storage.ts in the
 * same write that creates that item, so until then v3 still carries it.
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

/**
 * `local:state` (TickTick's queue, `point`, `current`, retry schedule) — v1 (0.1.0): `uncertain`
 * said a batch may have reached TickTick. v2: `inflight` holds that batch's op ids (the whole queue
 * then, which is what v1 sent), so the next round reads first and sends only what TickTick lacks.
 */
export const STATE_MIGRATIONS: Migrations = {
  1: (old) => {
    const { uncertain, ...o } = obj(old);
    const queue = Array.isArray(o.queue) ? (o.queue as Obj[]) : [];
    return { ...o, inflight: uncertain ? queue.map((op) => op.id) : [] };
  },
};

const isList = (v: unknown, each: (e: Obj) => boolean) => Array.isArray(v) && v.every((e) => typeof e === 'object' && e !== null && each(e as Obj));
const isObj = (v: unknown) => typeof v === 'object' && v !== null && !Array.isArray(v);
const isTexts = (v: unknown) => Array.isArray(v) && v.every((e) => typeof e === 'string');

/**
 * A light check of a value at the current version, before anything uses it: one that fails is set
 * aside and reported like an unreadable one (a malformed queue must not blank the popup).
 */
export const SHAPES = {
  state: (v: unknown) => isObj(v) && isList((v as Obj).queue, (o) => typeof o.id === 'string' && typeof o.op === 'string' && typeof o.oId === 'string')
    && typeof (v as Obj).point === 'number' && ((v as Obj).current === null || isObj((v as Obj).current))
    && ((v as Obj).inflight === undefined || isTexts((v as Obj).inflight)),
  texts: isTexts,
  object: isObj,
} satisfies Record<string, (v: unknown) => boolean>;

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
 * refused to log, `extra`: logged too many); queued calls may carry `at`, and one without it is
 * taken as on time; a queued `unlog` corrects a late stop's log (features/zoho/late.ts).
 */
export const ZOHO_MIGRATIONS: Migrations = {
  1: (old) => ({ granted: false, missed: [], ...obj(old) }),
};
