// End on a short focus: TickTick does not keep a focus under 5 minutes, so the user gets a moment
// to undo it; a kept focus (5 minutes or more) is ended at once.
import type { Action } from '../../plan';
import type { PopupStore, Send } from './state';

/** How long a short focus can still be kept after End. */
export const UNDO_MS = 4000;

export function createEndUndo(store: PopupStore, act: (a: Action) => Promise<void>, send: Send) {
  let timer: ReturnType<typeof setTimeout> | undefined;

  /** The undo time is over: the end goes to the worker. */
  function commit(): void {
    clearTimeout(timer);
    if (store.getState().pendingEnd === null) return;
    store.setState({ pendingEnd: null });
    void act({ type: 'end' });
  }

  return {
    request(short: boolean): void {
      if (!short) return void act({ type: 'end' });
      store.setState({ pendingEnd: Date.now() + UNDO_MS });
      clearTimeout(timer);
      timer = setTimeout(commit, UNDO_MS);
    },
    undo(): void {
      clearTimeout(timer);
      store.setState({ pendingEnd: null });
    },
    /** The popup closes: an End still waiting for its undo time is sent now. */
    leave(): void {
      if (store.getState().pendingEnd !== null) void send('act', { type: 'end' });
    },
  };
}
