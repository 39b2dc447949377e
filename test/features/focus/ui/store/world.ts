// The popup store's test world: seed 001's pomodoro (docs/ticktick-protocol.md §3.1) stored as the
// worker stores it, a fake `send` standing in for the worker, a page to close, fake time.
import { vi } from 'vitest';
import { applyOps } from '../../../../../features/focus/apply-op';
import { DEFAULT_EXTRAS, stateItem, type Extras } from '../../../../../features/focus/items';
import { planAction, type ActionRequest } from '../../../../../features/focus/plan';
import { effective, initialState, serverNow, type AppState } from '../../../../../features/focus/state';
import { DEFAULT_PREFS } from '../../../../../features/focus/config';
import { parseRecord } from '../../../../../features/focus/ticktick/parse';
import { createPopup } from '../../../../../features/focus/ui/store';
import type { Send } from '../../../../../features/focus/ui/store/state';
import { objectIdFactory } from '../../../../../kernel/object-id';
import { at, seedReplyPaused, seedStart } from '../../../../seed';

/** The popup opens at 10:12:00, 2 min 15 s into seed 001's pomodoro (started 10:09:44.765). */
export const OPEN_AT = at('2025-11-13T10:12:00.000+0000');

/** Seed 001's pomodoro as its start op made it: focusing, nothing waiting. */
export const focusing = (): AppState => ({ ...initialState(), site: 'ticktick', current: applyOps(null, seedStart.opList), point: seedStart.lastPoint, syncedAt: OPEN_AT - 60_000 });

/** TickTick's reply in seed 001: the session paused at 10:12:08 (status 1). */
export const pausedByTickTick = (): AppState => ({
  ...focusing(), current: parseRecord(structuredClone(seedReplyPaused.current)), point: seedReplyPaused.point, syncedAt: OPEN_AT + 1000,
});

export type Call = [name: string, data: ActionRequest | undefined];

/**
 * A worker: `act` plans against the stored state and stores the queued ops before it answers, as
 * features/focus/engine.ts does; `sync`, `retry`, `discard` answer with the stored state. `after`
 * runs between storing and answering (a send that follows the press, another device...).
 */
export function fakeWorker(after: (name: string) => Promise<void> = async () => {}) {
  const calls: Call[] = [];
  const newId = objectIdFactory();
  const send = (async (name: string, data?: ActionRequest) => {
    calls.push([name, data]);
    const s = await stateItem.getValue();
    if (name === 'act' && data) {
      const ops = planAction(data, effective(s), { now: serverNow(s, Date.now()), prefs: { ...DEFAULT_PREFS }, newId });
      if (ops.length) await stateItem.setValue({ ...s, queue: [...s.queue, ...ops], notice: null });
    }
    const reply = await stateItem.getValue();
    await after(name);
    return reply;
  }) as unknown as Send;
  return { send, calls, acts: () => calls.filter(([n]) => n === 'act').map(([, d]) => d) };
}

/** A popup store over `send`, with its own page (for `pagehide`) and extras that never touch the network. */
export function popupOver(send: Send, extras: Extras = DEFAULT_EXTRAS) {
  const page = new EventTarget();
  const refreshExtras = vi.fn(async () => extras);
  return { popup: createPopup({ send, refreshExtras, page }), page, refreshExtras };
}

/** Lets the promises due now run (storage reads, replies), time standing still. */
export const settle = () => vi.advanceTimersByTimeAsync(0);
