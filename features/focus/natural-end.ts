// When time runs out on its own: the ops TickTick needs, dated at the true end, and the user's
// auto-start (docs/ticktick-protocol.md §3.2, §4). The user's own presses: plan.ts.
import { DEFAULT_PREFS, STOPWATCH_MAX_SEC } from './config';
import { parseTime } from '../../kernel/time';
import type { FocusOp, FocusRecord } from './ticktick/types';
import { deriveView, pauseTotals, pomoEndsAt } from './focus-view';
import { breakFields, chainStart, clampMinutes, sessionOp, type Draft, type PlanContext } from './plan';
import { breakMinutes } from './rhythm';

/**
 * The ops TickTick needs when time runs out on its own, with `manual: false` and the true end
 * instant as `time`, however late we woke (docs/ticktick-protocol.md §3.2). With the user's auto-start settings
 * the break, or the next pomodoro of the chain, starts at that same instant. [] when nothing is due.
 */
export function planNaturalEnd(rec: FocusRecord | null, ctx: PlanContext): FocusOp[] {
  const view = deriveView(rec, ctx.now);
  if (!rec) return [];
  const auto = { manual: false };
  let out: Draft[] = [];
  if (view.mode === 'pomo' && view.phase === 'focusing' && view.remainingMs <= 0) {
    const end = pomoEndsAt(rec);
    out = [sessionOp(rec, 'finish', end, auto)];
    if (rec.note) out.push(sessionOp(rec, 'note', end, auto));
    if (ctx.prefs.autoBreak) out.push(sessionOp(rec, 'startBreak', end, { ...auto, duration: breakMinutes(rec, ctx.prefs) }));
  } else if (view.phase === 'break' && view.remainingMs <= 0 && view.endsAt !== null) {
    out = [sessionOp(rec, 'endBreak', view.endsAt, { ...auto, ...breakFields(rec) })];
    const next = autoStart(rec, view.endsAt, ctx);
    if (next) out.push(next);
  } else if (view.mode === 'stopwatch' && view.phase === 'focusing' && view.elapsedMs >= STOPWATCH_MAX_SEC * 1000) {
    const end = parseTime(rec.startTime) + pauseTotals(rec).closedMs + STOPWATCH_MAX_SEC * 1000;
    out = [sessionOp(rec, 'finish', end, auto)];
  }
  return out.map((op) => ({ id: ctx.newId(ctx.now), ...op }));
}

/**
 * The next pomodoro of an auto chain (`autoPomo`): same `firstFocusId` and task, one fewer
 * `autoPomoLeft`. Not when the chain is used up, nor when we woke so late that it would be over.
 */
function autoStart(rec: FocusRecord, at: number, ctx: PlanContext): Draft | null {
  if (!ctx.prefs.autoPomo || rec.type !== 0 || rec.autoPomoLeft <= 0) return null;
  const duration = clampMinutes(ctx.prefs.pomoDuration, DEFAULT_PREFS.pomoDuration);
  if (ctx.now >= at + duration * 60_000) return null;
  return chainStart(rec, at, duration, ctx, { manual: false, autoPomoLeft: rec.autoPomoLeft - 1 });
}
