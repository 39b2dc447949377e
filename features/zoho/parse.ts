// Reads Zoho People's answers (docs/zoho-people.md §1, §4): the `{response: {status, result,
// message, errors}}` envelope, `errors` as an object or an array, HTML or broken JSON, HTTP
// statuses, and the codes that mean "sign in again" or "locked for 5 minutes".
import { looksHtml, type RawReply } from '../../kernel/http';
import { isObj, type Obj } from '../../kernel/json';

/** `business`: a refusal Zoho's pages document (final); `unknown`: `status: 1` with a code they do not. */
export type ZohoFailure = 'offline' | 'timeout' | 'auth' | 'locked' | 'server' | 'bad_response' | 'business' | 'unknown';

export type ZohoReply =
  | { ok: true; result: unknown; message: string; more: boolean }
  | { ok: false; kind: ZohoFailure; code: string; message: string };

/** Codes for a token Zoho does not take (7202/7213 seen unauthenticated; 7218 scope); 7209 is the rate lock. */
const AUTH = /^(7202|7213|7218|INVALID_(OAUTH)?TOKEN)$/;
/** The refusals the timer, time-log and lookup pages document (docs/zoho-people.md §4): sending again changes nothing. */
const FINAL = /^(800[01258]|7038|900\d)$/;


function firstError(errors: unknown): { code: string; message: string } | null {
  const e = Array.isArray(errors) ? errors.find(isObj) : errors;
  if (!isObj(e)) return null;
  return { code: String(e.code ?? ''), message: typeof e.message === 'string' ? e.message : '' };
}

export function parseZoho(r: RawReply): ZohoReply {
  const fail = (kind: ZohoFailure, code: string, message: string): ZohoReply => ({ ok: false, kind, code, message });
  let body: unknown;
  try {
    body = looksHtml(r) ? 0 : JSON.parse(r.text);
  } catch {
    // not JSON: no envelope
  }
  const env = isObj(body) && isObj(body.response) ? body.response : null;
  const err = env ? firstError(env.errors) : isObj(body) ? { code: String(body.code ?? ''), message: String(body.message ?? '') } : null;
  const code = err?.code ?? '';
  const why = err?.message;
  const http = `HTTP ${r.status}`;
  // A 401 or 429 without a code names its status.
  if (r.status === 401 || AUTH.test(code)) return fail('auth', code || http, why || http);
  if (r.status === 429 || code === '7209') return fail('locked', code || http, why || 'rate limit');
  if (r.redirected) return fail('auth', 'redirect', 'sign-in page');
  if (r.status >= 500) return fail('server', http, why || http);
  if (!env) return fail('bad_response', r.status === 200 ? 'not JSON' : http, 'not a Zoho People answer');
  const message = typeof env.message === 'string' ? env.message : '';
  if (Number(env.status) !== 0) {
    // The top-level message says what failed ("Error in adding timelog"), the entry says why.
    const detail = why && why !== message ? `${message ? `${message}: ` : ''}${why}` : message;
    // A refusal without a code is one of the pages' documented messages ("Cannot log time beyond attendance hours").
    return fail((code ? FINAL.test(code) : !!message) ? 'business' : 'unknown', code || 'status 1', detail || 'failed');
  }
  if (r.status >= 400) return fail('business', http, message);
  return { ok: true, result: env.result, message, more: env.isNextAvailable === true };
}

/** A log id Zoho sent as a string or a number; null for anything else. */
const idOf = (id: unknown) => (typeof id === 'string' || typeof id === 'number' ? String(id) : null);

/** `timeLogId` from a start: `result: [{timeLogId}]` (start spells it with a capital L). */
export function startedLogId(result: unknown): string | null {
  const first = Array.isArray(result) ? result.find(isObj) : isObj(result) ? result : null;
  return idOf(first?.timeLogId ?? first?.timelogId);
}

/** What the mirror needs of a running timer: whose it is, and what the popup names it by. */
export interface RunningTimer {
  timeLogId: string;
  jobId: string;
  jobName: string;
  taskName: string;
}

/** `getcurrentlyrunningtimer`: `result` is absent when nothing runs; it spells `timelogId`. */
export function runningTimer(result: unknown): RunningTimer | null {
  const id = isObj(result) ? idOf(result.timelogId ?? result.timeLogId) : null;
  if (id === null) return null;
  const r = result as Obj;
  return { timeLogId: id, jobId: String(r.jobId ?? ''), jobName: String(r.jobName ?? ''), taskName: String(r.taskName ?? '') };
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
