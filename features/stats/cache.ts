// The timeline cache in memory: sessions per local day (the day each starts, `YYYY-MM-DD`) and the
// spans of start times held completely (spans.ts). A page from TickTick is the truth for the span
// it covers: its sessions replace the cached ones, and a cached session in that span the page
// lacks was deleted in TickTick. Over the cap, the oldest days leave storage first (store.ts);
// memory keeps what this page has read.
import { addSpan, cutBelow, type Span } from './spans';
import type { Session } from './timeline';
import { dayOf, dayStartMs, isoDay, localOffset, parseIsoDay, type Offset } from './zone';

/** What storage holds: the spans, the sessions per stored day (counts), the site they are of. */
export interface Meta {
  site: string | null;
  spans: Span[];
  days: Record<string, number>;
  /** Where storage begins once the cap dropped days (0: nothing dropped). */
  floor: number;
}

export interface Cache {
  meta: Meta;
  /** Coverage of what is in memory (may reach further back than storage after the cap). */
  spans: Span[];
  days: Map<string, Map<string, Session>>;
}

export const EMPTY_META: Meta = { site: null, spans: [], days: {}, floor: 0 };
export const newCache = (meta: Meta = EMPTY_META): Cache => ({ meta: structuredClone(meta), spans: structuredClone(meta.spans), days: new Map() });

export const dayKey = (ms: number, off: Offset = localOffset) => isoDay(dayOf(ms, off));

/** Stored days that may hold sessions starting in [lo, hi] (a day either side for zone changes). */
export function keysAround(c: Cache, lo: number, hi: number, off: Offset = localOffset): string[] {
  const a = isoDay(dayOf(lo, off) - 1);
  const b = isoDay(dayOf(Math.min(hi, 8.64e15), off) + 1);
  return Object.keys(c.meta.days).filter((k) => k >= a && k <= b);
}

/**
 * Merges a page covering starts [lo, hi]: its sessions in, cached ones of that span it lacks out.
 * The days around the span must be loaded (keysAround). Returns the days that changed.
 */
export function mergePage(c: Cache, sessions: Session[], lo: number, hi: number, off: Offset = localOffset): Set<string> {
  const byId = new Map(sessions.map((s) => [s.id, s]));
  const changed = new Set<string>();
  const [a, b] = [isoDay(dayOf(lo, off) - 1), isoDay(dayOf(Math.min(hi, 8.64e15), off) + 1)];
  for (const [key, day] of c.days) {
    if (key < a || key > b) continue; // a page spans a few days: the rest of the cache is not its business
    for (const [id, s] of day) {
      // Gone from TickTick, or filed under another day now (moved, or a zone change): out of here.
      const p = byId.get(id);
      if ((!p && s.start > lo && s.start <= hi) || (p && dayKey(p.start, off) !== key)) {
        day.delete(id);
        changed.add(key);
      }
    }
  }
  for (const s of sessions) {
    const key = dayKey(s.start, off);
    let day = c.days.get(key);
    if (!day) c.days.set(key, (day = new Map()));
    day.set(s.id, s);
    changed.add(key);
  }
  for (const key of changed) {
    const n = c.days.get(key)?.size ?? 0;
    if (n) c.meta.days[key] = n;
    else delete c.meta.days[key];
  }
  c.spans = addSpan(c.spans, [lo, hi]);
  c.meta.spans = cutBelow(c.spans, c.meta.floor);
  return changed;
}

/** Drops the oldest stored days while more than `cap` sessions are stored; returns the days dropped. */
export function applyCap(c: Cache, cap: number, off: Offset = localOffset): string[] {
  const keys = Object.keys(c.meta.days).sort();
  let total = keys.reduce((n, k) => n + c.meta.days[k]!, 0);
  const dropped: string[] = [];
  while (total > cap && keys.length) {
    const k = keys.shift()!;
    total -= c.meta.days[k]!;
    delete c.meta.days[k];
    dropped.push(k);
  }
  if (dropped.length) {
    c.meta.floor = keys.length ? dayStartMs(parseIsoDay(keys[0]!), off) : Number.MAX_SAFE_INTEGER;
    c.meta.spans = cutBelow(c.meta.spans, c.meta.floor);
  }
  return dropped;
}

/** The sessions in memory, newest day last. */
export function allSessions(c: Cache): Session[] {
  return [...c.days.keys()].sort().flatMap((k) => [...c.days.get(k)!.values()]);
}

/** Days with focus: stored ones and those only in memory. */
export function focusDayKeys(c: Cache): string[] {
  return [...new Set([...Object.keys(c.meta.days), ...[...c.days].filter(([, d]) => d.size).map(([k]) => k)])];
}
