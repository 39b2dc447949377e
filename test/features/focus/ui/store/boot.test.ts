import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_EXTRAS, extrasItem, stateItem } from '../../../../../features/focus/items';
import { initialState } from '../../../../../features/focus/state';
import { createPopup, FIRST_KEYS } from '../../../../../features/focus/ui/store';
import { fakeWorker, focusing, OPEN_AT, pausedByTickTick, popupOver, settle } from './world';

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers({ now: OPEN_AT });
});
afterEach(() => vi.useRealTimers());

const first = () => fakeBrowser.storage.local.get(FIRST_KEYS);
const syncs = (calls: [string, unknown][]) => calls.filter(([n]) => n === 'sync').length;

describe('the popup\'s start (features/focus/ui/store/boot.ts)', () => {
  it('the first read fills the store before the first render: state, rhythm, problems', async () => {
    await stateItem.setValue(focusing());
    await extrasItem.setValue({ prefs: { pomoDuration: 30, pomoGoal: 6 }, prefsAt: OPEN_AT, stats: null, statsAt: 0 });
    const problems = [{ key: 'settings', kind: 'newer', version: 9, backup: 'settings.backup', at: OPEN_AT }];
    await fakeBrowser.storage.local.set({ problems });
    const { popup } = popupOver(fakeWorker().send);
    popup.load(await first(), { pomoGoal: 10 });
    const s = popup.store.getState();
    expect(s.app).toEqual(focusing());
    expect([s.prefs.pomoDuration, s.prefs.pomoGoal]).toEqual([30, 10]); // TickTick's, the user's override
    expect(s.problems).toEqual(problems);
  });

  it('follows the worker\'s writes, and reads once more for a write made before it watched', async () => {
    await stateItem.setValue(focusing());
    const { popup } = popupOver(fakeWorker().send);
    popup.load(await first(), {});
    await stateItem.setValue(pausedByTickTick()); // after the first read, before the watch
    const stop = popup.start();
    await settle();
    expect(popup.store.getState().app).toEqual(pausedByTickTick());
    await stateItem.setValue(focusing());
    expect(popup.store.getState().app).toEqual(focusing());
    stop();
  });

  it('when the first read failed, reads the state again rather than stay blank', async () => {
    await stateItem.setValue(focusing());
    const { popup } = popupOver(fakeWorker().send);
    const stop = popup.start();
    await settle();
    expect(popup.store.getState().app).toEqual(focusing());
    stop();
  });

  it('asks TickTick at once and every 5 seconds, ticks the clock, and stops all of it when done', async () => {
    await stateItem.setValue(focusing());
    const worker = fakeWorker();
    const { popup } = popupOver(worker.send);
    popup.load(await first(), {});
    const stop = popup.start();
    expect(syncs(worker.calls)).toBe(1);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(syncs(worker.calls)).toBe(3);
    expect(popup.store.getState().now).toBe(OPEN_AT + 10_000);
    stop();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(syncs(worker.calls)).toBe(3);
    expect(popup.store.getState().now).toBe(OPEN_AT + 10_000);
  });

  it('the side panel (open for hours) asks every 30 s, and a hidden page neither asks nor ticks', async () => {
    await stateItem.setValue(focusing());
    const worker = fakeWorker();
    const popup = createPopup({ send: worker.send, refreshExtras: async () => DEFAULT_EXTRAS, page: new EventTarget(), pollMs: 30_000 });
    popup.load(await first(), {});
    const stop = popup.start();
    await vi.advanceTimersByTimeAsync(29_000);
    expect(syncs(worker.calls)).toBe(1);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(syncs(worker.calls)).toBe(2);
    vi.stubGlobal('document', { visibilityState: 'hidden' });
    const now = popup.store.getState().now;
    await vi.advanceTimersByTimeAsync(60_000);
    expect([syncs(worker.calls), popup.store.getState().now]).toEqual([2, now]);
    vi.unstubAllGlobals();
    stop();
  });

  it('fetches the preferences and stats once when signed in, and the stats again when TickTick says a session ended', async () => {
    await stateItem.setValue(focusing());
    const { popup, refreshExtras } = popupOver(fakeWorker().send, { prefs: { pomoGoal: 4 }, prefsAt: OPEN_AT, stats: { todayPomoCount: 3, todayPomoDuration: 75 }, statsAt: OPEN_AT });
    popup.load(await first(), {});
    const stop = popup.start();
    await settle();
    expect(refreshExtras.mock.calls).toEqual([['ticktick', false]]);
    expect(popup.store.getState().extras.stats).toEqual({ todayPomoCount: 3, todayPomoDuration: 75 });
    expect(popup.store.getState().prefs.pomoGoal).toBe(4);
    await stateItem.setValue(pausedByTickTick()); // still the same session
    await stateItem.setValue({ ...initialState(), site: 'ticktick' }); // ended
    await settle();
    expect(refreshExtras.mock.calls).toEqual([['ticktick', false], ['ticktick', true]]);
    stop();
  });

  it('signed out: nothing is fetched', async () => {
    await stateItem.setValue({ ...focusing(), error: { error: 'no_auth_session', message: 'signed out' } } as never);
    const { popup, refreshExtras } = popupOver(fakeWorker().send);
    popup.load(await first(), {});
    const stop = popup.start();
    await settle();
    expect(refreshExtras).not.toHaveBeenCalled();
    stop();
  });
});
