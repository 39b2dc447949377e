// The mirror's own timings and names (they were TickTick's in features/focus/config.ts: the same
// values, kept here so a change to one service's timings leaves the other's alone).

/** A Zoho call with no answer after this fails as `timeout` (and is looked at before it is sent again). */
export const ZOHO_TIMEOUT_MS = 15_000;
/** Backoff: base × 2^attempt with jitter, each wait capped; no "busy" retries (Zoho has no such answer). */
export const RETRY_RULES = { baseMs: 5_000, maxMs: 5 * 60_000, busyRetries: 0 };
/** The alarm that wakes the worker when a call waiting for its retry is due. */
export const ALARM_ZOHO = 'zohoRetry';
/** The mirror's worker part, its own script (entrypoints/zoho-mirror.ts), and the global it defines. */
export const ZOHO_SCRIPT = { path: '/zoho-mirror.js', name: '__ttfZohoMirror' } as const;
