// The buttons that apply to the current phase, and the pomo/stopwatch picker when idle.
import { useState } from 'preact/hooks';
import { KEEP_FOCUS_SEC, MIN_POMO_MIN, MAX_POMO_MIN } from '../core/config';
import type { FocusView } from '../core/focus/focus-view';
import type { Action } from '../core/focus/plan';
import { t } from './i18n';

interface Props {
  view: FocusView;
  minutes: number;
  /** The start the idle screen offers: chosen length and task. */
  start: Extract<Action, { type: 'start' }>;
  busy: boolean;
  onMinutes(m: number): void;
  act(a: Action): void;
}

/** ±5 stays within 5–180 minutes and never ends the pomodoro on the spot. */
function canAdjust(view: FocusView, delta: number): boolean {
  const minutes = view.totalSec / 60 + delta;
  return minutes >= MIN_POMO_MIN && minutes <= MAX_POMO_MIN && minutes * 60_000 > view.elapsedMs;
}

export function Controls({ view, minutes, start, busy, onMinutes, act }: Props) {
  const [mode, setMode] = useState<'pomo' | 'stopwatch'>('pomo');
  const btn = (label: string, action: Action, primary = false) => (
    <button type="button" class={primary ? 'primary' : ''} disabled={busy} onClick={() => act(action)}>
      {label}
    </button>
  );
  const willDrop =
    (view.phase === 'focusing' || view.phase === 'paused' || view.phase === 'stopwatch') &&
    view.elapsedMs < KEEP_FOCUS_SEC * 1000;

  switch (view.phase) {
    case 'idle':
      return (
        <div class="controls">
          <div class="mode" role="radiogroup">
            {(['pomo', 'stopwatch'] as const).map((m) => (
              <button type="button" role="radio" aria-checked={mode === m} class={mode === m ? 'on' : ''} onClick={() => setMode(m)}>
                {t(m === 'pomo' ? 'modePomo' : 'modeStopwatch')}
              </button>
            ))}
          </div>
          {mode === 'pomo' && (
            <div class="stepper">
              <button type="button" aria-label={t('lessMin')} disabled={minutes <= MIN_POMO_MIN} onClick={() => onMinutes(minutes - 5)}>−</button>
              <span>{t('minutes', [String(minutes)])}</span>
              <button type="button" aria-label={t('moreMin')} disabled={minutes >= MAX_POMO_MIN} onClick={() => onMinutes(minutes + 5)}>+</button>
            </div>
          )}
          <div class="row">{btn(t('btnStart'), { ...start, mode }, true)}</div>
        </div>
      );
    case 'focusing':
    case 'paused':
    case 'stopwatch':
      return (
        <div class="controls">
          <div class="row">
            {view.paused ? btn(t('btnContinue'), { type: 'continue' }, true) : btn(t('btnPause'), { type: 'pause' }, true)}
            {btn(t('btnEnd'), { type: 'end' })}
          </div>
          {view.phase === 'focusing' && (
            <div class="row adjust">
              <button type="button" aria-label={t('minus5')} disabled={busy || !canAdjust(view, -5)} onClick={() => act({ type: 'adjust', delta: -5 })}>−5</button>
              <button type="button" aria-label={t('plus5')} disabled={busy || !canAdjust(view, 5)} onClick={() => act({ type: 'adjust', delta: 5 })}>+5</button>
            </div>
          )}
          {willDrop && <p class="hint">{t('endWillDrop')}</p>}
        </div>
      );
    case 'finished':
      return (
        <div class="controls">
          <div class="row">
            {btn(t('btnStartBreak'), { type: 'startBreak' }, true)}
            {btn(t('btnSkipBreak'), { type: 'skipBreak' })}
          </div>
        </div>
      );
    case 'break':
      return (
        <div class="controls">
          <div class="row">
            {btn(t('btnSkipBreak'), { type: 'skipBreak' })}
            {btn(t('btnNewFocus'), start, true)}
          </div>
        </div>
      );
  }
}
