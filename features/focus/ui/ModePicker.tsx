// Pomo or stopwatch: a radio group, one tab stop, arrow keys move the choice (WAI-ARIA radio group).
import { t } from '../../../browser/i18n';

export type Mode = 'pomo' | 'stopwatch';
const MODES: Mode[] = ['pomo', 'stopwatch'];

export function ModePicker({ mode, onMode }: { mode: Mode; onMode(m: Mode): void }) {
  const onKey = (e: KeyboardEvent) => {
    const step = e.key === 'ArrowRight' || e.key === 'ArrowDown' ? 1 : e.key === 'ArrowLeft' || e.key === 'ArrowUp' ? -1 : 0;
    if (!step) return;
    e.preventDefault();
    const next = MODES[(MODES.indexOf(mode) + step + MODES.length) % MODES.length]!;
    onMode(next);
    ((e.currentTarget as HTMLElement).querySelector(`[data-mode="${next}"]`) as HTMLElement | null)?.focus();
  };
  return (
    <div class="mode" role="radiogroup" aria-label={t('modeLabel')} onKeyDown={onKey}>
      {MODES.map((m) => (
        <button
          type="button" role="radio" data-mode={m} aria-checked={mode === m} tabIndex={mode === m ? 0 : -1}
          class={mode === m ? 'on' : ''} onClick={() => onMode(m)}
        >
          {t(m === 'pomo' ? 'modePomo' : 'modeStopwatch')}
        </button>
      ))}
    </div>
  );
}
