// Turns a user action into the ops the web app would send (seed 001; docs/ticktick-protocol.md §3.2, §4).
import { DEFAULT_PREFS, KEEP_FOCUS_SEC, MIN_POMO_MIN, MAX_POMO_MIN, NOTE_MAX, TITLE_MAX } from './config';
import { formatOpTime, parseTime } from '../../kernel/time';
import type { FocusOp, FocusRecord, OpName, PomoPrefs } from './ticktick/types';
import { boundTask, deriveView, isActive, isRunning, type Phase } from './focus-view';
import { breakMinutes, chainLength, nextPomoCount } from './rhythm';

/** What a focus is about: a TickTick task. */
export interface TaskRef { id: string; title: string }

export type Action =
  | { type: 'start'; mode?: 'pomo' | 'stopwatch'; minutes?: number; task?: TaskRef | null }
  /** `at`: when it really happened (the user left earlier than the event said). */
  | { type: 'pause'; at?: number }
  | { type: 'continue' }
  /** `note`: the popup's unsent note, so it reaches TickTick in the same batch as `finish`. */
  | { type: 'end'; note?: string }
  | { type: 'toggle' }
  | { type: 'startBreak' }
  | { type: 'skipBreak' }
  /** Bind another task to the running session, or none. */
  | { type: 'bind'; task: TaskRef | null }
  | { type: 'note'; text: string }
  /** ±5 minutes on a running pomodoro. */
  | { type: 'adjust'; delta: number }
  /** After a pomodoro's end: a short pomodoro more on the same task and chain ("5 more minutes"). */
  | { type: 'extend'; minutes: number };

/** An action may carry the phase the user saw; a stale press (state moved on) does nothing. */
export type ActionRequest = Action & { from?: Phase };

export interface PlanContext {
  now: number;
  prefs: PomoPrefs;
  newId: (now: number) => string;
}

export type Draft = Omit<FocusOp, 'id'>;

/** Ops of the session `rec`, with the session's own values (the web app reuses them). */
export function sessionOp(rec: FocusRecord, op: OpName, time: number, extra: Partial<FocusOp> = {}): Draft {
  return {
    oId: rec.id, oType: rec.type, op, duration: rec.duration,
    firstFocusId: rec.firstId || rec.id, focusOnId: boundTask(rec).id,
    autoPomoLeft: rec.autoPomoLeft, pomoCount: rec.pomoCount,
    manual: true, note: rec.note ?? '', time: formatOpTime(time), ...extra,
  };
}

/** `focusOnId`, and with a task also `focusOnType` 0 and the title cut to 64 characters. */
export function bindingFields(task: TaskRef | null | undefined): Pick<FocusOp, 'focusOnId' | 'focusOnType' | 'focusOnTitle'> {
  return task?.id ? { focusOnId: task.id, focusOnType: 0, focusOnTitle: [...task.title].slice(0, TITLE_MAX).join('') } : { focusOnId: '' };
}

export function clampMinutes(m: number | undefined, fallback: number): number {
  const v = Number.isFinite(m) && (m as number) > 0 ? Math.round(m as number) : fallback;
  return Math.min(MAX_POMO_MIN, Math.max(MIN_POMO_MIN, v || DEFAULT_PREFS.pomoDuration));
}


/** The ops for `action` against the current (optimistic) record; [] when it does not apply. */
export function planAction(action: ActionRequest, rec: FocusRecord | null, ctx: PlanContext): FocusOp[] {
  const view = deriveView(rec, ctx.now);
  if (action.from && action.from !== view.phase) return [];
  if (action.type === 'toggle') {
    const next: Action | null =
      view.phase === 'idle' ? { type: 'start' }
      : view.phase === 'focusing' ? { type: 'pause' }
      : view.phase === 'paused' ? { type: 'continue' }
      : view.phase === 'finished' ? { type: 'startBreak' }
      : null;
    return next ? planAction(next, rec, ctx) : [];
  }
  return draftOps(action, rec, view, ctx).map((op) => ({ id: ctx.newId(ctx.now), ...op }));
}

