// The page's data: the cache opened and the range's days read from it first (the page paints from
// storage), then the holes filled from TickTick (sync.ts) — the newest page once per visit, older
// pages only where the range or the current streak needs them — and the lists refreshed.
import { useEffect, useLayoutEffect, useReducer, useRef, useState } from 'preact/hooks';
import type { Site } from '../../focus/index';
import { focusDayKeys, keysAround, type Cache } from '../cache';
import { listsItem, type ListIndex } from '../lists';
import { allTime, freshLists, timelineSource, type AllTime } from '../reads';
import type { Range } from '../ranges';
import { coveredFrom } from '../spans';
import type { Preload } from '../preload';
import { clearCache, loadDays, openCache, readStored, saveDays, wantedDays } from '../store';
import { streaks } from '../streaks';
import { fill, type FillPorts, type FillResult } from '../sync';
import { dayOf, dayStartMs, parseIsoDay } from '../zone';

export type Status = 'reading' | 'fetching' | 'done' | 'failed';

export interface StatsData {
  cache: Cache | null;
  lists: ListIndex;
  status: Status;
  /** Changes whenever the cache does. */
  version: number;
  allTime: AllTime | null;
  /** The oldest start read so far while fetching (the progress). */
  back: number | null;
  reload(): void;
}

/** A session may start this long before the day it counts on (a stopwatch stops at 12 h). */
const LONGEST = 12 * 3_600_000;
const EMPTY_LISTS: ListIndex = { site: null, at: 0, inbox: '', lists: {}, tasks: {} };

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

export function useStats(site: Site, range: Range, preload?: Preload): StatsData {
  const [cache, setCache] = useState<Cache | null>(null);
  const [lists, setLists] = useState<ListIndex>(EMPTY_LISTS);
  // The status of one range: a range just picked reads as 'reading' until its own job says more.
  const key = `${range.from}:${range.to}`;
  const [result, setResult] = useState<{ key: string; status: Status }>({ key, status: 'reading' });
  const [version, bump] = useReducer((n: number) => n + 1, 0);
  const [totals, setTotals] = useState<AllTime | null>(null);
  const [back, setBack] = useState<number | null>(null);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const topDone = useRef(false);
  const lists$ = useRef<Promise<void> | null>(null);
  // The cache and the range's days in one read (started by the page: `preload`), drawn in one render.
  useLayoutEffect(() => {
    const want = wantedDays(range.from, range.to);
    const first = preload && preload.range.from === range.from && preload.range.to === range.to;
    void (first ? preload.stored : readStored(want)).then(async (got) => {
      const c = await openCache(site, want, got);
      setLists(listsItem.parse(got[listsItem.key]));
      setCache(c);
      bump(0);
    });
  }, [site]);
  // TickTick's all-time totals once the range is drawn: nothing else competes with the first paint.
  useEffect(() => void (version > 0 && !totals && allTime(site).then(setTotals)), [version > 0]);
  // A layout effect: the range's job is queued in the frame that drew the range, not one later.
  useLayoutEffect(() => {
    if (!cache) return;
    const ports: FillPorts = { source: timelineSource(site), load: loadDays, save: saveDays };
    let painted = Date.now();
    const onPage = () => {
      setBack(coveredFrom(cache.spans));
      if (Date.now() - painted < 1500) return; // drawing a year costs tens of ms: every 1.5 s, not every page
      painted = Date.now();
      bump(0);
    };
    const setStatus = (status: Status) => setResult({ key, status });
    const job = async () => {
      if (await loadDays(cache, keysAround(cache, dayStartMs(range.from), dayStartMs(range.to + 1)))) bump(0);
      setStatus('fetching');
      // The lists once a visit, beside the timeline; the range is done when both are.
      lists$.current ??= listsItem.getValue().then((l) => freshLists(site, l)).then(setLists);
      let r = await fill(cache, dayStartMs(range.from) - LONGEST, !topDone.current, ports, onPage);
      if (r === 'done') {
        topDone.current = true;
        r = await fillStreak(cache, ports, onPage);
      }
      await lists$.current;
      bump(0);
      setStatus(r);
    };
    const safe = () => job().catch((e) => {
      console.error('TickTick Focus: statistics', e);
      setStatus('failed');
    });
    queue.current = queue.current.then(safe);
  }, [cache, range.from, range.to]);
  const reload = () => {
    if (!cache) return;
    topDone.current = false;
    setResult({ key, status: 'fetching' });
    queue.current = queue.current.then(async () => setCache(await clearCache(cache)));
  };
  return { cache, lists, status: result.key === key ? result.status : 'reading', version, allTime: totals, back, reload };
}
