// The timeline cache in storage.local: one entry per local day (`statsDay:YYYY-MM-DD`, its sessions
// packed by compact.ts, as one JSON string) and `statsMeta` (the spans held, the stored days and
// their counts, the site). A string, not the arrays themselves: Chromium hands a year of arrays to
// the page in 120–230 ms, the same as strings in 15 (docs/statistics.md §5). A year of 4,000
// sessions is about 0.5 MB; the cap keeps the newest 20,000 sessions.
import { browser } from 'wxt/browser';
import { defineItem } from '../../browser/storage';
import { isObj } from '../../kernel/json';
import { applyCap, EMPTY_META, newCache, type Cache, type Meta } from './cache';
import { pack, unpack } from './compact';
import { listsItem } from './lists';
import type { Session } from './timeline';
import { isoDay } from './zone';

export const DAY_PREFIX = 'statsDay:';
/** Sessions kept in storage at most (about 2.5 MB): the oldest days go first. */
export const CAP = 20_000;

const validMeta = (v: unknown) => isObj(v) && Array.isArray(v.spans) && isObj(v.days) && typeof v.floor === 'number';
export const metaItem = defineItem<Meta>('local:statsMeta', { fallback: EMPTY_META, version: 1, valid: validMeta });

/** The index, the list index and the days `want`, in one storage call (the first paint waits for one read). */
export const readStored = (want: string[]): Promise<Record<string, unknown>> =>
  browser.storage.local.get([metaItem.key, listsItem.key, ...want.map((k) => DAY_PREFIX + k)]);

/** The stored days of a range (a day either side: sessions across midnight, a zone changed). */
export const wantedDays = (from: number, to: number) => Array.from({ length: to - from + 3 }, (_, i) => isoDay(from - 1 + i));

/**
 * The cache of `site` with the stored days among `want` (`got`: what readStored read of them).
 * Another site's cache is cleared first.
 */
export async function openCache(site: string, want: string[] = [], got?: Record<string, unknown>): Promise<Cache> {
  got ??= await readStored(want);
  const meta = metaItem.parse(got[metaItem.key]);
  if (meta.site === site) {
    const c = newCache(meta);
    putDays(c, got, want.filter((k) => k in meta.days));
    return c;
  }
  await browser.storage.local.remove(Object.keys(meta.days).map((k) => DAY_PREFIX + k));
  const fresh = { ...EMPTY_META, site };
  await metaItem.setValue(fresh);
  return newCache(fresh);
}

function parseDay(raw: unknown): (Session | null)[] {
  try {
    const list: unknown = typeof raw === 'string' ? JSON.parse(raw) : null;
    return Array.isArray(list) ? list.map(unpack) : [null];
  } catch {
    return [null];
  }
}

/** Reads the stored days `keys` not in memory yet (returns how many). A damaged entry costs the spans' trust. */
export async function loadDays(c: Cache, keys: string[]): Promise<number> {
  const want = keys.filter((k) => !c.days.has(k) && k in c.meta.days);
  if (want.length) putDays(c, await browser.storage.local.get(want.map((k) => DAY_PREFIX + k)), want);
  return want.length;
}

function putDays(c: Cache, got: Record<string, unknown>, keys: string[]) {
  let damaged = false;
  for (const k of keys) {
    const list = parseDay(got[DAY_PREFIX + k]);
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
    if (day?.size) set[DAY_PREFIX + k] = JSON.stringify([...day.values()].map(pack));
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
