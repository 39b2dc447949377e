// Turns a user action into the ops the web app would send (seed 001, reference §3.2 and §4).
import { DEFAULT_PREFS, KEEP_FOCUS_SEC, STOPWATCH_MAX_SEC, MIN_POMO_MIN, MAX_POMO_MIN } from '../config';
import { deriveView, pauseTotals, pomoEndsAt, type Phase } from './focus-view';
import { formatOpTime, parseTime } from '../time';
import type { FocusOp, FocusRecord, OpName, PomoPrefs } from '../ticktick/types';

export type Action =
  | { type: 'start'; mode?: 'pomo' | 'stopwatch'; minutes?: number }
  | { type: 'pause' }
  | { type: 'continue' }
  | { type: 'end' }
  | { type: 'toggle' }
  | { type: 'startBreak' }
  | { type: 'skipBreak' };

/** An action may carry the phase the user saw; a stale press (state moved on) does nothing. */
export type ActionRequest = Action & { from?: Phase };

export interface PlanContext {
  now: number;
  prefs: PomoPrefs;
  newId: (now: number) => string;
}

/** Ops of the session `rec`, with the session's own values (the web app reuses them). */
function sessionOp(rec: FocusRecord, op: OpName, time: number, extra: Partial<FocusOp> = {}): Omit<FocusOp, 'id'> {
  const focusOn = rec.focusOnLogs[rec.focusOnLogs.length - 1]?.id ?? '';
  return {
    oId: rec.id, oType: rec.type, op, duration: rec.duration,
    firstFocusId: rec.firstId || rec.id, focusOnId: focusOn,
    autoPomoLeft: rec.autoPomoLeft, pomoCount: rec.pomoCount,
    manual: true, note: '', time: formatOpTime(time), ...extra,
  };
}

/** Pomodoro number in the long-break cycle (reference §4, desktop `StartFocus`). */
function nextPomoCount(prev: FocusRecord | null, now: number, prefs: PomoPrefs): number {
  if (!prev || prev.type !== 0 || prev.status !== 2) return 1;
  const ended = parseTime(prev.endTime);
  if (!Number.isFinite(ended) || now - ended > 60 * 60_000) return 1;
  return prev.pomoCount >= prefs.longBreakInterval ? 1 : prev.pomoCount + 1;
}

export function breakMinutes(rec: FocusRecord, prefs: PomoPrefs): number {
  const long = rec.pomoCount > 0 && rec.pomoCount % prefs.longBreakInterval === 0;
  return long ? prefs.longBreakDuration : prefs.shortBreakDuration;
}

export function clampMinutes(m: number | undefined, fallback: number): number {
  const v = Number.isFinite(m) && (m as number) > 0 ? Math.round(m as number) : fallback;
  return Math.min(MAX_POMO_MIN, Math.max(MIN_POMO_MIN, v || DEFAULT_PREFS.pomoDuration));
}

