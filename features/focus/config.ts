// The focus feature's ids, colours and limits: TickTick's rules (docs/ticktick-protocol.md) and ours.
// Other features keep their own (features/zoho/config.ts, features/tasks/fetch-tasks.ts, ...).

/** A focus shorter than this is dropped, not kept (docs/ticktick-protocol.md §3.2). */
export const KEEP_FOCUS_SEC = 5 * 60;
/** Stopwatch auto-stops after 12 h (docs/ticktick-protocol.md §3.2). */
export const STOPWATCH_MAX_SEC = 12 * 60 * 60;
/** Desktop forgets "waiting for break" after 3 h (docs/ticktick-protocol.md §4). */
export const FINISHED_FORGET_SEC = 3 * 60 * 60;
export const MIN_POMO_MIN = 5;
export const MAX_POMO_MIN = 180;
export const REQUEST_TIMEOUT_MS = 15_000;
/** Backoff: base × 2^attempt with jitter, each wait capped. */
export const RETRY_BASE_MS = 5_000;
export const RETRY_MAX_MS = 5 * 60_000;
/** `too_busy`: retry after 1–2 s (docs/ticktick-protocol.md §6), this many times before normal backoff. */
export const BUSY_RETRIES = 3;
/** Refresh from TickTick at most this often when something merely wakes the worker. */
export const STALE_AFTER_MS = 20_000;

/** Sync polls: about once a minute while a focus or break runs, every few minutes when idle. */
export const POLL_ACTIVE_MIN = 1;
export const POLL_IDLE_MIN = 3;

export const DEFAULT_PREFS = {
  pomoDuration: 25,
  shortBreakDuration: 5,
  longBreakDuration: 15,
  longBreakInterval: 4,
  pomoGoal: 8,
  autoPomo: false,
  autoBreak: false,
  focusDuration: 0,
  /** Seed 001's manual start says `autoPomoLeft` 5: a chain of 6 in the desktop's counting (§4). */
  autoPomoCount: 6,
} as const;

/** The desktop app's bounds for the auto-start count (docs/ticktick-protocol.md §4). */
export const MIN_AUTO_POMO = 2;
export const MAX_AUTO_POMO = 10;
/** The pomodoro count restarts when the last one finished longer ago than this (docs/ticktick-protocol.md §4). */
export const CHAIN_GAP_MS = 60 * 60_000;
/** The desktop app truncates `focusOnTitle` to this (docs/ticktick-protocol.md §3.1). */
export const TITLE_MAX = 64;
/** What the web app allows in a focus note (assumed; the UI says so). */
export const NOTE_MAX = 500;
/** TickTick preferences are fetched again after this. */
export const PREFS_FRESH_MS = 6 * 3_600_000;

/** Badge colours: white text on them meets WCAG AA (4.9:1 or more). */
export const COLOR_FOCUS = '#C9372C';
export const COLOR_PAUSED = '#6B717B';
export const COLOR_BREAK = '#1A7F37';
export const COLOR_STOPWATCH = '#2F5BD8';
export const COLOR_ALERT = '#D1242F';

export const ALARM_TICK = 'tick';
export const ALARM_POLL = 'poll';
export const ALARM_RETRY = 'retry';

export const COMMAND_TOGGLE = 'toggle-focus';
export const COMMAND_END = 'end-focus';

/** A first sync's cursor lies this far back: TickTick lists only records changed since (docs/ticktick-protocol.md §3). */
export const FRESH_CURSOR_MS = 10 * 60_000;
