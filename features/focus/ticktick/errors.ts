// TickTick's errors as the extension knows them and how the queue reacts to each
// (docs/ticktick-protocol.md §8; classify.ts maps a reply to one). The error's shape,
// `{error, message}`, is the one seed 001's pass-through returns for a missing session.

export type ErrorCode =
  | 'no_auth_session' | 'offline' | 'timeout' | 'too_busy' | 'rate_limited'
  | 'server_error' | 'rejected' | 'need_pro' | 'bad_response' | 'too_large';

export interface SyncError {
  error: ErrorCode;
  /** Human text in the UI language. */
  message: string;
  status?: number;
  /** What exactly was wrong, for the curious (never contains the session token). */
  detail?: string;
  /** A refusal: the ids of the batch TickTick refused (Discard drops these, not what came after). */
  ops?: string[];
}

/** How the queue reacts to each error. */
export type Recovery = 'backoff' | 'soon' | 'after_sign_in' | 'manual';

/** Per error: how to retry, and whether TickTick may have applied the batch although no usable reply came. */
export const POLICY: Record<ErrorCode, readonly [Recovery, boolean]> = {
  no_auth_session: ['after_sign_in', false],
  offline: ['backoff', true],
  timeout: ['backoff', true],
  too_busy: ['soon', false],
  rate_limited: ['backoff', false],
  server_error: ['backoff', true],
  bad_response: ['backoff', true],
  // Never asked again as it was: the next request starts from a fresh cursor (features/focus/ticktick/sync.ts).
  too_large: ['soon', true],
  rejected: ['manual', false],
  need_pro: ['manual', false],
};

/** A refusal: the queue waits until the user retries or discards. */
export const waitsForUser = (e: SyncError | null): boolean => !!e && POLICY[e.error][0] === 'manual';
