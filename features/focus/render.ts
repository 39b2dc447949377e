// The badge, its tooltip and the alarms: a view of the stored state and the view derived from it
// once per change (features/focus/engine.ts), also what restores them after a restart.
import { ALARM_POLL, ALARM_RETRY, ALARM_TICK, POLL_ACTIVE_MIN, POLL_IDLE_MIN } from './config';
import { badgeFor, nextBadgeChange } from './badge';
import { isDue, phaseName, type FocusView } from './focus-view';
import type { Ports } from './ports';
import { isSignedOut, serverNow, type AppState } from './state';
import { waitsForUser } from './ticktick/errors';

const minOf = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Math.min(a, b));

export async function render(p: Ports, s: AppState, view: FocusView): Promise<void> {
  // Records are dated by TickTick's clock: a session started elsewhere runs out by it.
  const now = serverNow(s, p.now());
  const local = (t: number | null) => (t === null ? null : t - (now - p.now()));
  const settings = await p.state.settings();
  const shown = badgeFor(view, isSignedOut(s) || (waitsForUser(s.error) && s.queue.length > 0));
  const look = settings.badge === 'off' && shown.text !== '!' ? { ...shown, text: '' } : shown;
  const phase = view.phase === 'idle' ? '' : ` · ${p.t(`phase_${phaseName(view)}`)}`;
  const task = view.phase !== 'idle' && view.taskTitle ? ` · ${view.taskTitle}` : '';
  const wake = isDue(view) ? p.now() + 1000 : local(minOf(nextBadgeChange(view, now), view.endsAt));
  // Nobody there and nothing running: no polling at all until the user is back.
  const away = await p.away();
  await Promise.all([
    p.badge.show(look, `${p.t('extName')}${phase}${task}${s.error ? ` · ${s.error.message}` : ''}`),
    p.alarms.at(ALARM_TICK, wake),
    away && view.phase === 'idle' ? p.alarms.at(ALARM_POLL, null) : p.alarms.every(ALARM_POLL, view.phase === 'idle' ? POLL_IDLE_MIN : POLL_ACTIVE_MIN),
    p.alarms.at(ALARM_RETRY, s.retry?.at ?? null),
  ]);
}
