// The user's own TickTick rhythm: durations, long-break interval, daily goals and auto-start, from
// `GET /api/v2/user/preferences/pomodoro` with local overrides (docs/ticktick-protocol.md §4, §10).
import { CHAIN_GAP_MS, DEFAULT_PREFS, MAX_AUTO_POMO, MIN_AUTO_POMO } from './config';
import { parseTime } from '../../kernel/time';
import type { FocusRecord, PomoPrefs } from './ticktick/types';

const NUMBERS = ['pomoDuration', 'shortBreakDuration', 'longBreakDuration', 'longBreakInterval', 'pomoGoal'] as const;
const FLAGS = ['autoPomo', 'autoBreak'] as const;

/** The usable fields of a preferences reply: positive numbers and true/false flags; the rest is ignored. */
export function parsePrefs(body: unknown): Partial<PomoPrefs> {
  const out: Record<string, number | boolean> = {};
  if (typeof body !== 'object' || body === null) return out;
  const o = body as Record<string, unknown>;
  for (const k of NUMBERS) {
    const v = o[k];
    if (typeof v === 'number' && Number.isFinite(v) && v > 0) out[k] = Math.round(v);
  }
  for (const k of FLAGS) if (typeof o[k] === 'boolean') out[k] = o[k] as boolean;
  // 0 is TickTick's "no daily focus goal" (the desktop app hides the goal then, §10).
  const goal = o.focusDuration;
  if (typeof goal === 'number' && Number.isFinite(goal) && goal >= 0) out.focusDuration = Math.round(goal);
  return out as Partial<PomoPrefs>;
}

/** TickTick's values, each replaced by the local override the user set (unset: follow TickTick). */
export function effectivePrefs(remote: Partial<PomoPrefs>, local: Partial<PomoPrefs> = {}): PomoPrefs {
  const out: PomoPrefs = { ...DEFAULT_PREFS, ...remote };
  for (const k of Object.keys(local) as (keyof PomoPrefs)[]) {
    if (local[k] !== undefined && local[k] !== null) (out as unknown as Record<string, unknown>)[k] = local[k];
  }
  return out;
}

/** Pomodoros in an auto chain, within the desktop app's 2–10 (docs/ticktick-protocol.md §4). */
export function chainLength(prefs: PomoPrefs): number {
  const n = Math.round(prefs.autoPomoCount);
  return Number.isFinite(n) ? Math.min(MAX_AUTO_POMO, Math.max(MIN_AUTO_POMO, n)) : DEFAULT_PREFS.autoPomoCount;
}

/**
 * The pomodoro number in the long-break cycle for a new start (desktop `StartFocus`): 1 after a
 * gap of more than an hour since the last finished pomodoro or when the cycle is complete, else +1.
 */
export function nextPomoCount(prev: FocusRecord | null, now: number, prefs: PomoPrefs): number {
  if (!prev || prev.type !== 0 || prev.status !== 2) return 1;
  const ended = parseTime(prev.endTime);
  if (!Number.isFinite(ended) || now - ended > CHAIN_GAP_MS) return 1;
  return prev.pomoCount >= prefs.longBreakInterval ? 1 : prev.pomoCount + 1;
}

/** A long break every `longBreakInterval` pomodoros, a short one otherwise. */
export function breakKind(rec: FocusRecord, prefs: PomoPrefs): 'short' | 'long' {
  return rec.pomoCount > 0 && rec.pomoCount % prefs.longBreakInterval === 0 ? 'long' : 'short';
}

/** The length of the break after `rec` (./plan.ts `startBreak`). */
export function breakMinutes(rec: FocusRecord, prefs: PomoPrefs): number {
  return breakKind(rec, prefs) === 'long' ? prefs.longBreakDuration : prefs.shortBreakDuration;
}
