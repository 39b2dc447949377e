// The popup's store: one instance per popup (tests make their own with a fake `send` and fake
// time), its timers inside. State (./state.ts), presses (./actions.ts), the note draft
// (./note-draft.ts), End's undo (./end-undo.ts) and the start (./boot.ts), put together here.
import { browser } from 'wxt/browser';
import { sendFocus } from '../../messages';
import type { Site } from '../../ticktick/hosts';
import { PROBLEMS_KEY } from '../../../../browser/storage';
import { createActions } from './actions';
import { createBoot, type BootDeps } from './boot';
import { createEndUndo } from './end-undo';
import { followBoundTask } from './follow-task';
import { createNoteDraft } from './note-draft';
import { adoptAfterReply, createPopupState, setPrefs, type PopupState, type Send } from './state';

export { FIRST_KEYS } from './boot';
export type { PopupState, PopupStore } from './state';

export interface PopupDeps {
  send?: Send;
  refreshExtras?: BootDeps['refreshExtras'];
  page?: BootDeps['page'];
  pollMs?: number;
}

// After the first paint: the fetch and its parser are a chunk of their own.
const refreshExtras = (site: Site, force: boolean) => import('../../extras').then((m) => m.refreshExtras(site, force));

export type Popup = ReturnType<typeof createPopup>;

export function createPopup(deps: PopupDeps = {}) {
  const send = deps.send ?? sendFocus;
  const store = createPopupState();
  const adopt = adoptAfterReply(store, (app) => note.settle(app));
  const note = createNoteDraft(store, send, adopt);
  const actions = createActions(store, send, note, adopt);
  const end = createEndUndo(store, actions.act, send);
  const boot = createBoot(store, { send, note, end, refreshExtras: deps.refreshExtras ?? refreshExtras, page: deps.page ?? globalThis, pollMs: deps.pollMs });
  followBoundTask(store);
  return {
    store,
    ...actions,
    /** Typing in the note field (./note-draft.ts). */
    note,
    /** End, with its undo for a short focus (./end-undo.ts). */
    end,
    ...boot,
    setRhythm: (rhythm: PopupState['rhythm']) => setPrefs(store, { rhythm }),
    /** The user has read the notice about data set aside; the backups stay. */
    dismissProblems(): void {
      store.setState({ problems: [] });
      void browser.storage.local.remove(PROBLEMS_KEY);
    },
  };
}
