// The popup's state: TickTick's state as stored (first read, storage watch, a read after each
// reply) with the optimistic ops of a press on its way, and what only the popup knows.
import { createStore, type StoreApi } from 'zustand/vanilla';
import { DEFAULT_EXTRAS, stateItem, type Extras } from '../../items';
import type { sendFocus } from '../../messages';
import type { TaskRef } from '../../plan';
import { effectivePrefs } from '../../rhythm';
import { DEFAULT_FOCUS_SETTINGS } from '../../settings';
import type { AppState } from '../../state';
import type { PomoPrefs } from '../../ticktick/types';
import type { StorageProblem } from '../../../../browser/storage';

export interface PopupState {
  app: AppState | null;
  extras: Extras;
  /** The user's rhythm: TickTick's preferences with the local overrides. */
  prefs: PomoPrefs;
  rhythm: Partial<PomoPrefs>;
  now: number;
  /** An action is on its way to the background; buttons wait for it. */
  busy: boolean;
  /** The task chosen for the next start (idle only). */
  pick: TaskRef | null;
  /** The note being typed for session `sid`, until TickTick's record shows it. */
  draft: { sid: string; text: string } | null;
  /** Stored items that could not be used and were set aside (app/migrations.ts). */
  problems: StorageProblem[];
  /** A short focus is about to be thrown away: sent at this time unless the user undoes it. */
  pendingEnd: number | null;
  /** Pomodoro or stopwatch, for the next start. */
  mode: 'pomo' | 'stopwatch';
  /** When a press found the focus already changed (nothing was sent). */
  stale: number | null;
}

export type PopupStore = StoreApi<PopupState>;
/** How the popup asks the worker (features/focus/messages.ts); a test passes its own. */
export type Send = typeof sendFocus;

export function createPopupState(): PopupStore {
  return createStore<PopupState>()(() => ({
    app: null, extras: DEFAULT_EXTRAS, prefs: effectivePrefs({}), rhythm: DEFAULT_FOCUS_SETTINGS.rhythm, now: Date.now(),
    busy: false, pick: null, draft: null, problems: [], pendingEnd: null, mode: 'pomo', stale: null,
  }));
}

/**
 * TickTick's preferences and today's stats, or the user's local overrides of the rhythm (the focus
 * feature's part of the settings): the rhythm shown is TickTick's with the overrides.
 */
export function setPrefs(store: PopupStore, next: Partial<Pick<PopupState, 'extras' | 'rhythm'>>): void {
  const { extras, rhythm } = { ...store.getState(), ...next };
  store.setState({ ...next, prefs: effectivePrefs(extras.prefs, rhythm) });
}

/**
 * After a reply the popup reads the stored state rather than take the reply: the worker stores
 * before it answers, so the read is at least as new as the reply and as every write the storage
 * watch already brought, and a reply overtaken by a newer write (the send that followed the
 * press, another device) can never replace it. No reply (the worker restarting) leaves it to the
 * storage watch.
 */
export function adoptAfterReply(store: PopupStore, settle: (app: AppState) => void) {
  return async (reply: AppState | undefined): Promise<void> => {
    if (!reply) return;
    const app = await stateItem.getValue();
    store.setState({ app });
    settle(app);
  };
}
