// The cache's incremental fill against the fake TickTick's timeline (docs/statistics.md §3), with
// storage.local in memory.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { allSessions, type Cache } from '../../../features/stats/cache';
import { DAY_PREFIX, loadDays, metaItem, openCache, saveDays } from '../../../features/stats/store';
import { fill, type FillPorts } from '../../../features/stats/sync';
import { createTickTick, SANDBOX_TOKEN } from '../../fake-ticktick/ticktick.mjs';

const NOW = Date.parse('2026-12-02T12:00:00Z');
const JAN_2025 = Date.parse('2025-01-01T00:00:00Z');
const utc = () => 0;

function account(count = 400) {
  const tt = createTickTick({ now: () => NOW, focusYears: [{ year: 2025, count }] });
  const calls: (string | undefined)[] = [];
  const ports = (cap = 20_000, answer: (to?: number) => unknown = (to) => JSON.parse(tt.handle({
    method: 'GET', path: '/api/v2/pomodoros/timeline', query: to === undefined ? {} : { to: String(to) }, headers: { cookie: `t=${SANDBOX_TOKEN}` },
  }).body!)): FillPorts => ({
    source: { page: async (to) => { calls.push(to === undefined ? undefined : String(to)); const b = answer(to); return Array.isArray(b) ? b : null; } },
    load: loadDays, save: (c, changed) => saveDays(c, changed, cap), off: utc,
  });
  const ids = (from: number) => tt.history.filter((r) => Date.parse(String(r.startTime).replace('+0000', 'Z')) >= from).map((r) => r.id).sort();
  return { tt, calls, ports, ids };
}
const cachedIds = (c: Cache) => allSessions(c).map((s) => s.id).sort();
async function reopen(): Promise<Cache> {
  const c = await openCache('ticktick');
  await loadDays(c, Object.keys(c.meta.days));
  return c;
}

beforeEach(() => fakeBrowser.reset());

