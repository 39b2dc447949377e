// The focus note being typed: sent to TickTick after a pause in typing (or at once when the popup
// closes), shown from the draft until TickTick's record (or our queue) has it.
import { effective, type AppState } from '../../state';
import type { PopupStore, Send } from './state';

const NOTE_DEBOUNCE_MS = 800;

export type NoteDraft = ReturnType<typeof createNoteDraft>;

export function createNoteDraft(store: PopupStore, send: Send, adopt: (reply: AppState | undefined) => Promise<void>) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stopTimer = () => {
    clearTimeout(timer);
    timer = undefined;
  };

  /** Sends the note being typed now (debounce over, popup closing). The worker queues it like any op. */
  function flush(): void {
    stopTimer();
    const { draft } = store.getState();
    if (draft) void send('act', { type: 'note', text: draft.text }).then(adopt).catch(() => undefined);
  }

  return {
    type(sid: string, text: string): void {
      store.setState({ draft: { sid, text } });
      clearTimeout(timer);
      timer = setTimeout(flush, NOTE_DEBOUNCE_MS);
    },
    flush,
    /** End carries the unsent note in its own batch (with `finish`), not on its own a moment earlier. */
    take(): string | undefined {
      const { draft } = store.getState();
      if (draft) stopTimer();
      return draft?.text;
    },
    /** The draft is done with once TickTick's record (or our queue) shows it, or the session changed. */
    settle(app: AppState): void {
      const { draft } = store.getState();
      if (!draft || timer !== undefined) return;
      const rec = effective(app);
      if (!rec || rec.id !== draft.sid || (rec.note ?? '') === draft.text) store.setState({ draft: null });
    },
  };
}
