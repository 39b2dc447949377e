// The statistics page's first read: the range the address names and what storage holds of it,
// started by public/stats-first-read.js before the modules load (or here, when it did not run),
// so it runs while the page loads its code and looks up the account's site.
import { fromHash, weekStartOf, type Range } from './ranges';
import { DAY_PREFIX, readStored, wantedDays } from './store';
import { dayOf } from './zone';

export interface Preload {
  range: Range;
  stored: Promise<Record<string, unknown>>;
}

interface Early { keys: string[]; got: Promise<Record<string, unknown>> }

export function preloadStats(hash = location.hash, locale = navigator.language): Preload {
  const range = fromHash(hash, dayOf(Date.now()), weekStartOf(locale));
  const want = wantedDays(range.from, range.to);
  const early = (globalThis as { __ttfStats?: Early }).__ttfStats;
  if (!early) return { range, stored: readStored(want) };
  const had = new Set(early.keys);
  const missed = want.filter((k) => !had.has(DAY_PREFIX + k));
  const stored = missed.length ? Promise.all([early.got, readStored(missed)]).then(([a, b]) => ({ ...a, ...b })) : early.got;
  return { range, stored };
}
