// What one Zoho call's outcome does to the mirror's state: pure transitions, so the outbox in
// service.ts stays wiring (docs/zoho-people.md §1, §2, §4).
import { RETRY_BASE_MS, RETRY_MAX_MS } from '../config';
import { nextRetry } from '../outbox/retry';
import type { Params } from './api';
import { runningTimer, startedLogId, type RunningTimer, type ZohoReply } from './parse';
import type { ZohoCall, ZohoSettings, ZohoState } from './state';

/** 20 calls a minute per endpoint, then a 5-minute lock. */
export const PER_MINUTE = 20;
const LOCK_MS = 5 * 60_000;
export const RULES = { baseMs: RETRY_BASE_MS, maxMs: RETRY_MAX_MS, busyRetries: 0 };
/** A write Zoho keeps answering with a code its pages do not document is tried this many times. */
const UNSURE_TRIES = 5;

export interface OutcomeContext { now: number; random(): number; t(key: string, subs?: string[]): string }

export const endpointOf = (c: ZohoCall) => (c.kind === 'comment' ? 'addcomment' : c.kind === 'uncomment' ? 'deletecomment' : c.kind === 'log' ? 'addtimelog' : 'timer');

/** The query of a queued call, or null when it refers to a log Zoho never made (its start failed). */
export function paramsOf(z: ZohoState, c: ZohoCall): Params | null {
  const id = z.ids[c.key];
  switch (c.kind) {
    case 'start': case 'log': return c.params;
    case 'stopForeign': return { timeLogId: c.timeLogId, timer: 'stop' };
    case 'uncomment': return { commentId: c.commentId };
    case 'comment': return id ? { timeLogId: id, comment: c.text } : null;
    default: return id ? { timeLogId: id, timer: c.kind === 'stop' ? 'stop' : 'start' } : null;
  }
}

/**
 * Whether Zoho shows that a call whose answer was lost (or odd) took effect: the running timer
 * for timer calls, the day's time logs (`fromTime` in minutes, §3a) for a time log.
 */
export function reflected(z: ZohoState, c: ZohoCall, result: unknown, settings: ZohoSettings): string | boolean {
  if (c.kind === 'log') {
    const [h, m] = String(c.params.fromTime).split(':');
    return Array.isArray(result) && result.some((row) => Number(row?.fromTime) === Number(h) * 60 + Number(m));
  }
  const running = runningTimer(result);
  const ours = running && Object.values(z.ids).includes(running.timeLogId);
  if (c.kind === 'start') return !!running && !ours && running.jobId === settings.jobId ? running.timeLogId : false;
  if (c.kind === 'stop' || c.kind === 'stopForeign') return !running || running.timeLogId !== (c.kind === 'stop' ? z.ids[c.key] : c.timeLogId);
  if (c.kind === 'resume') return !!running && running.timeLogId === z.ids[c.key];
  return false;
}

/**
 * A failure: the error to show (naming Zoho People), and whether and when to try again. A write
 * answered with a code Zoho does not document is not final: the next round looks at Zoho first
 * (`uncertain`), and only after UNSURE_TRIES does the mirror give up and say so.
 */
export function failed(z: ZohoState, r: ZohoReply & { ok: false }, write: boolean, c: OutcomeContext): void {
  const why = r.message || r.code;
  const message = c.t('zohoFailed', [why]);
  const head = z.queue[0];
  const final = r.kind === 'business' || (r.kind === 'unknown' && write && (!!head?.kind.includes('comment') || (z.retry?.attempt ?? 0) >= UNSURE_TRIES));
  if (r.kind === 'auth') {
    z.error = { message: c.t(z.granted ? 'zohoReconnect' : 'zohoReconnectTick'), reconnect: true, at: c.now };
    z.retry = null; // until the user connects again
  } else if (r.kind === 'locked' && r.code === 'budget') {
    z.retry = nextRetry(z.retry, 'backoff', c.now, c.random, RULES, c.now + 60_000); // our own budget: the minute frees up
  } else if (r.kind === 'locked') {
    z.error = { message: c.t('zohoLocked'), at: c.now };
    z.retry = nextRetry(z.retry, 'backoff', c.now, c.random, RULES, c.now + LOCK_MS);
  } else if (final) {
    // Zoho said no; sending it again would not change that. Refused minutes are listed apart.
    if (head?.kind === 'log') z.missed = [...z.missed, { from: head.from, to: head.to, why }].slice(-5);
    else z.error = { message: r.kind === 'business' ? message : c.t('zohoGaveUp', [why]), at: c.now };
    z.queue.shift();
    z.retry = null;
  } else {
    z.error = { message, at: c.now };
    z.uncertain ||= write;
    z.retry = nextRetry(z.retry, 'backoff', c.now, c.random, RULES);
  }
}

/** A success: the call leaves the queue; a start's `timeLogId` is kept for its later calls. */
export function succeeded(z: ZohoState, c: ZohoCall, r: ZohoReply & { ok: true }): void {
  z.queue.shift();
  Object.assign(z, { error: null, retry: null, uncertain: false });
  if (c.kind === 'start') {
    const id = startedLogId(r.result);
    if (id) z.ids = keepLast({ ...z.ids, [c.key]: id });
  }
  if (c.kind === 'stopForeign') z.foreign = null;
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
