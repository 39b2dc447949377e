// What one Zoho call's outcome does to the mirror's state: pure transitions, so the outbox in
// round.ts stays wiring (docs/zoho-people.md §1, §2, §4).
import { nextRetry } from '../../kernel/retry';
import type { Params } from './api';
import { RETRY_RULES as RULES } from './config';
import { lateStop } from './late';
import { runningTimer, startedLogId, type RunningTimer, type ZohoReply } from './parse';
import type { ZohoCall, ZohoSettings, ZohoState } from './state';

/** Zoho's lock after a 21st call within a minute (docs/zoho-people.md §1). */
const LOCK_MS = 5 * 60_000;
/** A write Zoho keeps answering with a code its pages do not document is tried this many times. */
const UNSURE_TRIES = 5;

/** The mirror's ports the outcome needs (features/zoho/round.ts passes its own). */
export interface OutcomeContext { now(): number; random(): number; t(key: string, subs?: string[]): string }

const OPS: Partial<Record<ZohoCall['kind'], string>> = { comment: 'addcomment', uncomment: 'deletecomment', log: 'addtimelog', unlog: 'deletetimelog' };
/** The endpoint a call goes to: the timer ones (start, stop, resume, another's stop) share `timer`. */
export const endpointOf = (c: ZohoCall) => OPS[c.kind] ?? 'timer';

/** The query of a queued call, or null when it refers to a log Zoho never made (its start failed). */
export function paramsOf(z: ZohoState, c: ZohoCall): Params | null {
  const id = z.ids[c.key];
  switch (c.kind) {
    case 'start': case 'log': return c.params;
    case 'stopForeign': return { timeLogId: c.timeLogId, timer: 'stop' };
    case 'uncomment': return { commentId: c.commentId };
    case 'unlog': return { timeLogId: c.timeLogId };
    case 'comment': return id ? { timeLogId: id, comment: c.text } : null;
    default: return id ? { timeLogId: id, timer: c.kind === 'stop' ? 'stop' : 'start' } : null;
  }
}

/** A running timer (in a `getcurrentlyrunningtimer` result) that is none of our logs. */
export function theirs(z: Pick<ZohoState, 'ids'>, result: unknown): RunningTimer | null {
  const t = runningTimer(result);
  return t && !Object.values(z.ids).includes(t.timeLogId) ? t : null;
}

/**
 * Whether Zoho shows that a call whose answer was lost (or odd) took effect: the running timer
 * for timer calls, the day's time logs (`fromTime` in minutes, §3a) for a time log.
 */
export function reflected(z: ZohoState, c: ZohoCall, result: unknown, settings: ZohoSettings): string | boolean {
  if (c.kind === 'log') {
    // The same minutes on the same job (the read is of the log's day): another log that merely starts in the same
    // minute (a focus ended and a new one begun, an earlier test's) is not this one.
    const min = (v: unknown) => (([h, m]) => Number(h) * 60 + Number(m))(String(v).split(':'));
    const same = (row: Record<string, unknown> | null, k: string, want: unknown) => row?.[k] === undefined || String(row[k]) === String(want);
    return Array.isArray(result) && result.some((row) => Number(row?.fromTime) === min(c.params.fromTime) && Number(row?.toTime) === min(c.params.toTime)
      && same(row, 'jobId', c.params.jobId));
  }
  const running = theirs(z, result);
  const id = runningTimer(result)?.timeLogId;
  // The start's own job: with jobs per list it need not be the default (features/zoho/jobs.ts).
  if (c.kind === 'start') return running?.jobId === (c.params.jobId ?? settings.jobId) && running.timeLogId;
  if (c.kind === 'stop' || c.kind === 'stopForeign') return id === undefined || id !== (c.kind === 'stop' ? z.ids[c.key] : c.timeLogId);
  return c.kind === 'resume' && id !== undefined && id === z.ids[c.key];
}

/**
 * A failure: the error to show (naming Zoho People), and whether and when to try again. A write
 * answered with a code Zoho does not document is not final: the next round looks at Zoho first
 * (`uncertain`), and only after UNSURE_TRIES does the mirror give up and say so.
 */
