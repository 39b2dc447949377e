import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openPopup, startPopup } from '../../../app/popup/open';
import { readFirst } from '../../../app/popup/reads';
import { DEFAULT_SETTINGS, settingsItem } from '../../../app/settings';
import { stateItem } from '../../../features/focus/items';
import { fakeWorker, focusing, OPEN_AT, popupOver, settle } from '../../features/focus/ui/store/world';

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers({ now: OPEN_AT });
});
afterEach(() => {
  vi.useRealTimers();
});

const zoho = { ...DEFAULT_SETTINGS.zoho, enabled: true, user: 'ada@example.com', jobId: '4800000000123', jobName: 'Quarterly report' };

describe('the popup page\'s start (app/popup/open.ts)', () => {
  it('one read of storage gives the focus store its state and rhythm, and the page its Zoho settings', async () => {
    await stateItem.setValue(focusing());
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, rhythm: { pomoDuration: 50 }, zoho });
    const page = await openPopup(popupOver(fakeWorker().send).popup);
    expect(page.popup.store.getState().app).toEqual(focusing());
    expect(page.popup.store.getState().prefs.pomoDuration).toBe(50);
    expect(page.settings.getState().zoho).toEqual(zoho);
  });

  it('takes the reads the popup sent as its script started (entrypoints/popup/first-read.ts)', async () => {
    await stateItem.setValue(focusing());
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, zoho });
    const started = readFirst();
    fakeBrowser.reset(); // storage is empty now: only the started reads hold the state
    const page = await openPopup(popupOver(fakeWorker().send).popup, started);
    expect(page.popup.store.getState().app).toEqual(focusing());
    expect(page.settings.getState().zoho.jobName).toBe('Quarterly report');
  });

  it('a failed read still opens (blank until the store reads again), and says why in the console', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const page = await openPopup(popupOver(fakeWorker().send).popup, Promise.reject(new Error('storage unavailable')));
    expect(page.popup.store.getState().app).toBeNull();
    expect(error).toHaveBeenCalledWith('TickTick Focus: first read', expect.any(Error));
    error.mockRestore();
  });

  it('while open, a change of the settings reaches the rhythm and the Zoho line', async () => {
    await stateItem.setValue(focusing());
    const page = await openPopup(popupOver(fakeWorker().send).popup);
    const stop = startPopup(page);
    await settle();
    expect(page.settings.getState().zoho.enabled).toBe(false);
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, rhythm: { pomoDuration: 45 }, zoho });
    expect(page.popup.store.getState().prefs.pomoDuration).toBe(45);
    expect(page.settings.getState().zoho.enabled).toBe(true);
    stop();
  });
});
