// Progress ring and the countdown; a pure view of FocusView.
import { phaseName, type FocusView } from '../focus-view';
import { formatClock } from '../../../kernel/time';
import { t } from '../../../browser/i18n';

const R = 52;
const CIRC = 2 * Math.PI * R;

export function Timer({ view, idleSeconds }: { view: FocusView; idleSeconds: number }) {
  const seconds =
    view.mode === 'stopwatch' ? view.elapsedMs / 1000
    : view.phase === 'idle' ? idleSeconds
    : Math.ceil(view.remainingMs / 1000);
  const text = formatClock(seconds);
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
        <span role="timer" aria-live="off" aria-label={`${t(`phase_${phaseName(view)}`)} ${text}`} class={`clock${text.length > 5 ? ' long' : ''}`}>{text}</span>
        <span class="phase">{t(`phase_${phaseName(view)}`)}</span>
      </div>
    </div>
  );
}
