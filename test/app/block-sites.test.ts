import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { moveSites, readSites } from '../../app/block-sites';
import { sitesItem } from '../../features/guard/site-store';
import { migrateAll } from '../../app/storage';
import { readSettings } from '../../app/settings';

beforeEach(() => fakeBrowser.reset());

/** What 0.1.0 (commit 3832e76) stored (test/fixtures/storage/release-0.1.0.json). */
const release010 = JSON.parse(readFileSync('test/fixtures/storage/release-0.1.0.json', 'utf8'));

describe('the block list leaves the settings for its own item (#16)', () => {
  /** What the release before #16 stored: settings v2 with the list inside. */
  const v2 = { v: 2, value: { ...release010.sync.settings.value, block: { enabled: true, sites: ['youtube.com', 'weibo.com'] } } };
  beforeEach(() => fakeBrowser.storage.sync.set({ settings: v2 }));

  it('is read from the settings until moved, then from sync:blockSites; the settings keep everything else', async () => {
    expect(await readSites()).toEqual(['youtube.com', 'weibo.com']);
    await migrateAll(); // settings v2 → v3 keeps the list until the move
    expect(await readSites()).toEqual(['youtube.com', 'weibo.com']);
    await moveSites();
    const sync = await fakeBrowser.storage.sync.get(null);
    expect(sync.blockSites).toEqual({ v: 1, value: ['youtube.com', 'weibo.com'] });
    expect(sync.settings).toEqual({ v: 3, value: { ...v2.value, block: { enabled: true, mode: 'page' } } });
    expect(await readSites()).toEqual(['youtube.com', 'weibo.com']);
    expect(await readSettings()).toMatchObject({ site: 'dida365', block: { enabled: true, mode: 'page' } });
  });
  it('a list saved since (options page before the move) wins; the old copy only leaves the settings', async () => {
    await sitesItem.setValue(['bilibili.com']);
    await moveSites();
    expect(await readSites()).toEqual(['bilibili.com']);
    expect(((await fakeBrowser.storage.sync.get('settings')).settings as { value: { block: object } }).value.block).toEqual({ enabled: true, mode: 'page' });
  });
  it('settings that cannot be read are left alone (kept aside and reported by their own read)', async () => {
    await fakeBrowser.storage.sync.set({ settings: { v: 9, value: { block: { sites: ['x.com'] } } } });
    await moveSites();
    expect((await fakeBrowser.storage.sync.get(null)).blockSites).toBeUndefined();
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toEqual({ v: 9, value: { block: { sites: ['x.com'] } } });
  });
});