describe('the timeline cache', () => {
  it('from nothing: pages back to the range, each stored as days; the history\'s start is seen', async () => {
    const a = account();
    const c = await openCache('ticktick');
    expect(await fill(c, JAN_2025, true, a.ports())).toBe('done');
    expect(cachedIds(c)).toEqual(a.ids(0));
    expect(a.calls[0]).toBeUndefined();
    expect(a.calls.length).toBe(Math.ceil(406 / 31) + 1); // 400 + six days of history, then an empty page
    expect(cachedIds(await reopen())).toEqual(a.ids(0));
    const stored = await fakeBrowser.storage.local.get(null);
    expect(Object.keys(stored).filter((k) => k.startsWith(DAY_PREFIX)).length).toBe(Object.keys((await metaItem.getValue()).days).length);
  });

  it('a second open asks only the newest page; new sessions since are added, more than a page takes two', async () => {
    const a = account();
    await fill(await openCache('ticktick'), JAN_2025, true, a.ports());
    a.calls.length = 0;
    const c = await reopen();
    expect(await fill(c, JAN_2025, true, a.ports())).toBe('done');
    expect(a.calls).toEqual([undefined]);
    const newest = Date.parse('2026-12-02T00:00:00Z'); // after the newest cached start
    for (let i = 0; i < 40; i++) a.tt.history.push({ ...a.tt.history[0]!, id: `new${i}`, startTime: new Date(newest + i * 60_000).toISOString().replace('Z', '+0000'), endTime: new Date(newest + i * 60_000 + 30_000).toISOString().replace('Z', '+0000') });
    a.calls.length = 0;
    const again = await reopen();
    await fill(again, JAN_2025, true, a.ports());
    expect(a.calls.length).toBe(2);
    expect(a.calls[1]).toBe(String(newest + 9 * 60_000)); // the first page's oldest start
    expect(cachedIds(again)).toEqual(a.ids(0));
  });

  it('days the view needs further back are fetched from the oldest cached start, once', async () => {
    const a = account();
    const c = await openCache('ticktick');
    await fill(c, Date.parse('2025-12-01T00:00:00Z'), true, a.ports());
    const oldest = Math.min(...allSessions(c).map((s) => s.start));
    a.calls.length = 0;
    await fill(c, JAN_2025, false, a.ports());
    expect(a.calls[0]).toBe(String(oldest));
    expect(cachedIds(c)).toEqual(a.ids(0));
    a.calls.length = 0;
    await fill(await reopen(), JAN_2025, false, a.ports());
    expect(a.calls).toEqual([]);
  });

  it('a session deleted in TickTick leaves the cache when its span is read again; older days are kept', async () => {
    const a = account();
    await fill(await openCache('ticktick'), JAN_2025, true, a.ports());
    const gone = a.tt.history.findIndex((r) => String(r.startTime).startsWith(new Date(NOW - 86_400_000).toISOString().slice(0, 10)));
    const [removed] = a.tt.history.splice(gone, 1);
    const c = await reopen();
    await fill(c, JAN_2025, true, a.ports());
    expect(cachedIds(c)).not.toContain(removed!.id);
    expect(cachedIds(c)).toEqual(a.ids(0));
  });

  it('over the cap the oldest days leave storage first; memory keeps them; later opens refetch only those', async () => {
    const a = account();
    const c = await openCache('ticktick');
    await fill(c, JAN_2025, true, a.ports(100));
    expect(cachedIds(c)).toEqual(a.ids(0)); // the page still shows all it read
    const meta = await metaItem.getValue();
    const stored = Object.values(meta.days).reduce((n, x) => n + x, 0);
    expect(stored).toBeLessThanOrEqual(100);
    const keys = [...c.days.keys()].filter((k) => c.days.get(k)!.size).sort();
    expect(Object.keys(meta.days).sort()).toEqual(keys.slice(-Object.keys(meta.days).length)); // the newest days are kept
    expect(meta.spans[0]![0]).toBe(meta.floor);
    const again = await reopen();
    expect(cachedIds(again)).toEqual(a.ids(meta.floor));
    a.calls.length = 0;
    await fill(again, JAN_2025, false, a.ports(100));
    expect(a.calls[0]).toBe(String(meta.floor)); // below what storage holds, not from the newest
    expect(cachedIds(again)).toEqual(a.ids(0));
  });

  it('a failure stops the fill; what came before is kept and the next fill resumes below it', async () => {
    const a = account();
    let n = 0;
    const c = await openCache('ticktick');
    const flaky = a.ports(20_000, (to) => (++n === 4 ? '<html>' : JSON.parse(a.tt.handle({ method: 'GET', path: '/api/v2/pomodoros/timeline', query: to === undefined ? {} : { to: String(to) }, headers: { cookie: `t=${SANDBOX_TOKEN}` } }).body!)));
    expect(await fill(c, JAN_2025, true, flaky)).toBe('failed');
    const got = cachedIds(await reopen());
    expect(got.length).toBe(93);
    a.calls.length = 0;
    const again = await reopen();
    const oldest = Math.min(...allSessions(again).map((s) => s.start));
    await fill(again, JAN_2025, false, a.ports());
    expect(a.calls[0]).toBe(String(oldest));
    expect(cachedIds(again)).toEqual(a.ids(0));
  });

  it('a page that ignores `to` stops the fill instead of looping', async () => {
    const a = account();
    const c = await openCache('ticktick');
    const stuck = a.ports(20_000, () => JSON.parse(a.tt.handle({ method: 'GET', path: '/api/v2/pomodoros/timeline', headers: { cookie: `t=${SANDBOX_TOKEN}` } }).body!));
    expect(await fill(c, JAN_2025, true, stuck)).toBe('failed');
    expect(a.calls.length).toBe(2);
  });

  it('a damaged day is refetched; another site\'s cache is cleared', async () => {
    const a = account();
    await fill(await openCache('ticktick'), JAN_2025, true, a.ports());
    const key = Object.keys((await metaItem.getValue()).days)[3]!;
    await fakeBrowser.storage.local.set({ [DAY_PREFIX + key]: JSON.stringify([['x', 'not a time']]) });
    const c = await reopen();
    a.calls.length = 0;
    await fill(c, JAN_2025, true, a.ports());
    expect(cachedIds(c)).toEqual(a.ids(0));
    expect(a.calls.length).toBeGreaterThan(1);
    const dida = await openCache('dida365');
    expect(dida.meta).toMatchObject({ site: 'dida365', days: {}, spans: [] });
    expect(Object.keys(await fakeBrowser.storage.local.get(null)).filter((k) => k.startsWith(DAY_PREFIX))).toEqual([]);
  });
});
