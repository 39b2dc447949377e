// How the focus feature's items move from one version to the next: pure functions, one per step,
// tested with values that earlier releases really wrote (test/fixtures/storage/).
import type { Migrations } from '../../browser/storage';
import { isList, isObj, isTexts, obj, type Obj } from '../../kernel/json';

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
 * A light check of the state at the current version, before anything uses it: one that fails is
 * set aside and reported like an unreadable one (a malformed queue must not blank the popup).
 */
export const isStateShape = (v: unknown): boolean => isObj(v) && isList(v.queue, (o) => typeof o.id === 'string' && typeof o.op === 'string' && typeof o.oId === 'string')
  && typeof v.point === 'number' && (v.current === null || isObj(v.current))
  && (v.inflight === undefined || isTexts(v.inflight));
