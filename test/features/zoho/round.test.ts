// The round's straight path, counted where the worker's item lives (storage.local `zoho` on the
// fake browser): each change is read once and each outcome written once.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { zohoItem } from '../../../features/zoho/item';
import type { Want } from '../../../features/zoho/mirror';
import { createZohoMirror } from '../../../features/zoho/service';
import { fakeZohoPorts } from './fake-ports';

let clock: { now: number };
let f: ReturnType<typeof fakeZohoPorts>;
let mirror: ReturnType<typeof createZohoMirror>;
const io = { reads: 0, writes: 0 };
const want = (w: Partial<Want> = {}): Want => ({ sid: 'S1', running: true, title: 'Write the quarterly report', note: '', ...w });
const calls = () => f.zoho.calls().map((c) => `${c.method} ${c.path.split('/').at(-1)}${c.query.timer ? `=${c.query.timer}` : ''}`);

/** One TickTick change and everything it sends; the item's reads and writes it took. */
async function step(w: Partial<Want>, advanceMs = 60_000) {
  clock.now += advanceMs;
  Object.assign(io, { reads: 0, writes: 0 });
  await mirror.follow(want(w));
  await mirror.settled();
  return { ...io };
}

beforeEach(() => {
  fakeBrowser.reset();
  const local = fakeBrowser.storage.local;
  const get = local.get.bind(local);
  const set = local.set.bind(local);
  vi.spyOn(local, 'get').mockImplementation((keys) => (keys === 'zoho' && io.reads++, get(keys as string)));
  vi.spyOn(local, 'set').mockImplementation((items) => ('zoho' in items && io.writes++, set(items)));
  clock = { now: new Date(2026, 10, 23, 9, 0).getTime() };
  f = fakeZohoPorts(clock);
  f.connect();
  mirror = createZohoMirror({ ...f.ports, load: () => zohoItem.getValue(), save: (z) => zohoItem.setValue(z) });
});
afterEach(() => vi.restoreAllMocks());

describe('one timer start, read and written once per change', () => {
  it('TickTick starts: queued (1 read, 1 write), both slots taken (1, 1), Zoho\'s answer (1, 1); it was 7 reads and 4 writes', async () => {
    expect(await step({})).toEqual({ reads: 3, writes: 3 });
    expect(calls()).toEqual(['GET getcurrentlyrunningtimer', 'POST timer=start']);
    const z = await zohoItem.getValue();
    expect(z.queue).toEqual([]);
    expect(z.ids['S1:2026-11-23']).toBe([...f.zoho.logs.keys()][0]);
    expect(z.sent).toEqual({ getcurrentlyrunningtimer: [clock.now], timer: [clock.now] });
  });

  it('a pause: queued, its slot, its answer (3 reads, 3 writes; it was 6 and 3)', async () => {
    await step({});
    expect(await step({ running: false })).toEqual({ reads: 3, writes: 3 });
    expect(f.zoho.running).toBeNull();
  });

  it('a TickTick save that changes nothing for Zoho: one read, no write', async () => {
    await step({});
    expect(await step({}, 1000)).toEqual({ reads: 1, writes: 0 });
  });

  it('a start that meets a timer the mirror did not start: 3 reads, 3 writes, and its own slot given back', async () => {
    f.zoho.startElsewhere();
    expect(await step({})).toEqual({ reads: 3, writes: 3 });
    const z = await zohoItem.getValue();
    expect(z.foreign).toMatchObject({ jobName: 'Code review' });
    expect(z.sent).toEqual({ getcurrentlyrunningtimer: [clock.now] }); // no timer call went, none is counted
  });
});

describe('the minute\'s slots (docs/zoho-people.md §1: 20 calls a minute per endpoint)', () => {
  it('a start taken with its check is dated when it went out, after the check\'s answer', async () => {
    const slow = { request: async (url: string, req: Parameters<typeof f.ports.http.request>[1]) => ((clock.now += 5_000), f.ports.http.request(url, req)) };
    mirror = createZohoMirror({ ...f.ports, http: slow });
    const t0 = clock.now + 60_000;
    await step({});
    expect(f.zoho.calls().map((c) => c.at)).toEqual([t0 + 5_000, t0 + 10_000]);
    // Each slot is the instant before its request went (the fake's clock moves while it answers).
    expect(f.state.sent).toEqual({ getcurrentlyrunningtimer: [t0], timer: [t0 + 5_000] });
  });
});
