import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defineItem } from '../../platform/storage';

beforeEach(() => fakeBrowser.reset());

describe('defineItem', () => {
  it('reads the fallback until written, then the value, with its version', async () => {
    const item = defineItem('local:thing', { fallback: { n: 0 }, version: 1 });
    expect(await item.getValue()).toEqual({ n: 0 });
    await item.setValue({ n: 3 });
    expect(await item.getValue()).toEqual({ n: 3 });
    expect(await fakeBrowser.storage.local.get('thing')).toEqual({ thing: { v: 1, value: { n: 3 } } });
  });
  it('a value stored by another version reads as the fallback (no silent misuse)', async () => {
    await fakeBrowser.storage.local.set({ thing: { v: 2, value: { n: 9 } } });
    expect(await defineItem('local:thing', { fallback: { n: 0 }, version: 1 }).getValue()).toEqual({ n: 0 });
  });
  it('watch sees writes to its own key and area only', async () => {
    const item = defineItem('sync:thing', { fallback: 0, version: 1 });
    const seen: number[] = [];
    const stop = item.watch((v) => seen.push(v));
    await item.setValue(5);
    await fakeBrowser.storage.local.set({ thing: { v: 1, value: 7 } });
    await fakeBrowser.storage.sync.set({ other: 1 });
    stop();
    await item.setValue(6);
    expect(seen).toEqual([5]);
  });
});
