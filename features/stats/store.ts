// The timeline cache in storage.local: one entry per local day (`statsDay:YYYY-MM-DD`, its sessions
// packed by compact.ts) and `statsMeta` (the spans held, the stored days and their counts, the
// site). A year of 4,000 sessions is about 0.5 MB; the cap keeps the newest 20,000 sessions.
import { browser } from 'wxt/browser';
import { defineItem } from '../../browser/storage';
import { isObj } from '../../kernel/json';
import { applyCap, EMPTY_META, newCache, type Cache, type Meta } from './cache';
import { pack, unpack } from './compact';
import type { Session } from './timeline';

export const DAY_PREFIX = 'statsDay:';
/** Sessions kept in storage at most (about 2.5 MB): the oldest days go first. */
export const CAP = 20_000;

const validMeta = (v: unknown) => isObj(v) && Array.isArray(v.spans) && isObj(v.days) && typeof v.floor === 'number';
export const metaItem = defineItem<Meta>('local:statsMeta', { fallback: EMPTY_META, version: 1, valid: validMeta });

/** The cache of `site`: its stored index, no day loaded yet. Another site's cache is cleared first. */
export async function openCache(site: string): Promise<Cache> {
  const meta = await metaItem.getValue();
  if (meta.site === site) return newCache(meta);
  await browser.storage.local.remove(Object.keys(meta.days).map((k) => DAY_PREFIX + k));
  const fresh = { ...EMPTY_META, site };
  await metaItem.setValue(fresh);
  return newCache(fresh);
}

/** Reads the stored days `keys` not in memory yet. A damaged entry is dropped from the spans' trust. */
export async function loadDays(c: Cache, keys: string[]): Promise<void> {
  const want = keys.filter((k) => !c.days.has(k) && k in c.meta.days);
  if (!want.length) return;
  const got = await browser.storage.local.get(want.map((k) => DAY_PREFIX + k));
  let damaged = false;
  for (const k of want) {
    const raw: unknown = got[DAY_PREFIX + k];
    const list = Array.isArray(raw) ? raw.map(unpack) : [null];
    if (list.some((s) => s === null)) damaged = true;
    c.days.set(k, new Map(list.filter((s): s is Session => s !== null).map((s) => [s.id, s])));
  }
  // Something unreadable: the spans no longer promise completeness, so the next fill refetches.
  if (damaged) c.spans = c.meta.spans = [];
}

/** Writes the days `changed` (after the cap) and the index. */
export async function saveDays(c: Cache, changed: Iterable<string>, cap = CAP): Promise<void> {
  const dropped = new Set(applyCap(c, cap));
  const set: Record<string, unknown> = {};
  for (const k of changed) {
    if (dropped.has(k)) continue;
    const day = c.days.get(k);
    if (day?.size) set[DAY_PREFIX + k] = [...day.values()].map(pack);
    else dropped.add(k);
  }
  await browser.storage.local.set(set);
  if (dropped.size) await browser.storage.local.remove([...dropped].map((k) => DAY_PREFIX + k));
  await metaItem.setValue(c.meta);
}

/** Everything forgotten: the next open reads TickTick's timeline again from the newest page. */
export async function clearCache(c: Cache): Promise<Cache> {
  await browser.storage.local.remove(Object.keys(c.meta.days).map((k) => DAY_PREFIX + k));
  const fresh = { ...EMPTY_META, site: c.meta.site };
  await metaItem.setValue(fresh);
  return newCache(fresh);
}
