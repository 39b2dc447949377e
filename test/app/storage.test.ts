import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createStatePort, migrateAll } from '../../app/storage';
import { readSettings, settingsItem } from '../../app/settings';
import { extrasItem, stateItem } from '../../features/focus/items';
import { initialState } from '../../features/focus/state';


beforeEach(() => fakeBrowser.reset());

/** What 0.1.0 (commit 3832e76) stored after a start, a settings change and a pause queued offline. */
const release010 = JSON.parse(readFileSync('test/fixtures/storage/release-0.1.0.json', 'utf8'));
const problems = async () => (await fakeBrowser.storage.local.get('problems')).problems;

describe('from what 0.1.0 stored to now (test/fixtures/storage/release-0.1.0.json)', () => {
  beforeEach(async () => {
    await fakeBrowser.storage.local.set(release010.local);
    await fakeBrowser.storage.sync.set(release010.sync);
  });
  it('the queued op, the cursor, the session and the retry schedule are all still there', async () => {
    const before = release010.local.state.value;
    await migrateAll();
    const s = await stateItem.getValue();
    expect(s.queue).toEqual(before.queue);
    expect(s.queue.map((o) => o.op)).toEqual(['pause']);
    expect([s.point, s.current, s.retry, s.inflight]).toEqual([before.point, before.current, before.retry, before.uncertain ? before.queue.map((o: { id: string }) => o.id) : []]);
  });
  it('settings keep site and notifications, and gain "follow TickTick" and a Zoho mirror that is off', async () => {
    await migrateAll();
    expect(await readSettings()).toMatchObject({ site: 'dida365', notify: false, rhythm: {}, zoho: { enabled: false } });
    expect(((await fakeBrowser.storage.sync.get('settings')).settings as { v: number }).v).toBe(3);
  });
  it('TickTick\'s fetched preferences stay; nothing is reported', async () => {
    await migrateAll();
    expect((await extrasItem.getValue()).prefs).toEqual(release010.local.extras.value.prefs);
    expect(await problems()).toBeUndefined();
    expect(await settingsItem.getValue()).toMatchObject({ site: 'dida365' });
  });
  it('0.1.0\'s defaults (preferences never fetched) are not mistaken for the user\'s TickTick values', async () => {
    await fakeBrowser.storage.local.set({ extras: { v: 1, value: { prefs: { pomoDuration: 25, shortBreakDuration: 5, longBreakDuration: 15, longBreakInterval: 4 }, prefsAt: 0, stats: null, statsAt: 0 } } });
    expect((await extrasItem.getValue()).prefs).toEqual({});
  });
});

describe('the engine\'s storage (createStatePort)', () => {
  it('reads the state from storage once per worker, and every save reaches storage', async () => {
    await fakeBrowser.storage.local.set({ state: { v: 2, value: { ...initialState(), point: 42 } } });
    const port = createStatePort();
    let reads = 0;
    const get = fakeBrowser.storage.local.get.bind(fakeBrowser.storage.local);
    fakeBrowser.storage.local.get = ((k: never) => (String(k) === 'state' && reads++, get(k))) as typeof get;
    const s = await port.load();
    expect(s.point).toBe(42);
    s.point = 43;
    expect((await port.load()).point).toBe(42); // a copy: changing it changes nothing
    await port.save(s);
    expect((await port.load()).point).toBe(43);
    expect(reads).toBe(1);
    fakeBrowser.storage.local.get = get;
    expect((await stateItem.getValue()).point).toBe(43);
  });
  it('sees a settings change made by a page at the next read', async () => {
    const port = createStatePort();
    expect((await port.settings()).badge).toBe('minutes');
    await settingsItem.setValue({ ...(await readSettings()), badge: 'off' });
    expect((await port.settings()).badge).toBe('off');
  });
});
