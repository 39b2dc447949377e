// Filling the cache from TickTick's timeline, page by page, only where it has holes
// (docs/statistics.md): the newest page first (new sessions since the last open), then older pages
// (`to=<the oldest record's startTime>`, docs/ticktick-protocol.md §10) down to what the view
// needs. Each page is merged (and handed to `save`) before the next is asked, so a fill cut short
// resumes where it stopped.
import { keysAround, mergePage, type Cache } from './cache';
import { holes } from './spans';
import { parseTimeline } from './timeline';
import { parseTime } from '../../kernel/time';
import type { Offset } from './zone';

export interface Source {
  /** A timeline page (`to` ms, or the newest), or null when TickTick gave none. */
  page(to?: number): Promise<unknown[] | null>;
}

export interface FillPorts {
  source: Source;
  load(c: Cache, keys: string[]): Promise<unknown>;
  save(c: Cache, changed: Iterable<string>): Promise<void>;
  off?: Offset;
}

export type FillResult = 'done' | 'failed';

const startsOf = (body: unknown[]) =>
  body.map((r) => parseTime((r as { startTime?: string } | null)?.startTime)).filter(Number.isFinite);

/**
 * Fills the holes in [need, ∞): the newest one (above the newest cached start) only with `top`.
 * `onPage` runs after each page is merged.
 */
export async function fill(c: Cache, need: number, top: boolean, p: FillPorts, onPage: () => void = () => {}): Promise<FillResult> {
  for (const [lo, hi] of holes(c.spans, need)) {
    if (hi === Infinity && !top) continue;
    let to: number | undefined = hi === Infinity ? undefined : hi + 1;
    for (;;) {
      const body = await p.source.page(to);
      if (!body) return 'failed';
      const starts = startsOf(body);
      if (!starts.length) {
        // Nothing older: the history starts here.
        await merge(c, p, body, 0, to === undefined ? 0 : to - 1);
        onPage();
        return 'done';
      }
      const oldest = Math.min(...starts);
      if (to !== undefined && oldest >= to) return 'failed'; // the page ignored `to`: never loop on it
      await merge(c, p, body, oldest, to === undefined ? Math.max(...starts) : to - 1);
      onPage();
      if (oldest <= lo) break;
      to = oldest;
    }
  }
  return 'done';
}

async function merge(c: Cache, p: FillPorts, body: unknown[], lo: number, hi: number): Promise<void> {
  await p.load(c, keysAround(c, lo, hi, p.off));
  await p.save(c, mergePage(c, parseTimeline(body), lo, hi, p.off));
}
