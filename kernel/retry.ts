// When to try again after a failure: capped exponential backoff with jitter, or a quick retry a
// few times when the service only says it is busy. Every schedule has a cap.

/** How a failure is retried: backoff, soon (busy: 1–2 s a few times, then backoff), at a set time, or not by itself. */
export type RetryKind = 'backoff' | 'soon' | 'wait';

export interface Retry {
  attempt: number;
  busy: number;
  at: number;
}

export interface RetryRules {
  baseMs: number;
  maxMs: number;
  busyRetries: number;
}

/** The next schedule after a failure of `kind`; `until` fixes the time (a service's lock). */
export function nextRetry(prev: Retry | null, kind: RetryKind, now: number, random: () => number, rules: RetryRules, until?: number): Retry | null {
  const p = prev ?? { attempt: 0, busy: 0, at: 0 };
  if (until !== undefined) return { ...p, at: until };
  if (kind === 'wait') return null;
  if (kind === 'soon' && p.busy < rules.busyRetries) return { ...p, busy: p.busy + 1, at: now + 1000 + random() * 1000 };
  const attempt = p.attempt + 1;
  const wait = Math.min(rules.maxMs, rules.baseMs * 2 ** (attempt - 1));
  return { ...p, attempt, at: now + wait * (0.5 + random() * 0.5) };
}
