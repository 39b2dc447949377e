// The check's facts from the stored state (the engine's own item, which pages read): the queue by
// kind and time only, the anomalies the lenient parser counted, and the focus as the user sees it.
import { deriveView, effective, serverNow, type AppState } from '../focus/index';
import type { CheckFacts, WorkerFacts } from './facts';

export function withState(f: WorkerFacts, s: AppState, now: number): CheckFacts {
  const first = s.queue[0];
  const queue = {
    size: s.queue.length, oldest: first ? { op: first.op, time: first.time } : null, inflight: s.inflight.length,
    error: s.error?.error ?? null, retryAt: s.retry?.at ?? null, syncedAt: s.syncedAt,
  };
  const rec = effective(s);
  const view = deriveView(rec, serverNow(s, now));
  return {
    ...f, queue, anomalies: { count: s.anomalies?.count ?? 0, last: s.anomalies?.last ?? '' },
    focus: { phase: view.phase, task: view.taskTitle, note: rec?.note ?? '' },
  };
}
