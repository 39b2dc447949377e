// The idle screen offers the task the last focus was on: a task changed mid-focus (here or on
// another device) becomes the next start's pick, not the one chosen before the focus began.
import { deriveView, isActive } from '../../focus-view';
import { effective } from '../../state';
import type { PopupStore } from './state';

export function followBoundTask(store: PopupStore): () => void {
  return store.subscribe((s, prev) => {
    if (!s.app || s.app === prev.app) return;
    const v = deriveView(effective(s.app), Date.now());
    if (!isActive(v) || (s.pick?.id ?? '') === v.taskId) return;
    store.setState({ pick: v.taskId ? { id: v.taskId, title: v.taskTitle } : null });
  });
}
