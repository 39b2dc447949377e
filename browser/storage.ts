// Versioned storage items with migrations. A value of an older version is migrated and written
// back once; a newer one (the extension was downgraded) or one that cannot be read is kept under
// `<key>.backup` and reported in `local:problems`, never silently replaced. Our own small item
// instead of WXT's `storage.defineItem` (about 4 KB gzipped in the worker). Knows no feature: each
// feature defines its items, app/keys.ts lists them.
import { browser } from 'wxt/browser';

/** One step: the value at version `from` → the value at `from + 1`. */
export type Migration = (old: unknown) => unknown;
export type Migrations = Record<number, Migration>;

type Area = 'local' | 'sync';
interface Stored<T> { v: number; value: T }

export interface Item<T> {
  getValue(): Promise<T>;
  /** The value in a raw stored entry (already read), migrated in memory only. */
  parse(raw: unknown): T;
  setValue(value: T): Promise<void>;
  readonly area: Area;
  readonly key: string;
}

/** Something stored could not be used as it is; kept aside under `backup`. */
export interface StorageProblem { key: string; kind: 'newer' | 'unreadable'; version: unknown; backup: string; at: number }
export const PROBLEMS_KEY = 'problems';

async function report(area: Area, key: string, raw: unknown, kind: StorageProblem['kind']): Promise<void> {
  const backup = `${key}.backup`;
  const had = (await browser.storage[area].get(backup))[backup];
  if (had === undefined) await browser.storage[area].set({ [backup]: raw }); // the first one is kept
  const list = ((await browser.storage.local.get(PROBLEMS_KEY))[PROBLEMS_KEY] as StorageProblem[] | undefined) ?? [];
  const version = (raw as Stored<unknown> | null)?.v;
  if (!list.some((p) => p.key === key && p.kind === kind)) {
    await browser.storage.local.set({ [PROBLEMS_KEY]: [...list, { key, kind, version, backup, at: Date.now() }] });
  }
}

/**
 * The value in `raw`, brought to `version` through `migrations`; `undefined` when it cannot be
 * used (newer or unreadable), which the caller reports.
 */
export function upgrade<T>(raw: unknown, version: number, migrations: Migrations, valid: (v: unknown) => boolean = () => true): { value: T; migrated: boolean } | { problem: StorageProblem['kind'] } {
  const s = raw as Stored<unknown> | null;
  if (typeof s !== 'object' || s === null || !Number.isInteger(s.v) || !('value' in s)) return { problem: 'unreadable' };
  if (s.v > version) return { problem: 'newer' };
  let value = s.value;
  try {
    for (let v = s.v; v < version; v++) {
      const step = migrations[v];
      if (!step) return { problem: 'unreadable' };
      value = step(value);
    }
  } catch {
    return { problem: 'unreadable' };
  }
  if (!valid(value)) return { problem: 'unreadable' };
  return { value: value as T, migrated: s.v !== version };
}

/** `area:key` as in WXT, with a version and the migrations that lead to it. */
export function defineItem<T>(spec: string, opts: { fallback: T; version: number; migrations?: Migrations; valid?: (v: unknown) => boolean }): Item<T> {
  const [area, key] = spec.split(':') as [Area, string];
  const migrations = opts.migrations ?? {};
  const check = (raw: unknown) => upgrade<T>(raw, opts.version, migrations, opts.valid);
  return {
    async getValue() {
      const raw = (await browser.storage[area].get(key))[key];
      if (raw === undefined) return opts.fallback;
      const r = check(raw);
      if ('problem' in r) {
        await report(area, key, raw, r.problem);
        return opts.fallback;
      }
      if (r.migrated) await browser.storage[area].set({ [key]: { v: opts.version, value: r.value } });
      return r.value;
    },
    parse(raw) {
      if (raw === undefined) return opts.fallback;
      const r = check(raw);
      return 'problem' in r ? opts.fallback : r.value;
    },
    setValue: (value) => browser.storage[area].set({ [key]: { v: opts.version, value } }),
    area,
    key,
  };
}

/**
 * Calls `cb` with each new value written to `item` (by anyone). A function of its own, not a
 * method: only pages watch, and the worker's bundle leaves it out.
 */
export function watchItem<T>(item: Item<T>, cb: (value: T) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, changed: string) => {
    const c = changes[item.key];
    if (changed === item.area && c?.newValue !== undefined) cb(item.parse(c.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/**
 * `read` once, then again only after `item` changed (by anyone): the worker's copy of what pages
 * write (the settings, the rhythm), so a click costs no storage read for them. Made at start-up:
 * the listener belongs to the context that reads.
 */
export function remembered<T, R>(item: Item<T>, read: () => Promise<R>): () => Promise<R> {
  let value: Promise<R> | null = null;
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === item.area && item.key in changes) value = null;
  });
  return () => (value ??= read().catch((e: unknown) => {
    value = null;
    throw e;
  }));
}
