// Badge text and colour, a view of the derived focus state.
import { COLORS } from './config';
import type { FocusView } from './focus-view';

export interface BadgeLook { text: string; color: string }

export function badgeFor(view: FocusView, signedOut: boolean): BadgeLook {
  if (signedOut) return { text: '!', color: COLORS.alert };
  const mins = Math.ceil(view.remainingMs / 60_000);
  switch (view.phase) {
    case 'focusing': return { text: String(mins), color: COLORS.focus };
    case 'paused': return { text: String(mins), color: COLORS.paused };
    case 'break': return { text: String(mins), color: COLORS.break };
    case 'finished': return { text: '✓', color: COLORS.break };
    case 'stopwatch':
      return { text: `${Math.floor(view.elapsedMs / 60_000)}m`, color: view.paused ? COLORS.paused : COLORS.stopwatch };
    default: return { text: '', color: COLORS.focus };
  }
}

/** The next instant the badge text changes on its own, or null when it is frozen. */
export function nextBadgeChange(view: FocusView, now: number): number | null {
  if (view.paused) return null;
  if (view.phase === 'focusing' || view.phase === 'break') {
    if (view.remainingMs <= 0) return null;
    return now + (view.remainingMs % 60_000 || 60_000);
  }
  if (view.phase === 'stopwatch') return now + (60_000 - (view.elapsedMs % 60_000));
  return null;
}