function draftOps(action: Action, rec: FocusRecord | null, view: ReturnType<typeof deriveView>, ctx: PlanContext): Draft[] {
  const { now } = ctx;
  if (action.type === 'start') {
    const out: Draft[] = [];
    if (rec && (view.phase === 'finished' || view.phase === 'break')) out.push(sessionOp(rec, 'endBreak', now, breakFields(rec)));
    else if (view.phase !== 'idle') return [];
    return [...out, startOp(rec, action, ctx)];
  }
  if (!rec) return [];
  const active = isActive(view);
  const pausable = isRunning(view);
  switch (action.type) {
    case 'pause':
      return pausable ? [sessionOp(rec, 'pause', Math.min(now, Math.max(action.at ?? now, lastEvent(rec))))] : [];
    case 'continue':
      return view.phase === 'paused' ? [sessionOp(rec, 'continue', now)] : [];
    case 'end':
      if (active) return endOps(rec, now, view.elapsedMs, action.note);
      return view.phase === 'finished' || view.phase === 'break' ? [sessionOp(rec, 'endBreak', now, breakFields(rec))] : [];
    case 'startBreak':
      return view.phase === 'finished' ? [sessionOp(rec, 'startBreak', now, { duration: breakMinutes(rec, ctx.prefs) })] : [];
    case 'skipBreak':
      return view.phase === 'finished' || view.phase === 'break' ? [sessionOp(rec, 'endBreak', now, breakFields(rec))] : [];
    case 'extend':
      return view.mode === 'pomo' && (view.phase === 'finished' || view.phase === 'break')
        ? [sessionOp(rec, 'endBreak', now, breakFields(rec)), chainStart(rec, now, clampMinutes(action.minutes, MIN_POMO_MIN), ctx, { manual: true, autoPomoLeft: rec.autoPomoLeft })]
        : [];
    case 'bind': {
      const fields = bindingFields(action.task);
      return active && fields.focusOnId !== boundTask(rec).id ? [sessionOp(rec, 'focus', now, fields)] : [];
    }
    case 'note': {
      const text = action.text.slice(0, NOTE_MAX);
      const editable = active || view.phase === 'finished' || view.phase === 'break';
      return editable && text !== (rec.note ?? '') ? [sessionOp(rec, 'note', now, { note: text })] : [];
    }
    case 'adjust': {
      const duration = rec.duration + action.delta;
      const ok = view.mode === 'pomo' && view.phase === 'focusing' && duration >= MIN_POMO_MIN && duration <= MAX_POMO_MIN && duration * 60_000 > view.elapsedMs;
      return ok ? [sessionOp(rec, 'changeDuration', now, { duration })] : [];
    }
  }
  return [];
}

/**
 * A manual start opens a new chain: its own `firstFocusId`, and `autoPomoLeft` = the chain's length
 * − 1 (desktop `StartFocus` sets the count and takes this first pomodoro off it, §4).
 */
function startOp(prev: FocusRecord | null, a: Extract<Action, { type: 'start' }>, ctx: PlanContext): Draft {
  const oId = ctx.newId(ctx.now);
  const stopwatch = a.mode === 'stopwatch';
  return {
    oId, oType: stopwatch ? 1 : 0, op: 'start',
    duration: stopwatch ? 0 : clampMinutes(a.minutes, ctx.prefs.pomoDuration),
    firstFocusId: oId, ...bindingFields(a.task),
    autoPomoLeft: chainLength(ctx.prefs) - 1,
    pomoCount: stopwatch ? 0 : nextPomoCount(prev, ctx.now, ctx.prefs),
    manual: true, note: '', time: formatOpTime(ctx.now),
  };
}

/**
 * The next pomodoro of `rec`'s chain at `at`: same `firstFocusId` and task, the rhythm's count
 * (the auto-start, natural-end.ts, and "5 more minutes").
 */
export function chainStart(rec: FocusRecord, at: number, duration: number, ctx: PlanContext, extra: Pick<FocusOp, 'manual' | 'autoPomoLeft'>): Draft {
  const task = boundTask(rec);
  return {
    oId: ctx.newId(ctx.now), oType: 0, op: 'start', duration, firstFocusId: rec.firstId || rec.id,
    ...bindingFields(task.id ? task : null), autoPomoLeft: extra.autoPomoLeft,
    pomoCount: nextPomoCount({ ...rec, endTime: rec.endTime ?? formatOpTime(at) }, at, ctx.prefs),
    manual: extra.manual, note: '', time: formatOpTime(at),
  };
}

/** The latest instant the session's logs know of: a pause cannot be placed before it. */
function lastEvent(rec: FocusRecord): number {
  return Math.max(parseTime(rec.startTime), ...rec.pauseLogs.map((l) => parseTime(l.time)), ...rec.focusOnLogs.map((l) => parseTime(l.time) || 0));
}

/** During a break, `duration` is the break length (docs/ticktick-protocol.md §3.1). */
export function breakFields(rec: FocusRecord): Partial<FocusOp> {
  return typeof rec.focusBreak.duration === 'number' ? { duration: rec.focusBreak.duration } : {};
}

/**
 * User ends a session: under 5 min → drop + exit, as seed 001's example; else finish + exit, with
 * the note in the same batch when there is one (desktop: a `note` op follows `finish`).
 */
function endOps(rec: FocusRecord, now: number, focused: number, draft?: string): Draft[] {
  if (focused < KEEP_FOCUS_SEC * 1000) {
    return [
      sessionOp(rec, 'drop', now, { duration: 0 }),
      sessionOp(rec, 'exit', now, { duration: 0, autoPomoLeft: 0, pomoCount: 0 }),
    ];
  }
  const note = (draft ?? rec.note ?? '').slice(0, NOTE_MAX);
  const withNote = { ...rec, note };
  return [
    sessionOp(withNote, 'finish', now),
    ...(note ? [sessionOp(withNote, 'note', now)] : []),
    sessionOp(withNote, 'exit', now),
  ];
}
