import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { deriveView } from '../../../../../features/focus/focus-view';
import { stateItem } from '../../../../../features/focus/items';
import { effective, initialState, serverNow, type AppState } from '../../../../../features/focus/state';
import { FIRST_KEYS } from '../../../../../features/focus/ui/store';
import type { Send } from '../../../../../features/focus/ui/store/state';
import { fakeWorker, focusing, OPEN_AT, pausedByTickTick, popupOver, settle } from './world';

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers({ now: OPEN_AT });
});
afterEach(() => vi.useRealTimers());

/** The popup as it opens over `stored`: the first read done, the worker's writes followed. */
async function open(send: Send, stored: AppState = focusing()) {
  await stateItem.setValue(stored);
  const world = popupOver(send);
  world.popup.load(await fakeBrowser.storage.local.get(FIRST_KEYS), {});
  const stop = world.popup.start();
  await settle();
  return { ...world, stop };
}
const phaseOf = (app: AppState | null) => deriveView(effective(app!), serverNow(app!, Date.now())).phase;

describe('a press (features/focus/ui/store/actions.ts)', () => {
  it('is shown at once, before the worker answers, and the buttons wait meanwhile', async () => {
    let answer!: () => void;
    const worker = fakeWorker(() => new Promise((r) => (answer = r)));
    const { popup, stop } = await open(worker.send);
    const done = popup.act({ type: 'pause' });
    await settle();
    expect(phaseOf(popup.store.getState().app)).toBe('paused');
    expect(popup.store.getState().busy).toBe(true);
    expect(worker.acts()).toEqual([{ type: 'pause', from: 'focusing' }]);
    answer();
    await done;
    expect(popup.store.getState().busy).toBe(false);
    expect(popup.store.getState().app).toEqual(await stateItem.getValue());
    stop();
  });

  it('presses follow one another, each judged against the screen the user pressed it on', async () => {
    let answer!: () => void;
    const worker = fakeWorker((name) => (name === 'act' && worker.acts().length === 1 ? new Promise((r) => (answer = r)) : Promise.resolve()));
    const { popup, stop } = await open(worker.send);
    const pause = popup.act({ type: 'pause' });
    await settle(); // the paused screen is up, its answer not yet back
    const resume = popup.act({ type: 'continue' });
    await settle();
    expect(worker.acts()).toEqual([{ type: 'pause', from: 'focusing' }]); // the second waits for the first
    answer();
    await Promise.all([pause, resume]);
    expect(worker.acts()).toEqual([{ type: 'pause', from: 'focusing' }, { type: 'continue', from: 'paused' }]);
    expect(phaseOf(popup.store.getState().app)).toBe('focusing');
    stop();
  });

  it('a double press sends once, and says nothing of a stale press: the change was the user\'s own', async () => {
    const worker = fakeWorker();
    const { popup, stop } = await open(worker.send);
    await Promise.all([popup.act({ type: 'pause' }), popup.act({ type: 'pause' })]);
    expect(worker.acts()).toEqual([{ type: 'pause', from: 'focusing' }]);
    expect(popup.store.getState().stale).toBeNull();
    stop();
  });

  it('a press the focus no longer allows (it ended elsewhere) is not sent, and the popup says so', async () => {
    const worker = fakeWorker();
    const { popup, stop } = await open(worker.send);
    const press = popup.act({ type: 'pause' });
    popup.store.setState({ app: { ...initialState(), site: 'ticktick' } }); // the storage watch, before the press ran
    await press;
    expect(worker.acts()).toEqual([]);
    expect(popup.store.getState().stale).toBe(OPEN_AT);
    stop();
  });

  it('a write the worker stored while a press was on its way does not flash the old screen', async () => {
    let answer!: () => void;
    const worker = fakeWorker(() => new Promise((r) => (answer = r)));
    const { popup, stop } = await open(worker.send);
    const done = popup.act({ type: 'pause' });
    await settle();
    await stateItem.setValue({ ...focusing(), syncedAt: OPEN_AT }); // a poll's answer, older than the press
    expect(phaseOf(popup.store.getState().app)).toBe('paused');
    answer();
    await done;
    stop();
  });
});

describe('the stale-reply race: a reply older than a stored state the popup has seen never replaces it', () => {
  it('after a press: the send that followed it stored TickTick\'s answer before the reply came', async () => {
    // The worker queues the pause and answers with that; meanwhile its send to TickTick comes
    // back (seed 001's reply, paused, queue empty) and is stored: the reply is the older state.
    const worker = fakeWorker(async (name) => {
      if (name === 'act') await stateItem.setValue(pausedByTickTick());
    });
    const { popup, stop } = await open(worker.send);
    await popup.act({ type: 'pause' });
    expect(popup.store.getState().app).toEqual(pausedByTickTick());
    expect(popup.store.getState().app!.queue).toEqual([]);
    stop();
  });

  it('after Retry: writes the watch showed are not undone by the reply that follows them', async () => {
    const failed = { ...focusing(), error: { error: 'rejected', message: 'TickTick refused the change' } } as AppState;
    const worker = fakeWorker(async (name) => {
      if (name === 'retry') await stateItem.setValue(pausedByTickTick());
    });
    const { popup, stop } = await open(worker.send, failed);
    await popup.retry();
    expect(popup.store.getState().app).toEqual(pausedByTickTick());
    stop();
  });

  it('no reply (the worker was restarting): the press stays shown until the watch brings the stored state', async () => {
    const send = (async () => undefined) as unknown as Send;
    const { popup, stop } = await open(send);
    await popup.act({ type: 'pause' });
    expect(phaseOf(popup.store.getState().app)).toBe('paused');
    await stateItem.setValue(pausedByTickTick());
    expect(popup.store.getState().app).toEqual(pausedByTickTick());
    stop();
  });
});
