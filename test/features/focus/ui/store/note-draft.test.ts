import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { stateItem } from '../../../../../features/focus/items';
import { FIRST_KEYS } from '../../../../../features/focus/ui/store';
import { fakeWorker, focusing, OPEN_AT, popupOver, settle } from './world';

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers({ now: OPEN_AT });
});
afterEach(() => vi.useRealTimers());

const SID = focusing().current!.id;

async function open() {
  await stateItem.setValue(focusing());
  const worker = fakeWorker();
  const world = popupOver(worker.send);
  world.popup.load(await fakeBrowser.storage.local.get(FIRST_KEYS), {});
  const stop = world.popup.start();
  await settle();
  return { ...world, worker, stop };
}

describe('the note being typed (features/focus/ui/store/note-draft.ts)', () => {
  it('is shown as typed and sent once, 800 ms after the last key', async () => {
    const { popup, worker, stop } = await open();
    popup.note.type(SID, 'Out');
    await vi.advanceTimersByTimeAsync(500);
    popup.note.type(SID, 'Outline done');
    expect(popup.store.getState().draft).toEqual({ sid: SID, text: 'Outline done' });
    await vi.advanceTimersByTimeAsync(799);
    expect(worker.acts()).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(worker.acts()).toEqual([{ type: 'note', text: 'Outline done' }]);
    stop();
  });

  it('is let go once the stored record has it, and kept while more typing waits to be sent', async () => {
    const { popup, stop } = await open();
    popup.note.type(SID, 'Outline done');
    await stateItem.setValue(focusing()); // a write without the note, the typing not sent yet
    expect(popup.store.getState().draft).not.toBeNull();
    await vi.advanceTimersByTimeAsync(800); // sent: the worker queues the note op and answers
    await settle();
    expect((await stateItem.getValue()).queue.map((o) => [o.op, o.note])).toEqual([['note', 'Outline done']]);
    expect(popup.store.getState().draft).toBeNull();
    stop();
  });

  it('goes with End, in the same batch as the finish, not on its own a moment earlier', async () => {
    const { popup, worker, stop } = await open();
    vi.setSystemTime(OPEN_AT + 10 * 60_000); // 12 min focused: End keeps it
    popup.note.type(SID, 'Wrote intro');
    await popup.act({ type: 'end' });
    await vi.advanceTimersByTimeAsync(2000);
    expect(worker.acts()).toEqual([{ type: 'end', note: 'Wrote intro', from: 'focusing' }]);
    expect((await stateItem.getValue()).queue.map((o) => o.op)).toEqual(['finish', 'note', 'exit']);
    stop();
  });

  it('is sent at once when the popup closes', async () => {
    const { popup, page, worker } = await open();
    popup.note.type(SID, 'Half a thought');
    page.dispatchEvent(new Event('pagehide'));
    expect(worker.acts()).toEqual([{ type: 'note', text: 'Half a thought' }]);
    await vi.advanceTimersByTimeAsync(2000);
    expect(worker.acts()).toHaveLength(1); // the debounce no longer fires
  });
});
