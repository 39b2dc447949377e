// Popup state: a view of the background's stored state plus the clock. The popup reads storage
// directly (no worker round trip before the first paint) and applies actions optimistically.
import { create } from 'zustand';
import { objectIdFactory } from '../core/object-id';
import { planAction, type Action } from '../core/plan';
import { deriveView } from '../core/focus-view';
import { effective, type AppState } from '../core/state';
import { sendMessage } from '../platform/protocol';
import { stateItem } from '../platform/storage';

export interface PopupStore {
  app: AppState | null;
  now: number;
  /** An action is on its way to the background; buttons wait for it. */
  busy: boolean;
  act(action: Action): Promise<void>;
  retry(): Promise<void>;
  discard(): Promise<void>;
}

const provisionalId = objectIdFactory();

export const usePopup = create<PopupStore>()((set, get) => ({
  app: null,
  now: Date.now(),
  busy: false,

  async act(action) {
    const { app, busy } = get();
    if (!app || busy) return;
    const now = Date.now();
    const rec = effective(app);
    const from = deriveView(rec, now).phase;
    // Show the result in this frame; the background's reply (same plan, its own ids) replaces it.
    const predicted = planAction({ ...action, from }, rec, { now, prefs: app.prefs, newId: provisionalId });
    if (!predicted.length) return;
    set({ busy: true, now, app: { ...app, queue: [...app.queue, ...predicted], notice: null } });
    try {
      adopt(await sendMessage('act', { ...action, from }));
    } finally {
      set({ busy: false });
    }
  },
  async retry() {
    adopt(await sendMessage('retry'));
  },
  async discard() {
    adopt(await sendMessage('discard'));
  },
}));

/** A reply replaces the state; a missing one (worker restarting) leaves it to the storage watch. */
function adopt(app: AppState | undefined) {
  if (app) usePopup.setState({ app });
}

/** Loads the last known state, follows the background's writes, ticks the clock, polls TickTick. */
export function startPopup(): () => void {
  void stateItem.getValue().then((app) => usePopup.getState().app ?? usePopup.setState({ app }));
  const unwatch = stateItem.watch((app) => {
    if (app && !usePopup.getState().busy) usePopup.setState({ app });
  });
  const send = (extras: boolean) =>
    sendMessage('sync', extras).catch(() => undefined); // the worker reports failures in the state
  void send(true);
  const clock = setInterval(() => usePopup.setState({ now: Date.now() }), 250);
  // An open popup follows other devices within seconds (issue #3).
  const poll = setInterval(() => void send(false), 5_000);
  return () => {
    unwatch();
    clearInterval(clock);
    clearInterval(poll);
  };
}
