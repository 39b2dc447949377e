// Pause when the user walks away (screen locked, or idle for N minutes), at the moment they left,
// never a focus that is not running, never continue by itself; and no polling while nobody looks.
import type { FocusView } from '../focus/index';
import { guarding } from './blocking';
import type { Presence } from './presence';
import type { AwaySettings } from './settings';

export type IdleState = 'active' | 'idle' | 'locked';

export type AwayDecision =
  | { kind: 'none' }
  | { kind: 'away'; since: number; pauseAt: number | null }
  | { kind: 'back'; notify: boolean; pausedAt: number | null };

/**
 * What an idle event means. `detectionSec` is the idle threshold the browser used: an `idle` event
 * comes that long after the last input, so the user left at now − threshold.
 */
export function decideAway(event: IdleState, view: FocusView, settings: AwaySettings, presence: Presence, now: number, detectionSec: number): AwayDecision {
  if (event === 'active') {
    if (presence.awaySince === null) return { kind: 'none' };
    return { kind: 'back', notify: presence.pausedSession !== null, pausedAt: presence.pausedAt };
  }
  const since = presence.awaySince ?? (event === 'idle' ? now - detectionSec * 1000 : now);
  const wants = event === 'locked' ? settings.pauseOnLock || settings.idleMinutes > 0 : settings.idleMinutes > 0;
  // What can be paused is what the guard guards: a running pomodoro or stopwatch.
  return { kind: 'away', since, pauseAt: wants && guarding(view) ? since : null };
}

/** While away and no focus or break runs, TickTick is not polled at all. */
export const pollWhileAway = (view: FocusView) => view.phase !== 'idle';
