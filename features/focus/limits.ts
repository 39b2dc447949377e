// What a running session allows, asked by the plan (features/focus/plan.ts) and by the popup's
// buttons alike, so the two cannot disagree.
import { KEEP_FOCUS_SEC, MIN_POMO_MIN, MAX_POMO_MIN } from './config';
import type { FocusView } from './focus-view';

/** ±`delta` minutes on a running pomodoro: stays within 5–180 and never ends it on the spot. */
export function canAdjust(view: FocusView, delta: number): boolean {
  const minutes = view.totalSec / 60 + delta;
  return view.phase === 'focusing' && minutes >= MIN_POMO_MIN && minutes <= MAX_POMO_MIN && minutes * 60_000 > view.elapsedMs;
}

/** End now throws the focus away: TickTick keeps none under 5 minutes (docs/ticktick-protocol.md §3.2). */
export const endDrops = (view: FocusView): boolean =>
  (view.phase === 'focusing' || view.phase === 'paused' || view.phase === 'stopwatch') && view.elapsedMs < KEEP_FOCUS_SEC * 1000;
