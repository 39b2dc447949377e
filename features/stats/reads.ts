// The statistics page's reads from TickTick, through the focus feature's page client: timeline
// pages, the account snapshot for the lists (at most every 30 minutes), and the all-time totals.
import { endpoints, type Site } from '../focus/index';
import { pageGet } from '../focus/reads';
import { BASE_URL } from '../../browser/env';
import { isObj } from '../../kernel/json';
import { isListFresh, listsItem, parseListIndex, type ListIndex } from './lists';
import type { Source } from './sync';

export function timelineSource(site: Site): Source {
  const url = endpoints(site, BASE_URL).timeline;
  return {
    async page(to) {
      const body = await pageGet(site, to === undefined ? url : `${url}?to=${to}`);
      return Array.isArray(body) ? body : null;
    },
  };
}

/** The stored list index, refreshed from the snapshot when older than 30 minutes or of another site. */
export async function freshLists(site: Site, old: ListIndex, now = Date.now()): Promise<ListIndex> {
  if (isListFresh(old, site, now)) return old;
  const parsed = parseListIndex(await pageGet(site, endpoints(site, BASE_URL).tasks));
  if (!parsed) return old;
  const index: ListIndex = { site, at: now, ...parsed };
  await listsItem.setValue(index);
  return index;
}

export interface AllTime { count: number; minutes: number }

/** TickTick's own all-time count and minutes (`generalForDesktop`), null when it does not say. */
export async function allTime(site: Site): Promise<AllTime | null> {
  const b = await pageGet(site, endpoints(site, BASE_URL).stats);
  const n = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : null);
  if (!isObj(b)) return null;
  const count = n(b.totalPomoCount);
  const minutes = n(b.totalPomoDuration);
  return count === null || minutes === null ? null : { count, minutes };
}
