// Reads Zoho People's answers (docs/zoho-people.md §1, §4): the `{response: {status, result,
// message, errors}}` envelope, `errors` as an object or an array, HTML or broken JSON, HTTP
// statuses, and the codes that mean "sign in again" or "locked for 5 minutes".
import type { RawReply } from '../ticktick/errors';

/** `business`: a refusal Zoho's pages document (final); `unknown`: `status: 1` with a code they do not. */
export type ZohoFailure = 'offline' | 'timeout' | 'auth' | 'locked' | 'server' | 'bad_response' | 'business' | 'unknown';

export type ZohoReply =
  | { ok: true; result: unknown; message: string; more: boolean }
  | { ok: false; kind: ZohoFailure; code: string; message: string };

/** Codes for a token Zoho does not take (7202/7213 seen unauthenticated; 7218 scope) and the rate lock (7209). */
const AUTH = new Set(['7202', '7213', '7218', 'INVALID_OAUTHTOKEN', 'INVALID_TOKEN']);
const LOCK = new Set(['7209']);
/** The refusals the timer, time-log and lookup pages document (docs/zoho-people.md §4): sending again changes nothing. */
const FINAL = /^(800[01258]|7038|900\d)$/;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function firstError(errors: unknown): { code: string; message: string } | null {
  const e = Array.isArray(errors) ? errors.find(isObj) : errors;
  if (!isObj(e)) return null;
  return { code: String(e.code ?? ''), message: typeof e.message === 'string' ? e.message : '' };
}

export function parseZoho(r: RawReply): ZohoReply {
  const fail = (kind: ZohoFailure, code: string, message: string): ZohoReply => ({ ok: false, kind, code, message });
  let body: unknown;
  try {
    body = /html/i.test(r.contentType) || /^\s*</.test(r.text) ? undefined : JSON.parse(r.text);
  } catch {
    body = undefined;
  }
  const env = isObj(body) && isObj(body.response) ? body.response : null;
  const err = env ? firstError(env.errors) : isObj(body) ? { code: String(body.code ?? ''), message: String(body.message ?? '') } : null;
  const code = err?.code ?? '';
  if (r.status === 401 || AUTH.has(code)) return fail('auth', code || 'HTTP 401', err?.message || `HTTP ${r.status}`);
  if (r.status === 429 || LOCK.has(code)) return fail('locked', code || 'HTTP 429', err?.message || 'rate limit');
  if (r.redirected) return fail('auth', 'redirect', 'sign-in page');
  if (r.status >= 500) return fail('server', `HTTP ${r.status}`, err?.message || `HTTP ${r.status}`);
  if (!env) return fail('bad_response', r.status === 200 ? 'not JSON' : `HTTP ${r.status}`, 'not a Zoho People answer');
  const message = typeof env.message === 'string' ? env.message : '';
  if (Number(env.status) !== 0) {
    // The top-level message says what failed ("Error in adding timelog"), the entry says why.
    const why = err?.message && err.message !== message ? `${message ? `${message}: ` : ''}${err.message}` : message;
    // A refusal without a code is one of the pages' documented messages ("Cannot log time beyond attendance hours").
    return fail((code ? FINAL.test(code) : !!message) ? 'business' : 'unknown', code || 'status 1', why || 'failed');
  }
  if (r.status >= 400) return fail('business', `HTTP ${r.status}`, message);
  return { ok: true, result: env.result, message, more: env.isNextAvailable === true };
}

/** `timeLogId` from a start: `result: [{timeLogId}]` (start spells it with a capital L). */
export function startedLogId(result: unknown): string | null {
  const first = Array.isArray(result) ? result.find(isObj) : isObj(result) ? result : null;
  const id = first?.timeLogId ?? first?.timelogId;
  return typeof id === 'string' || typeof id === 'number' ? String(id) : null;
}

export interface RunningTimer {
  timeLogId: string;
  jobId: string;
  jobName: string;
  taskName: string;
  /** Seconds logged on that log, running segment included. */
  totalSec: number;
}

/** `getcurrentlyrunningtimer`: `result` is absent when nothing runs; it spells `timelogId`. */
export function runningTimer(result: unknown): RunningTimer | null {
  if (!isObj(result)) return null;
  const id = result.timelogId ?? result.timeLogId;
  if (typeof id !== 'string' && typeof id !== 'number') return null;
  const total = Number(result.totaltime);
  const diff = Number(result.diff);
  return {
    timeLogId: String(id), jobId: String(result.jobId ?? ''), jobName: String(result.jobName ?? ''),
    taskName: String(result.taskName ?? ''),
    totalSec: Number.isFinite(total) && total > 0 ? total : Number.isFinite(diff) ? diff : 0,
  };
}

export interface ZohoComment { id: string; text: string; at: string }

export function comments(result: unknown): ZohoComment[] {
  return (Array.isArray(result) ? result : []).filter(isObj).map((c) => ({
    id: String(c.commentId ?? ''), text: String(c.comment ?? ''), at: String(c.createdTime ?? ''),
  })).filter((c) => c.id);
}

export interface ZohoJob { id: string; name: string; project: string }

/** `getjobs` rows with their project names. */
export function jobs(result: unknown): ZohoJob[] {
  return (Array.isArray(result) ? result : []).filter(isObj)
    .map((j) => ({ id: String(j.jobId ?? ''), name: String(j.jobName ?? ''), project: String(j.projectName ?? '') }))
    .filter((j) => j.id && j.name);
}
