// The page's first read: public/stats-first-read.js asks storage before the modules load, and
// preload.ts takes what it asked and reads only what it missed of the address's range.
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { preloadStats } from '../../../features/stats/preload';
import { fromHash, weekStartOf } from '../../../features/stats/ranges';
import { DAY_PREFIX, wantedDays } from '../../../features/stats/store';
import { dayOf } from '../../../features/stats/zone';

const SCRIPT = readFileSync('public/stats-first-read.js', 'utf8');
/** The keys the classic script asks for an address. */
function early(hash: string): { keys: string[]; asked: string[] } {
  let asked: string[] = [];
  const ctx = { location: { hash }, chrome: { storage: { local: { get: (k: string[]) => ((asked = k), Promise.resolve({})) } } } } as Record<string, unknown>;
  ctx.globalThis = ctx;
  runInNewContext(SCRIPT, ctx);
  return { keys: (ctx.__ttfStats as { keys: string[] }).keys, asked };
}

const HASHES = ['', '#year/2025', '#year', '#month/2025-02', '#month/2024-12', '#month', '#week/2026-11-23', '#week/2026-01-04', '#custom/2025-02-10/2025-05-20', '#nonsense'];

describe('the first read', () => {
  it('the classic script asks every day the page will want, with the index and the lists', () => {
    for (const hash of HASHES) {
      const r = fromHash(hash, dayOf(Date.now()), weekStartOf('en-US'));
      const { keys, asked } = early(hash);
      expect(new Set(keys), hash).toEqual(new Set([...keys, ...wantedDays(r.from, r.to).map((k) => DAY_PREFIX + k)]));
      expect(asked.slice(0, 2)).toEqual(['statsMeta', 'statsLists']);
    }
  });

  describe('preload', () => {
    beforeEach(() => fakeBrowser.reset());
    afterEach(() => delete (globalThis as { __ttfStats?: unknown }).__ttfStats);

    it('takes the early read and reads only the days it missed', async () => {
      await fakeBrowser.storage.local.set({ [`${DAY_PREFIX}2025-03-01`]: '[]', [`${DAY_PREFIX}2025-12-31`]: '[1]' });
      (globalThis as { __ttfStats?: unknown }).__ttfStats = { keys: [`${DAY_PREFIX}2025-03-01`], got: Promise.resolve({ [`${DAY_PREFIX}2025-03-01`]: 'early' }) };
      const p = preloadStats('#year/2025', 'en-US');
      expect(p.range.kind).toBe('year');
      const got = await p.stored;
      expect(got[`${DAY_PREFIX}2025-03-01`]).toBe('early'); // not read twice
      expect(got[`${DAY_PREFIX}2025-12-31`]).toBe('[1]');
    });

    it('without the script it reads the range itself', async () => {
      await fakeBrowser.storage.local.set({ [`${DAY_PREFIX}2025-03-01`]: '[]' });
      const got = await preloadStats('#month/2025-03', 'en-US').stored;
      expect(Object.keys(got).filter((k) => got[k] !== undefined)).toEqual([`${DAY_PREFIX}2025-03-01`]);
    });
  });
});
