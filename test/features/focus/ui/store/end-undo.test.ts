import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { stateItem } from '../../../../../features/focus/items';
import { FIRST_KEYS } from '../../../../../features/focus/ui/store';
import { UNDO_MS } from '../../../../../features/focus/ui/store/end-undo';
import { fakeWorker, focusing, OPEN_AT, popupOver, settle } from './world';

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers({ now: OPEN_AT });
});
afterEach(() => vi.useRealTimers());

async function open() {
  await stateItem.setValue(focusing());
  const worker = fakeWorker();
  const world = popupOver(worker.send);
  world.popup.load(await fakeBrowser.storage.local.get(FIRST_KEYS), {});
  const stop = world.popup.start();
  await settle();
  return { ...world, worker, stop };
}

describe('End on a short focus (features/focus/ui/store/end-undo.ts)', () => {
  it('waits four seconds for an undo, then ends it (drop + exit)', async () => {
    const { popup, worker, stop } = await open();
    popup.end.request(true);
    expect(popup.store.getState().pendingEnd).toBe(OPEN_AT + UNDO_MS);
    await vi.advanceTimersByTimeAsync(UNDO_MS - 1);
    expect(worker.acts()).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    await settle();
    expect(worker.acts()).toEqual([{ type: 'end', from: 'focusing' }]);
    expect(popup.store.getState().pendingEnd).toBeNull();
    expect((await stateItem.getValue()).queue.map((o) => o.op)).toEqual(['drop', 'exit']);
    stop();
  });

  it('Undo keeps the focus: nothing is ever sent', async () => {
    const { popup, worker, stop } = await open();
    popup.end.request(true);
    await vi.advanceTimersByTimeAsync(1000);
    popup.end.undo();
    expect(popup.store.getState().pendingEnd).toBeNull();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(worker.acts()).toEqual([]);
    stop();
  });

  it('a focus TickTick keeps (5 minutes or more) ends at once', async () => {
    const { popup, worker, stop } = await open();
    popup.end.request(false);
    await settle();
    expect(popup.store.getState().pendingEnd).toBeNull();
    expect(worker.acts()).toEqual([{ type: 'end', from: 'focusing' }]);
    stop();
  });

  it('closing the popup during the undo time sends the End at once', async () => {
    const { popup, page, worker } = await open();
    popup.end.request(true);
    await vi.advanceTimersByTimeAsync(1000);
    page.dispatchEvent(new Event('pagehide'));
    expect(worker.acts()).toEqual([{ type: 'end' }]);
  });
});
