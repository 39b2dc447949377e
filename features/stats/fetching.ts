// The page's TickTick side, in a chunk of its own that loads after the first paint (the HTTP
// client and the fill are not needed to draw what the cache holds): a range filled from the
// timeline, then further back while the current streak may go on; the lists; the all-time totals.
import type { Site } from '../focus/index';
import { focusDayKeys, type Cache } from './cache';
import { coveredFrom } from './spans';
import { loadDays, saveDays } from './store';
import { streaks } from './streaks';
import { fill, type FillPorts, type FillResult } from './sync';
import { timelineSource } from './reads';
import { dayOf, dayStartMs, parseIsoDay } from './zone';

export { allTime, freshLists } from './reads';

/** A session may start this long before the day it counts on (a stopwatch stops at 12 h). */
const LONGEST = 12 * 3_600_000;

/** Reads further back while the current streak reaches the oldest day read (it may go on). */
async function fillStreak(c: Cache, p: FillPorts, onPage: () => void): Promise<FillResult> {
  for (let i = 0; i < 100; i++) {
    const s = streaks(focusDayKeys(c).map(parseIsoDay), dayOf(Date.now()));
    const from = coveredFrom(c.spans);
    if (s.currentFrom === null || from === null || from === 0 || from <= dayStartMs(s.currentFrom - 1) - LONGEST) return 'done';
    const r = await fill(c, dayStartMs(s.currentFrom - 1) - LONGEST, false, p, onPage);
    if (r !== 'done') return r;
  }
  return 'done';
}

/** The holes of days `from`… filled (the newest page too with `top`), then the current streak's. */
export async function fillRange(c: Cache, site: Site, from: number, top: boolean, onPage: () => void): Promise<FillResult> {
  const saver = batched(c);
  const ports: FillPorts = { source: timelineSource(site), load: loadDays, save: saver.save };
  try {
    const r = await fill(c, dayStartMs(from) - LONGEST, top, ports, onPage);
    return r === 'done' ? await fillStreak(c, ports, onPage) : r;
  } finally {
    await saver.flush();
  }
}

/** Days stored at most once a second while pages arrive (a closed tab loses a second of pages, not the fill). */
function batched(c: Cache, everyMs = 1000) {
  const pending = new Set<string>();
  let last = Date.now();
  const flush = async () => {
    last = Date.now();
    const keys = [...pending];
    pending.clear();
    if (keys.length) await saveDays(c, keys);
  };
  return {
    flush,
    async save(_: Cache, changed: Iterable<string>) {
      for (const k of changed) pending.add(k);
      if (Date.now() - last >= everyMs) await flush();
    },
  };
}
