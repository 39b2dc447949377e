import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { migrateAll } from '../../app/storage';
import { readSettings, settingsItem } from '../../app/settings';
import { extrasItem, stateItem } from '../../features/focus/items';
import { defineItem, watchItem } from '../../browser/storage';

beforeEach(() => fakeBrowser.reset());

/** What 0.1.0 (commit 3832e76) stored after a start, a settings change and a pause queued offline. */
const release010 = JSON.parse(readFileSync('test/fixtures/storage/release-0.1.0.json', 'utf8'));
const problems = async () => (await fakeBrowser.storage.local.get('problems')).problems;

describe('defineItem', () => {
  it('reads the fallback until written, then the value, with its version', async () => {
    const item = defineItem('local:thing', { fallback: { n: 0 }, version: 1 });
    expect(await item.getValue()).toEqual({ n: 0 });
    await item.setValue({ n: 3 });
    expect(await item.getValue()).toEqual({ n: 3 });
    expect(await fakeBrowser.storage.local.get('thing')).toEqual({ thing: { v: 1, value: { n: 3 } } });
  });
  it('an older value is migrated step by step and written back once', async () => {
    await fakeBrowser.storage.local.set({ thing: { v: 1, value: { n: 2 } } });
    let steps = 0;
    const item = defineItem('local:thing', {
      fallback: { n: 0, m: 0 }, version: 3,
      migrations: { 1: (o) => (steps++, { ...(o as object), m: 1 }), 2: (o) => (steps++, { ...(o as { n: number }), n: (o as { n: number }).n * 10 }) },
    });
    expect(await item.getValue()).toEqual({ n: 20, m: 1 });
    expect(await item.getValue()).toEqual({ n: 20, m: 1 });
    expect(steps).toBe(2); // written back: the second read migrates nothing
    expect((await fakeBrowser.storage.local.get('thing')).thing).toEqual({ v: 3, value: { n: 20, m: 1 } });
  });
  it('a newer value (a downgrade) is kept untouched under a backup key and reported', async () => {
    await fakeBrowser.storage.local.set({ thing: { v: 2, value: { n: 9 } } });
    expect(await defineItem('local:thing', { fallback: { n: 0 }, version: 1 }).getValue()).toEqual({ n: 0 });
    expect((await fakeBrowser.storage.local.get('thing.backup'))['thing.backup']).toEqual({ v: 2, value: { n: 9 } });
    expect(await problems()).toMatchObject([{ key: 'thing', kind: 'newer', version: 2, backup: 'thing.backup' }]);
  });
  it('a value that cannot be read (no version, a migration that fails) is kept aside and reported', async () => {
    await fakeBrowser.storage.sync.set({ thing: 'garbage' });
    const item = defineItem('sync:thing', { fallback: 0, version: 2, migrations: { 1: () => { throw new Error('bad'); } } });
    expect(await item.getValue()).toBe(0);
    await fakeBrowser.storage.sync.set({ other: { v: 1, value: 5 } });
    expect(await defineItem('sync:other', { fallback: 0, version: 2, migrations: { 1: () => { throw new Error('bad'); } } }).getValue()).toBe(0);
    expect((await fakeBrowser.storage.sync.get('thing.backup'))['thing.backup']).toBe('garbage');
    expect(((await problems()) as { key: string; kind: string }[]).map((p) => `${p.key}:${p.kind}`)).toEqual(['thing:unreadable', 'other:unreadable']);
  });
  it('a state of this version in the wrong shape (a queue that is no list of ops) is set aside, not a blank popup', async () => {
    const bad = { v: 2, value: { current: null, point: 17, queue: { op: 'pause' } } };
    await fakeBrowser.storage.local.set({ state: bad });
    const s = await stateItem.getValue();
    expect(s.queue).toEqual([]);
    expect((await fakeBrowser.storage.local.get('state.backup'))['state.backup']).toEqual(bad);
    expect(await problems()).toMatchObject([{ key: 'state', kind: 'unreadable', version: 2 }]);
    expect(stateItem.parse({ v: 2, value: { point: 1, current: null, queue: [{ id: 'a', op: 'pause', oId: 'b' }] } }).queue).toHaveLength(1);
  });
  it('watch sees writes to its own key and area only', async () => {
    const item = defineItem('sync:thing', { fallback: 0, version: 1 });
    const seen: number[] = [];
    const stop = watchItem(item, (v) => seen.push(v));
    await item.setValue(5);
    await fakeBrowser.storage.local.set({ thing: { v: 1, value: 7 } });
    await fakeBrowser.storage.sync.set({ other: 1 });
    stop();
    await item.setValue(6);
    expect(seen).toEqual([5]);
  });
});

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
