// Popup state: a view of the background's stored state plus the clock. The popup reads storage
// directly (no worker round trip before the first paint) and applies actions optimistically.
import { create } from 'zustand';
import { deriveView, stateKey } from '../core/focus/focus-view';
import { objectIdFactory } from '../core/object-id';
import { planAction, type Action } from '../core/focus/plan';
import { DEFAULT_EXTRAS, effective, isSignedOut, type AppState, type Extras } from '../core/state';
import { refreshExtras } from '../platform/extras';
import { sendMessage } from '../platform/protocol';
import { extrasItem, stateItem } from '../platform/storage';

export interface PopupStore {
  app: AppState | null;
  extras: Extras;
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
  extras: DEFAULT_EXTRAS,
  now: Date.now(),
  busy: false,

  async act(action) {
    const { app, busy, extras } = get();
    if (!app || busy) return;
    const now = Date.now();
    const rec = effective(app);
    const from = deriveView(rec, now).phase;
    // Show the result in this frame; the background's reply (same plan, its own ids) replaces it.
    const predicted = planAction({ ...action, from }, rec, { now, prefs: extras.prefs, newId: provisionalId });
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

/**
 * Preferences and today's stats, when signed in; stats again whenever a session ends in TickTick's
 * own state (not the optimistic one: TickTick must hold the finish before its stats count it).
 */
let lastKey: string | null = null;
let fetched = false;
function followExtras(app: AppState) {
  const key = stateKey(app.current);
  const ended = lastKey !== null && key !== lastKey && ['idle', 'finished'].includes(deriveView(app.current, Date.now()).phase);
  lastKey = key;
  if (app.site && !isSignedOut(app) && (!fetched || ended)) {
    fetched = true;
    void refreshExtras(app.site, ended).then((extras) => usePopup.setState({ extras }));
  }
}

/** Loads the last known state, follows the background's writes, ticks the clock, polls TickTick. */
export function startPopup(): () => void {
  void extrasItem.getValue().then((extras) => usePopup.setState({ extras }));
  void stateItem.getValue().then((app) => {
    if (!usePopup.getState().app) usePopup.setState({ app });
    followExtras(app);
  });
  const unwatch = stateItem.watch((app) => {
    if (!usePopup.getState().busy) usePopup.setState({ app });
    followExtras(app);
  });
  const sync = () => sendMessage('sync').catch(() => undefined); // the worker reports failures in the state
  void sync();
  const clock = setInterval(() => usePopup.setState({ now: Date.now() }), 250);
  // An open popup follows other devices within seconds (issue #3).
  const poll = setInterval(() => void sync(), 5_000);
  return () => {
    unwatch();
    clearInterval(clock);
    clearInterval(poll);
  };
}
