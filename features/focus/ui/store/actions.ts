// The user's presses: each shown at once (the plan's ops applied to the stored state), then sent
// to the worker; presses run one after another, never dropped.
import { deriveView, type Phase } from '../../focus-view';
import { planAction, type Action } from '../../plan';
import { effective, serverNow, type AppState } from '../../state';
import { objectIdFactory } from '../../../../kernel/object-id';
import type { NoteDraft } from './note-draft';
import type { PopupStore, Send } from './state';

export function createActions(store: PopupStore, send: Send, note: NoteDraft, adopt: (reply: AppState | undefined) => Promise<void>) {
  const provisionalId = objectIdFactory();
  let acting: Promise<void> = Promise.resolve();
  let pending = 0;

  /**
   * One press: shown at once (optimistic), then the stored state after the background's answer
   * replaces it. `behind`: an earlier press was still on its way, so a state that moved on is the user's own doing.
   */
  async function actNow(action: Action, from: Phase | undefined, behind: boolean): Promise<void> {
    const { app, prefs } = store.getState();
    if (!app || !from) return;
    const text = action.type === 'end' ? note.take() : undefined;
    if (action.type === 'end' && text !== undefined) action = { ...action, note: text };
    const now = serverNow(app, Date.now());
    const rec = effective(app);
    const predicted = planAction({ ...action, from }, rec, { now, prefs, newId: provisionalId });
    // The state moved on since the press (another device, the timer): say so rather than do nothing.
    if (!predicted.length) return void (!behind && deriveView(rec, now).phase !== from && store.setState({ stale: Date.now() }));
    store.setState({ busy: true, now: Date.now(), stale: null, app: { ...app, queue: [...app.queue, ...predicted], notice: null } });
    try {
      await adopt(await send('act', { ...action, from }));
    } finally {
      store.setState({ busy: false });
    }
  }

  return {
    /** Judged against the phase the user saw when pressing, however long earlier presses take. */
    act(action: Action): Promise<void> {
      const { app } = store.getState();
      const from = app ? deriveView(effective(app), serverNow(app, Date.now())).phase : undefined;
      const behind = pending++ > 0;
      const run = acting.then(() => actNow(action, from, behind)).finally(() => pending--);
      acting = run.catch(() => undefined);
      return run;
    },
    retry: async (): Promise<void> => adopt(await send('retry')),
    discard: async (): Promise<void> => adopt(await send('discard')),
  };
}
