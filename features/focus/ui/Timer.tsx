// Progress ring and the countdown; a pure view of FocusView.
import { phaseName, type FocusView } from '../focus-view';
import { formatClock } from '../../../kernel/time';
import { t } from '../../../browser/i18n';

const R = 52;
const CIRC = 2 * Math.PI * R;

interface Props {
  view: FocusView;
  idleSeconds: number;
  /** Which break this is (or comes next): a break's name says short or long. */
  breakKind: 'short' | 'long';
}

export function Timer({ view, idleSeconds, breakKind }: Props) {
  const seconds =
    view.mode === 'stopwatch' ? view.elapsedMs / 1000
    : view.phase === 'idle' ? idleSeconds
    // A finished pomodoro shows the time it focused, not a spent 00:00.
    : view.phase === 'finished' ? view.totalSec
    : Math.ceil(view.remainingMs / 1000);
  const text = formatClock(seconds);
  const name = t(view.phase === 'break' ? `phase_${breakKind}Break` : `phase_${phaseName(view)}`);
  return (
    <div class={`timer mode-${view.mode ?? 'none'} phase-${view.phase}`}>
      <svg viewBox="0 0 120 120" aria-hidden="true">
        <circle class="track" cx="60" cy="60" r={R} />
        <circle
          class="progress" cx="60" cy="60" r={R}
          stroke-dasharray={CIRC} stroke-dashoffset={CIRC * (1 - Math.min(1, Math.max(0, view.progress)))}
        />
      </svg>
      <div class="readout">
        {/* role=timer is not live: the label is read when focused or asked for, not every second. */}
        <span role="timer" aria-live="off" aria-label={`${name} ${text}`} class={`clock${text.length > 5 ? ' long' : ''}`}>{text}</span>
        <span class="phase">{name}</span>
      </div>
    </div>
  );
}
