// Every id, colour and limit in one place.

export const LIMITS = {
  /** A focus shorter than this is dropped, not kept (reference §3.2). */
  keepFocusSec: 5 * 60,
  /** Stopwatch auto-stops after 12 h (reference §3.2). */
  stopwatchMaxSec: 12 * 60 * 60,
  /** Desktop forgets "waiting for break" after 3 h (reference §4). */
  finishedForgetSec: 3 * 60 * 60,
  minPomoMin: 5,
  maxPomoMin: 180,
  requestTimeoutMs: 15_000,
  /** Reply bodies larger than this are refused (a huge `updates` array). */
  maxReplyBytes: 8 * 1024 * 1024,
  /** Backoff: base × 2^attempt with jitter, each wait capped. */
  retryBaseMs: 5_000,
  retryMaxMs: 5 * 60_000,
  /** `too_busy`: retry after 1–2 s (reference §6), this many times before normal backoff. */
  busyRetries: 3,
  /** Refresh from TickTick at most this often when something merely wakes us. */
  staleAfterMs: 20_000,
} as const;

export const POLL = {
  activeMin: 1,
  idleMin: 3,
} as const;

export const DEFAULT_PREFS = {
  pomoDuration: 25,
  shortBreakDuration: 5,
  longBreakDuration: 15,
  longBreakInterval: 4,
} as const;

export const COLORS = {
  focus: '#E5534B',
  paused: '#8A8F98',
  break: '#2DA44E',
  stopwatch: '#4772FA',
  alert: '#D1242F',
} as const;

export const ALARMS = {
  tick: 'tick',
  poll: 'poll',
  retry: 'retry',
} as const;

export const COMMANDS = {
  toggle: 'toggle-focus',
  end: 'end-focus',
} as const;

export const STORAGE_KEYS = {
  state: 'local:state',
  settings: 'sync:settings',
} as const;
