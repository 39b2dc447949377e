// What the user sees, derived from TickTick's `current` and the clock; nothing here is stored
// (docs/ticktick-protocol.md §4 state machine, §5 remaining-time rules).
import { STOPWATCH_MAX_SEC, FINISHED_FORGET_SEC } from './config';
import { parseTime } from '../../kernel/time';
import type { FocusRecord } from './ticktick/types';

/** A pomodoro counts down (then a break may follow); a stopwatch counts up. */
export type Mode = 'pomo' | 'stopwatch';
/** Where the session is; a stopwatch is only ever focusing or paused. */
export type Phase = 'idle' | 'focusing' | 'paused' | 'finished' | 'break';

export interface FocusView {
  /** null while idle. */
  mode: Mode | null;
  phase: Phase;
  sessionId: string | null;
  totalSec: number;
  remainingMs: number;
  elapsedMs: number;
  /** 0..1 of the pomodoro or break done; a stopwatch fills over one hour. */
  progress: number;
  /** When the running pomodoro or break runs out; null when paused or not counting down. */
  endsAt: number | null;
  /** The bound task ('' when none), and its title as TickTick or we know it. */
  taskId: string;
  taskTitle: string;
}

const IDLE: FocusView = {
  mode: null, phase: 'idle', sessionId: null, totalSec: 0, remainingMs: 0, elapsedMs: 0,
  progress: 0, endsAt: null, taskId: '', taskTitle: '',
};

/** Closed pause time P and the start L of an open (trailing) pause, from `pauseLogs` pairs. */
export function pauseTotals(rec: FocusRecord): { closedMs: number; openSince: number | null } {
  // Times were validated by the parser; order them, TickTick's logs are not promised sorted.
  const logs = rec.pauseLogs.map((l) => ({ type: l.type, at: parseTime(l.time) })).sort((a, b) => a.at - b.at);
  let closedMs = 0;
  let openSince: number | null = null;
  for (const l of logs) {
    if (l.type === 0 && openSince === null) openSince = l.at;
    else if (l.type === 1 && openSince !== null) {
      closedMs += l.at - openSince;
      openSince = null;
    }
  }
  return { closedMs, openSince };
}

/** Focused time so far: now (or the open pause) − start − closed pauses. */
export function focusedMs(rec: FocusRecord, now: number): number {
  const start = parseTime(rec.startTime);
  const { closedMs, openSince } = pauseTotals(rec);
  const until = rec.status === 1 ? (openSince ?? now) : now;
  return Math.max(0, until - start - closedMs);
}

/** The true end instant of a pomodoro: start + duration + pauses (docs/ticktick-protocol.md §3.2, `finish`). */
export function pomoEndsAt(rec: FocusRecord): number {
  return parseTime(rec.startTime) + pauseTotals(rec).closedMs + rec.duration * 60_000;
}

/**
 * The task bound now: the latest of the server's `focusTasks` segments, else of `focusOnLogs`,
 * titled from whichever entry for that id has a title (the server puts titles in `focusTasks`).
 */
export function boundTask(rec: FocusRecord): { id: string; title: string } {
  // Both are appended in order by TickTick (and by our optimistic apply); the segments are the
  // server's own account, so they win.
  const id = (rec.focusTasks.at(-1) ?? rec.focusOnLogs.at(-1))?.id ?? '';
  if (!id) return { id: '', title: '' };
  const title = [...rec.focusOnLogs, ...rec.focusTasks].reverse().find((x) => x.id === id && x.title)?.title ?? '';
  return { id, title };
}

/**
 * A break is over once its `endTime` has passed; one in the future is a running break's planned end
 * (some clients send it at the start; docs/ticktick-protocol.md §3.3 `focusBreak`).
 */
export const breakOver = (br: FocusRecord['focusBreak'], now: number) => !!br.endTime && !(parseTime(br.endTime) > now);

