// Everything the background knows lives in one storage item, so a restarted worker (or the popup)
// reads it whole. The view is derived from it, never stored.
import { applyOps } from './apply-op';
import type { SyncError } from './ticktick/errors';
import type { Site } from './ticktick/hosts';
import { DEFAULT_ZOHO, type ZohoSettings } from '../zoho/state';
import { DEFAULT_BLOCK, type BlockSettings } from '../guard/blocking';
import { DEFAULT_AWAY, type AwaySettings } from '../guard/away';
import type { FocusOp, FocusRecord, PomoPrefs, TodayStats } from './ticktick/types';

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

export interface Settings {
  site: 'auto' | Site;
  notify: boolean;
  /** The sound when a pomodoro or break runs out (`off`: none), and its volume 0–1. */
  sound: { name: SoundName; volume: number };
  /** What the badge shows: the minutes left, or nothing (colour and tooltip stay). */
  badge: 'minutes' | 'off';
  /** Local overrides of the TickTick rhythm; a key left out follows TickTick. */
  rhythm: Partial<PomoPrefs>;
  /** The Zoho People mirror. */
  zoho: ZohoSettings;
  /** Sites blocked while a focus runs. */
  block: BlockSettings;
  /** Pause when the user walks away. */
  away: AwaySettings;
}

export const SOUNDS = ['chime', 'bell', 'soft', 'off'] as const;
export type SoundName = (typeof SOUNDS)[number];

export const DEFAULT_SETTINGS: Settings = {
  site: 'auto', notify: true, sound: { name: 'chime', volume: 0.7 }, badge: 'minutes',
  rhythm: {}, zoho: DEFAULT_ZOHO, block: DEFAULT_BLOCK, away: DEFAULT_AWAY,
};

/** Stored settings over the defaults, nested groups included (a new field gets its default). */
export function withDefaults(stored: Partial<Settings> | undefined): Settings {
  return {
    ...DEFAULT_SETTINGS, ...stored, rhythm: { ...stored?.rhythm }, zoho: { ...DEFAULT_ZOHO, ...stored?.zoho },
    block: { ...DEFAULT_BLOCK, ...stored?.block }, away: { ...DEFAULT_AWAY, ...stored?.away },
    sound: { ...DEFAULT_SETTINGS.sound, ...stored?.sound },
  };
}

/** TickTick's pomodoro preferences (as it sent them) and today's stats, fetched by popup and worker. */
export interface Extras {
  prefs: Partial<PomoPrefs>;
  prefsAt: number;
  stats: TodayStats | null;
  statsAt: number;
}

export const DEFAULT_EXTRAS: Extras = { prefs: {}, prefsAt: 0, stats: null, statsAt: 0 };

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