/** The ops for `action` against the current (optimistic) record; [] when it does not apply. */
export function planAction(action: ActionRequest, rec: FocusRecord | null, ctx: PlanContext): FocusOp[] {
  const { now } = ctx;
  const view = deriveView(rec, now);
  if (action.from && action.from !== view.phase) return [];
  const out: Omit<FocusOp, 'id'>[] = [];

  switch (action.type) {
    case 'toggle': {
      const next: Action | null =
        view.phase === 'idle' ? { type: 'start' }
        : view.phase === 'focusing' || (view.phase === 'stopwatch' && !view.paused) ? { type: 'pause' }
        : view.phase === 'paused' || view.phase === 'stopwatch' ? { type: 'continue' }
        : view.phase === 'finished' ? { type: 'startBreak' }
        : null;
      return next ? planAction(next, rec, ctx) : [];
    }
    case 'start': {
      if (rec && (view.phase === 'finished' || view.phase === 'break')) {
        out.push(sessionOp(rec, 'endBreak', now, breakFields(rec)));
      } else if (view.phase !== 'idle') return [];
      const oId = ctx.newId(now);
      const stopwatch = action.mode === 'stopwatch';
      out.push({
        oId, oType: stopwatch ? 1 : 0, op: 'start',
        duration: stopwatch ? 0 : clampMinutes(action.minutes, ctx.prefs.pomoDuration),
        firstFocusId: oId, focusOnId: '',
        autoPomoLeft: rec?.autoPomoLeft ?? 5,
        pomoCount: stopwatch ? 0 : nextPomoCount(rec, now, ctx.prefs),
        manual: true, note: '', time: formatOpTime(now),
      });
      break;
    }
    case 'pause':
      if (!rec || !(view.phase === 'focusing' || (view.phase === 'stopwatch' && !view.paused))) return [];
      out.push(sessionOp(rec, 'pause', now));
      break;
    case 'continue':
      if (!rec || !(view.phase === 'paused' || (view.phase === 'stopwatch' && view.paused))) return [];
      out.push(sessionOp(rec, 'continue', now));
      break;
    case 'end':
      if (!rec) return [];
      if (view.phase === 'focusing' || view.phase === 'paused' || view.phase === 'stopwatch') {
        out.push(...endOps(rec, now, view.elapsedMs));
      } else if (view.phase === 'finished' || view.phase === 'break') {
        out.push(sessionOp(rec, 'endBreak', now, breakFields(rec)));
      } else return [];
      break;
    case 'startBreak':
      if (!rec || view.phase !== 'finished') return [];
      out.push(sessionOp(rec, 'startBreak', now, { duration: breakMinutes(rec, ctx.prefs) }));
      break;
    case 'skipBreak':
      if (!rec || (view.phase !== 'finished' && view.phase !== 'break')) return [];
      out.push(sessionOp(rec, 'endBreak', now, breakFields(rec)));
      break;
  }
  return out.map((op) => ({ id: ctx.newId(now), ...op }));
}

/** During a break, `duration` is the break length (reference §3.1). */
function breakFields(rec: FocusRecord): Partial<FocusOp> {
  return typeof rec.focusBreak.duration === 'number' ? { duration: rec.focusBreak.duration } : {};
}

/** User ends a session: under 5 min → drop + exit, as seed 001's example; else finish + exit. */
function endOps(rec: FocusRecord, now: number, focused: number): Omit<FocusOp, 'id'>[] {
  if (focused < KEEP_FOCUS_SEC * 1000) {
    return [
      sessionOp(rec, 'drop', now, { duration: 0 }),
      sessionOp(rec, 'exit', now, { duration: 0, autoPomoLeft: 0, pomoCount: 0 }),
    ];
  }
  return [sessionOp(rec, 'finish', now), sessionOp(rec, 'exit', now)];
}

/**
 * The op TickTick needs when time runs out on its own, with `manual: false` and the true end
 * instant as `time`, however late we woke (reference §3.2). Null when nothing is due.
 */
export function planNaturalEnd(rec: FocusRecord | null, ctx: PlanContext): FocusOp | null {
  const view = deriveView(rec, ctx.now);
  if (!rec) return null;
  let op: Omit<FocusOp, 'id'> | null = null;
  if (view.phase === 'focusing' && view.remainingMs <= 0) {
    op = sessionOp(rec, 'finish', pomoEndsAt(rec), { manual: false });
  } else if (view.phase === 'break' && view.remainingMs <= 0 && view.endsAt !== null) {
    op = sessionOp(rec, 'endBreak', view.endsAt, { manual: false, ...breakFields(rec) });
  } else if (view.phase === 'stopwatch' && !view.paused && view.elapsedMs >= STOPWATCH_MAX_SEC * 1000) {
    const end = parseTime(rec.startTime) + pauseTotals(rec).closedMs + STOPWATCH_MAX_SEC * 1000;
    op = sessionOp(rec, 'finish', end, { manual: false });
  }
  return op && { id: ctx.newId(ctx.now), ...op };
}
