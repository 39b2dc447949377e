// The popup's start: the stored state read before the first render, then the background's writes
// followed, the clock ticked, TickTick polled, and what must not be lost sent when the popup closes.
import { deriveView, stateKey } from '../../focus-view';
import { extrasItem, stateItem, type Extras } from '../../items';
import type { Site } from '../../ticktick/hosts';
import type { PomoPrefs } from '../../ticktick/types';
import { isSignedOut, type AppState } from '../../state';
import { PROBLEMS_KEY, watchItem, type StorageProblem } from '../../../../browser/storage';
import type { NoteDraft } from './note-draft';
import { setPrefs, type PopupStore, type Send } from './state';

/** What the popup reads of storage.local before its first render (app/popup/reads.ts). */
export const FIRST_KEYS = [stateItem.key, extrasItem.key, PROBLEMS_KEY];

export interface BootDeps {
  send: Send;
  note: NoteDraft;
  /** The End waiting for its undo time (./end-undo.ts). */
  end: { leave(): void };
  /** TickTick's preferences and today's stats (`force`: the stats again). */
  refreshExtras: (site: Site, force: boolean) => Promise<Extras>;
  /** Where `pagehide` is heard: the popup's window. */
  page: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;
  /** How often TickTick is asked while open: the popup 5 s, the side panel (open for hours) less often. */
  pollMs?: number;
}

/** A page nobody sees (a side panel behind another, a minimised window) neither ticks nor polls. */
const hidden = () => (globalThis as { document?: Document }).document?.visibilityState === 'hidden';

/** The clock ticks and TickTick is asked while the page is seen; the returned stop ends both. */
function tickAndPoll(store: PopupStore, sync: () => void, pollMs: number): () => void {
  const clock = setInterval(() => void (hidden() || store.setState({ now: Date.now() })), 250);
  // An open popup follows other devices within seconds (issue #3).
  const poll = setInterval(() => void (hidden() || sync()), pollMs);
  return () => {
    clearInterval(clock);
    clearInterval(poll);
  };
}

export function createBoot(store: PopupStore, d: BootDeps) {
  let lastKey: string | null = null;
  let fetched = false;

  /**
   * Preferences and today's stats, when signed in; stats again whenever a session ends in TickTick's
   * own state (not the optimistic one: TickTick must hold the finish before its stats count it).
   */
  function followExtras(app: AppState): void {
    const key = stateKey(app.current);
    const ended = lastKey !== null && key !== lastKey && ['idle', 'finished'].includes(deriveView(app.current, Date.now()).phase);
    lastKey = key;
    if (app.site && !isSignedOut(app) && (!fetched || ended)) {
      fetched = true;
      void d.refreshExtras(app.site, ended).then((extras) => setPrefs(store, { extras }));
    }
  }

  /** The first read (`local`: the FIRST_KEYS entries), before the first render. */
  function load(local: Record<string, unknown>, rhythm: Partial<PomoPrefs>): void {
    store.setState({ app: stateItem.parse(local[stateItem.key]), now: Date.now(), problems: (local[PROBLEMS_KEY] as StorageProblem[] | undefined) ?? [] });
    setPrefs(store, { rhythm, extras: extrasItem.parse(local[extrasItem.key]) });
  }

  /** Follows the background's writes, ticks the clock, polls TickTick (after the first render). */
  function start(): () => void {
    const first = store.getState().app;
    if (first) followExtras(first);
    // Watch first, then read: a write between the first read (or a failed one) and the watch
    // would be lost otherwise, and the popup would miss the worker's first sync (a sign-in prompt).
    const unwatch = watchItem(stateItem, (app) => {
      if (!store.getState().busy) store.setState({ app });
      d.note.settle(app);
      followExtras(app);
    });
    void stateItem.getValue().then((app) => {
      if (first && store.getState().busy) return; // the press's own reply is adopted instead
      store.setState({ app });
      if (!first) followExtras(app);
    });
    // Closing the popup must not lose what was typed, nor an End waiting for its undo time.
    const leave = () => {
      d.note.flush();
      d.end.leave();
    };
    d.page.addEventListener('pagehide', leave);
    const sync = () => void d.send('sync').catch(() => undefined); // the worker reports failures in the state
    sync();
    const stopTicks = tickAndPoll(store, sync, d.pollMs ?? 5_000);
    return () => {
      unwatch();
      d.page.removeEventListener('pagehide', leave);
      stopTicks();
    };
  }

  return { load, start };
}
