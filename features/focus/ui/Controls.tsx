// The buttons that apply to the current phase, and the pomo/stopwatch picker when idle. The
// primary action keeps the focus when it changes (Start → Pause → Continue): keyboard users stay put.
// Preact reuses a node of the same type in the same place (Start's button becomes "−5"), so the
// focus is moved after every transition, not only when it fell to <body>.
import { useLayoutEffect, useRef } from 'preact/hooks';
import { MIN_POMO_MIN, MAX_POMO_MIN } from '../config';
import type { FocusView } from '../focus-view';
import type { Action } from '../plan';
import type { PlanPreview } from '../preview';
import { formatMinutes, t } from '../../../browser/i18n';
import { ModePicker, type Mode } from './ModePicker';

interface Props {
  view: FocusView;
  minutes: number;
  mode: Mode;
  /** The start the idle screen offers: chosen length and task. */
  start: Extract<Action, { type: 'start' }>;
  onMinutes(m: number): void;
  onMode(m: Mode): void;
  act(a: Action): void;
  /** End pressed: the popup may offer an undo before a short focus is thrown away. */
  end(): void;
  /** What the plan would do with a press now. */
  plan: PlanPreview;
  /** The break a finished pomodoro leads to. */
  nextBreak: { kind: 'short' | 'long'; minutes: number };
  /** Mounted in place of a control that had the focus (the End undo): the primary action takes it. */
  claim?: boolean;
}

/** The pomodoro's length before it starts, in steps of 5 minutes within TickTick's limits. */
function Stepper({ minutes, onMinutes }: { minutes: number; onMinutes(m: number): void }) {
  return (
    <div class="stepper">
      <button type="button" aria-label={t('lessMin')} disabled={minutes <= MIN_POMO_MIN} onClick={() => onMinutes(minutes - 5)}>−</button>
      <span>{t('minutes', [String(minutes)])}</span>
      <button type="button" aria-label={t('moreMin')} disabled={minutes >= MAX_POMO_MIN} onClick={() => onMinutes(minutes + 5)}>+</button>
    </div>
  );
}

/** ±5 minutes on a running pomodoro, as far as the plan allows. */
function Adjust({ plan, act }: Pick<Props, 'plan' | 'act'>) {
  return (
    <div class="row adjust">
      <button type="button" aria-label={t('minus5')} disabled={!plan.allows({ type: 'adjust', delta: -5 })} onClick={() => act({ type: 'adjust', delta: -5 })}>−5</button>
      <button type="button" aria-label={t('plus5')} disabled={!plan.allows({ type: 'adjust', delta: 5 })} onClick={() => act({ type: 'adjust', delta: 5 })}>+5</button>
    </div>
  );
}

/**
 * The keyboard focus stays on the group across a change of phase: when a control here had it (or
 * `claim`), the new primary button takes it (focusin/focusout bubble from every button of the group).
 */
function useKeptFocus(phase: FocusView['phase'], claim: boolean) {
  const primary = useRef<HTMLButtonElement>(null);
  const had = useRef(claim);
  useLayoutEffect(() => {
    const lost = !document.activeElement || document.activeElement === document.body;
    if (had.current && (lost || document.activeElement !== primary.current)) primary.current?.focus();
  }, [phase]);
  const onIn = () => (had.current = true);
  // Out of the group, not to a node the next render removes: relatedTarget is null then too, so
  // only a focus that went to another element of the page counts as leaving.
  const onOut = (e: FocusEvent) => void (e.relatedTarget && (had.current = false));
  return { primary, onIn, onOut };
}

export function Controls({ view, minutes, mode, start, onMinutes, onMode, act, end, plan, nextBreak, claim = false }: Props) {
  const { primary, onIn, onOut } = useKeptFocus(view.phase, claim);
  const btn = (label: string, action: Action | (() => void), isPrimary = false) => (
    <button
      type="button" class={isPrimary ? 'primary' : ''} ref={isPrimary ? primary : undefined}
      onClick={() => (typeof action === 'function' ? action() : act(action))}
    >
      {label}
    </button>
  );

  switch (view.phase) {
    case 'idle':
      return (
        <div class="controls" onFocusIn={onIn} onFocusOut={onOut}>
          <ModePicker mode={mode} onMode={onMode} />
          {mode === 'pomo' && <Stepper minutes={minutes} onMinutes={onMinutes} />}
          <div class="row">{btn(t('btnStart'), { ...start, mode }, true)}</div>
        </div>
      );
    case 'focusing':
    case 'paused':
      return (
        <div class="controls" onFocusIn={onIn} onFocusOut={onOut}>
          <div class="row">
            {view.phase === 'paused' ? btn(t('btnContinue'), { type: 'continue' }, true) : btn(t('btnPause'), { type: 'pause' }, true)}
            {btn(t('btnEnd'), end)}
          </div>
          {view.mode === 'pomo' && view.phase === 'focusing' && <Adjust plan={plan} act={act} />}
          {plan.endDrops() && <p class="hint">{t('endWillDrop')}</p>}
        </div>
      );
    case 'finished':
      return (
        <div class="controls" onFocusIn={onIn} onFocusOut={onOut}>
          <p class="hint">
            {t('finishedNext', [formatMinutes(view.totalSec / 60), t(`phase_${nextBreak.kind}Break`), formatMinutes(nextBreak.minutes)])}
          </p>
          <div class="row">
            {btn(t('btnStartBreak'), { type: 'startBreak' }, true)}
            {btn(t('btnSkipBreak'), { type: 'skipBreak' })}
          </div>
        </div>
      );
    case 'break':
      return (
        <div class="controls" onFocusIn={onIn} onFocusOut={onOut}>
          <div class="row">
            {btn(t('btnNewFocus'), start, true)}
            {btn(t('btnSkipBreak'), { type: 'skipBreak' })}
          </div>
        </div>
      );
  }
}
