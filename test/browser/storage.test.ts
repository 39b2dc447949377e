import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defineItem, remembered, watchItem } from '../../browser/storage';

beforeEach(() => fakeBrowser.reset());

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

describe('remembered', () => {
  it('reads once, then again only after the item changed, whoever wrote it', async () => {
    const item = defineItem('sync:thing', { fallback: { n: 0 }, version: 1 });
    let reads = 0;
    const get = remembered(item, () => (reads++, item.getValue()));
    expect(await get()).toEqual({ n: 0 });
    expect(await get()).toEqual({ n: 0 });
    expect(reads).toBe(1);
    await fakeBrowser.storage.sync.set({ thing: { v: 1, value: { n: 4 } } }); // another page's write
    expect(await get()).toEqual({ n: 4 });
    expect(reads).toBe(2);
    await fakeBrowser.storage.sync.set({ other: 1 });
    await fakeBrowser.storage.local.set({ thing: { v: 1, value: { n: 9 } } }); // same key, other area
    expect(await get()).toEqual({ n: 4 });
    expect(reads).toBe(2);
  });
  it('a read that failed is tried again next time', async () => {
    const item = defineItem('sync:thing', { fallback: 1, version: 1 });
    let calls = 0;
    const get = remembered(item, async () => (++calls === 1 ? Promise.reject(new Error('quota')) : 7));
    await expect(get()).rejects.toThrow('quota');
    expect(await get()).toBe(7);
  });
});
