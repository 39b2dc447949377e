// Badge text and colour, a view of the derived focus state.
import { COLOR_FOCUS, COLOR_PAUSED, COLOR_BREAK, COLOR_STOPWATCH, COLOR_ALERT } from './config';
import type { FocusView } from './focus-view';
import type { BadgeLook } from '../../browser/badge';

export type { BadgeLook };

const PHASE_COLOR = { focusing: COLOR_FOCUS, paused: COLOR_PAUSED, break: COLOR_BREAK, finished: COLOR_BREAK, idle: COLOR_FOCUS };

/** Signed out: a running focus still shows its minutes, in the alert colour (the tooltip says why). */
export function badgeFor(view: FocusView, signedOut: boolean): BadgeLook {
  if (signedOut) return { text: view.phase === 'idle' ? '!' : badgeFor(view, false).text || '!', color: COLOR_ALERT };
  const { phase } = view;
  if (view.mode === 'stopwatch') {
    return { text: `${Math.floor(view.elapsedMs / 60_000)}m`, color: phase === 'paused' ? COLOR_PAUSED : COLOR_STOPWATCH };
  }
  const text = phase === 'idle' ? '' : phase === 'finished' ? '✓' : String(Math.ceil(view.remainingMs / 60_000));
  return { text, color: PHASE_COLOR[phase] };
}

/** The next instant the badge text changes on its own, or null when it is frozen. */
export function nextBadgeChange(view: FocusView, now: number): number | null {
  if (view.phase !== 'focusing' && view.phase !== 'break') return null;
  if (view.mode === 'stopwatch') return now + (60_000 - (view.elapsedMs % 60_000));
  return view.remainingMs <= 0 ? null : now + (view.remainingMs % 60_000 || 60_000);
}
