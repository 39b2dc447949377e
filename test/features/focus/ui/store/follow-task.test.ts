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

const DENTIST = { id: '6912a4f0e4b0c1d2e3f40a11', title: 'Call the dentist' };

describe('the next start\'s task follows the focus (features/focus/ui/store/follow-task.ts)', () => {
  it('a task changed mid-focus is the one the idle screen offers after it', async () => {
    await stateItem.setValue(focusing());
    const { popup } = popupOver(fakeWorker().send);
    popup.load(await fakeBrowser.storage.local.get(FIRST_KEYS), {});
    const stop = popup.start();
    await settle();
    expect(popup.store.getState().pick).toBeNull(); // seed 001's focus is on no task
    await popup.act({ type: 'bind', task: DENTIST });
    await settle();
    expect(popup.store.getState().pick).toEqual(DENTIST);
    await popup.act({ type: 'end' }); // a short focus: dropped, and the popup idle again
    await settle();
    expect(popup.store.getState().pick).toEqual(DENTIST);
    stop();
  });

  it('a task bound on another device is followed too, and an unbind leaves no task', async () => {
    await stateItem.setValue(focusing());
    const { popup } = popupOver(fakeWorker().send);
    popup.load(await fakeBrowser.storage.local.get(FIRST_KEYS), {});
    const stop = popup.start();
    await settle();
    const s = focusing();
    const cur = s.current!;
    await stateItem.setValue({ ...s, current: { ...cur, focusTasks: [{ id: DENTIST.id, title: DENTIST.title, startTime: cur.startTime }] } });
    await settle();
    expect(popup.store.getState().pick).toEqual(DENTIST);
    await stateItem.setValue(focusing());
    await settle();
    expect(popup.store.getState().pick).toBeNull();
    stop();
  });
});
