// What makes an end hard to miss, as rules: the end sound repeated while the end waits for the
// user (capped: a user away for long is not sounded at forever), and the heads-up a minute before.
import type { FocusView } from '../focus/index';
import { FOCUS_DONE, BREAK_DONE } from './alert';

export const REPEAT_FOR_MS = 10 * 60_000;
export const HEADS_UP_MS = 60_000;

/** An end whose sound repeats: which, and when it came. */
export interface Repeat { kind: typeof FOCUS_DONE | typeof BREAK_DONE; at: number }

/** A pomodoro's end waits while it is finished and no break runs; a break's while nothing new started. */
export const waiting = (r: Repeat, view: FocusView): boolean => (r.kind === FOCUS_DONE ? view.phase === 'finished' : view.phase === 'idle');

/** When the sound comes again after `now`, or null: repeats off, or the end is too old. */
export function nextRepeat(r: Repeat, now: number, sec: number): number | null {
  if (!(sec > 0)) return null;
  const next = now + sec * 1000;
  return next - r.at > REPEAT_FOR_MS ? null : next;
}

/** When the heads-up is due (TickTick's clock): a minute before a running pomodoro's end. */
export function headsUpAt(view: FocusView, on: boolean, now: number): number | null {
  if (!on || view.mode !== 'pomo' || view.phase !== 'focusing' || view.endsAt === null) return null;
  const at = view.endsAt - HEADS_UP_MS;
  return at > now ? at : null;
}

/** The heads-up's alarm found a pomodoro still about to end (alarms may fire a little late). */
export const aboutToEnd = (view: FocusView): boolean =>
  view.mode === 'pomo' && view.phase === 'focusing' && view.remainingMs > 0 && view.remainingMs <= HEADS_UP_MS + 30_000;
