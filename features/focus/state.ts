// Everything the worker knows of TickTick's focus lives in one storage item (features/focus/items.ts),
// so a restarted worker (or the popup) reads it whole. The view is derived from it, never stored.
import { applyOps } from './apply-op';
import type { SyncError } from './ticktick/errors';
import type { Site } from './ticktick/hosts';
import type { FocusOp, FocusRecord } from './ticktick/types';

export type NoticeKey = 'remoteStarted' | 'remotePaused' | 'remoteResumed' | 'remoteEnded' | 'remoteBreak' | 'historySkipped';

export interface AppState {
  /** TickTick's `current` from the latest reply. */
  current: FocusRecord | null;
  /** `lastPoint` for the next request: the `point` of the latest reply. */
  point: number;
  /** Ops the user made that TickTick has not yet accepted, oldest first. */
  queue: FocusOp[];
  /**
   * Ids of the batch on its way (saved before each send, cleared by any answer): after a lost answer
   * or a worker stopped mid-request, TickTick may hold it, so the next round reads first
   * (features/focus/ticktick/reconcile.ts).
   */
  inflight: string[];
  error: SyncError | null;
  notice: { key: NoticeKey; at: number } | null;
  syncedAt: number;
  retry: { attempt: number; busy: number; at: number } | null;
  site: Site | null;
  /** `sessionId:phase` we last notified about, so a natural end is announced once. */
  notified: string;
  /** TickTick's clock minus ours (from replies' `Date`), 0 within a couple of seconds. */
  clockOffset: number;
  /** Replies with something we did not expect but could live with (for the connection check). */
  anomalies: { count: number; last: string };
}

export function initialState(): AppState {
  return {
    current: null, point: 0, queue: [], inflight: [], error: null, notice: null,
    syncedAt: 0, retry: null, site: null, notified: '', clockOffset: 0, anomalies: { count: 0, last: '' },
  };
}

/** TickTick's record with our pending ops applied: what the user should see now. */
export function effective(s: AppState): FocusRecord | null {
  return applyOps(s.current, s.queue);
}

export const isSignedOut = (s: AppState) => s.error?.error === 'no_auth_session';

/** The clock TickTick's records are dated by: ours corrected by the offset its replies showed. */
export const serverNow = (s: AppState, now: number) => now + (s.clockOffset || 0);