export function deriveView(rec: FocusRecord | null, now: number): FocusView {
  if (!rec || !rec.valid || rec.exited || rec.status === 3) return IDLE;
  const start = parseTime(rec.startTime);
  if (!Number.isFinite(start)) return IDLE;
  const task = boundTask(rec);
  const base = { ...IDLE, mode: 'pomo' as Mode, sessionId: rec.id, taskId: task.id, taskTitle: task.title };

  if (rec.type === 1) {
    if (rec.status > 1) return IDLE;
    const elapsedMs = Math.min(focusedMs(rec, now), STOPWATCH_MAX_SEC * 1000);
    return {
      ...base, mode: 'stopwatch', phase: rec.status === 1 ? 'paused' : 'focusing', elapsedMs,
      progress: (elapsedMs % 3_600_000) / 3_600_000,
    };
  }

  const totalSec = rec.duration * 60;
  if (rec.status === 0 || rec.status === 1) {
    const elapsedMs = Math.min(focusedMs(rec, now), totalSec * 1000);
    const remainingMs = totalSec * 1000 - elapsedMs;
    return {
      ...base,
      phase: rec.status === 0 ? 'focusing' : 'paused',
      totalSec, remainingMs, elapsedMs,
      progress: totalSec ? elapsedMs / (totalSec * 1000) : 1,
      endsAt: rec.status === 0 ? pomoEndsAt(rec) : null,
    };
  }

  // status 2: finished, then possibly a break.
  const br = rec.focusBreak;
  const breakStart = parseTime(br.startTime);
  if (breakOver(br, now)) return IDLE;
  if (Number.isFinite(breakStart) && breakStart >= start && typeof br.duration === 'number') {
    const breakSec = br.duration * 60;
    const endsAt = breakStart + breakSec * 1000;
    const remainingMs = Math.max(0, endsAt - now);
    return {
      ...base, phase: 'break', totalSec: breakSec, remainingMs,
      elapsedMs: breakSec * 1000 - remainingMs,
      progress: breakSec ? 1 - remainingMs / (breakSec * 1000) : 1,
      endsAt,
    };
  }
  const finishedAt = parseTime(rec.endTime);
  const since = now - (Number.isFinite(finishedAt) ? finishedAt : start + totalSec * 1000);
  if (since > FINISHED_FORGET_SEC * 1000) return IDLE;
  return { ...base, phase: 'finished', totalSec, elapsedMs: totalSec * 1000, progress: 1 };
}

/** A key that changes when the session changes state, not when time passes. */
export function stateKey(rec: FocusRecord | null): string {
  if (!rec || !rec.valid || rec.exited || rec.status === 3) return 'idle';
  const br = rec.focusBreak.endTime ? 'done' : rec.focusBreak.startTime ? 'break' : '';
  return `${rec.id}:${rec.status}:${br}`;
}

/** The clock counts: a pomodoro or a stopwatch focusing (what the mirror, the block rules and the away policy follow). */
export const isRunning = (v: FocusView): boolean => v.phase === 'focusing';

/** A focus under way, running or paused (what Pause, Continue, End and a task binding act on). */
export const isActive = (v: FocusView): boolean => v.phase === 'focusing' || v.phase === 'paused';

/** What the screen and the tooltip call the phase: a running stopwatch is "Stopwatch". */
export const phaseName = (v: FocusView): string => (v.mode === 'stopwatch' && v.phase === 'focusing' ? 'stopwatch' : v.phase);

/** Time has run out and TickTick must be told (docs/ticktick-protocol.md §3.2: `finish`, `endBreak` with manual false). */
export function isDue(v: FocusView): boolean {
  if (v.mode === 'stopwatch') return v.phase === 'focusing' && v.elapsedMs >= STOPWATCH_MAX_SEC * 1000;
  return (v.phase === 'focusing' || v.phase === 'break') && v.remainingMs <= 0;
}