/**
 * A stop refused with no code at all is not taken as final: dropped, Zoho's timer would go on
 * logging time nobody worked. It is checked against the running timer like an unknown code.
 */
const finalKind = (r: ZohoReply & { ok: false }, head: ZohoCall | undefined) =>
  r.kind === 'business' && r.code === 'status 1' && head?.kind === 'stop' ? 'unknown' : r.kind;

export function failed(z: ZohoState, reply: ZohoReply & { ok: false }, write: boolean, c: OutcomeContext): void {
  const r = { ...reply, kind: finalKind(reply, z.queue[0]) };
  const why = r.message || r.code;
  const now = c.now();
  const head = z.queue[0];
  const retry = (until?: number) => (z.retry = nextRetry(z.retry, 'backoff', now, c.random, RULES, until));
  const show = (message: string) => (z.error = { message, at: now });
  if (r.kind === 'auth') {
    z.error = { message: c.t(z.granted ? 'zohoReconnect' : 'zohoReconnectTick'), reconnect: true, at: now };
    z.retry = null; // until the user connects again
  } else if (r.kind === 'locked') {
    // Our own budget: the minute frees up. Zoho's lock: 5 minutes, and the user is told.
    if (r.code !== 'budget') show(c.t('zohoLocked'));
    retry(now + (r.code === 'budget' ? 60_000 : LOCK_MS));
  } else if (r.kind === 'business' || (r.kind === 'unknown' && write && (!!head?.kind.includes('comment') || (z.retry?.attempt ?? 0) >= UNSURE_TRIES))) {
    // Zoho said no; sending it again would not change that. Refused minutes are listed apart.
    if (head?.kind === 'log' || head?.kind === 'unlog') z.missed = [...z.missed, { from: head.from, to: head.to, why, extra: head.kind === 'unlog' || undefined }].slice(-5);
    else show(c.t(r.kind === 'business' ? 'zohoFailed' : 'zohoGaveUp', [why]));
    z.queue.shift();
    z.retry = null;
  } else {
    show(c.t('zohoFailed', [why]));
    z.uncertain ||= write;
    retry();
  }
}

/** The head call took effect: it leaves the queue; a deleted late log's real minutes come next. */
export function done(z: ZohoState, c: ZohoCall): void {
  z.queue.shift();
  if (c.kind === 'unlog') z.queue.unshift(...(c.logs ?? []));
}

/**
 * A success: the call is done; a start's `timeLogId` is kept for its later calls; a stop answered
 * now (`now`) more than a minute after its instant is corrected (late.ts). Only here: a stop seen
 * done in a later read may have arrived on time, its answer lost.
 */
export function succeeded(z: ZohoState, c: ZohoCall, r: ZohoReply & { ok: true }, now: number): void {
  done(z, c);
  lateStop(z, c, now);
  Object.assign(z, { error: null, retry: null, uncertain: false });
  if (c.kind === 'start') {
    const id = startedLogId(r.result);
    if (id) z.ids = keepLast({ ...z.ids, [c.key]: id });
  }
  if (c.kind === 'stopForeign') z.foreign = null;
}

/** The head call's answer (`c` went out as it); whether the round goes on (a success, or a refusal that is final). */
export function answered(z: ZohoState, c: ZohoCall, r: ZohoReply, ctx: OutcomeContext): boolean {
  if (z.queue[0]?.id !== c.id) return true;
  if (r.ok) succeeded(z, c, r, ctx.now());
  else failed(z, r, true, ctx);
  return r.ok || finalKind(r, c) === 'business';
}

/** The start found someone else's timer: this session is not mirrored until the user decides. */
export function skipForForeign(z: ZohoState, c: ZohoCall, foreign: RunningTimer): void {
  z.foreign = foreign;
  z.queue = z.queue.filter((q) => q.key !== c.key);
  if (z.log?.key === c.key) z.log = { ...z.log, skip: true, running: false };
}

/** Only the last few logs' ids are needed (a pending stop or comment of the previous one). */
export function keepLast(ids: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(ids).slice(-4));
}
