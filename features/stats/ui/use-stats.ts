// The page's data: the cache opened and the range's days read from it first (the page paints from
// storage), then the holes filled from TickTick (sync.ts) — the newest page once per visit, older
// pages only where the range or the current streak needs them — and the lists refreshed.
import { useEffect, useLayoutEffect, useReducer, useRef, useState } from 'preact/hooks';
import type { Site } from '../../focus/index';
import { keysAround, type Cache } from '../cache';
import { listsItem, type ListIndex } from '../lists';
import type { AllTime } from '../reads';
import type { Range } from '../ranges';
import { coveredFrom } from '../spans';
import type { Preload } from '../preload';
import { clearCache, loadDays, openCache, readStored, wantedDays } from '../store';
import { dayStartMs } from '../zone';

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
  /** The range's job again after a failure, the cache kept. */
  retry(): void;
}

const EMPTY_LISTS: ListIndex = { site: null, at: 0, inbox: '', lists: {}, tasks: {} };
/** The TickTick side, loaded once the cache is drawn. */
const network = () => import('../fetching');

/** The cache and the range's days in one read (started by the page: `preload`), drawn in one render. */
function useOpened(site: Site, range: Range, preload: Preload | undefined, drawn: () => void) {
  const [cache, setCache] = useState<Cache | null>(null);
  const [lists, setLists] = useState<ListIndex>(EMPTY_LISTS);
  useLayoutEffect(() => {
    const want = wantedDays(range.from, range.to);
    const first = preload && preload.range.from === range.from && preload.range.to === range.to;
    void (first ? preload.stored : readStored(want)).then(async (got) => {
      const c = await openCache(site, want, got);
      setLists(listsItem.parse(got[listsItem.key]));
      setCache(c);
      drawn();
    });
  }, [site]);
  return { cache, setCache, lists, setLists };
}

/** TickTick's all-time totals once the range is drawn: nothing else competes with the first paint. */
function useAllTime(site: Site, drawn: boolean): AllTime | null {
  const [totals, setTotals] = useState<AllTime | null>(null);
  useEffect(() => void (drawn && !totals && network().then((n) => n.allTime(site)).then(setTotals)), [drawn]);
  return totals;
}

export function useStats(site: Site, range: Range, preload?: Preload): StatsData {
  // The status of one range: a range just picked reads as 'reading' until its own job says more.
  const key = `${range.from}:${range.to}`;
  const [result, setResult] = useState<{ key: string; status: Status }>({ key, status: 'reading' });
  const [version, bump] = useReducer((n: number) => n + 1, 0);
  const { cache, setCache, lists, setLists } = useOpened(site, range, preload, () => bump(0));
  // "Retry" after a failure: the range's job once more, the cache kept (unlike `reload`).
  const [attempt, retry] = useReducer((n: number) => n + 1, 0);
  const totals = useAllTime(site, version > 0);
  const [back, setBack] = useState<number | null>(null);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const topDone = useRef(false);
  const lists$ = useRef<Promise<void> | null>(null);
  // A layout effect: the range's job is queued in the frame that drew the range, not one later.
  useLayoutEffect(() => {
    if (!cache) return;
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
      const net = await network();
      // The lists once a visit, beside the timeline; the range is done when both are.
      lists$.current ??= listsItem.getValue().then((l) => net.freshLists(site, l)).then(setLists);
      const top = !topDone.current;
      const r = await net.fillRange(cache, site, range.from, top, onPage);
      if (top && r === 'done') topDone.current = true;
      await lists$.current;
      bump(0);
      setStatus(r);
    };
    const safe = () => job().catch((e) => {
      console.error('TickTick Focus: statistics', e);
      setStatus('failed');
    });
    queue.current = queue.current.then(safe);
  }, [cache, range.from, range.to, attempt]);
  const reload = () => {
    if (!cache) return;
    topDone.current = false;
    setResult({ key, status: 'fetching' });
    queue.current = queue.current.then(async () => setCache(await clearCache(cache)));
  };
  return { cache, lists, status: result.key === key ? result.status : 'reading', version, allTime: totals, back, reload, retry: () => {
    lists$.current = null; // a failed read of the lists is asked again too
    retry(0);
  } };
}
