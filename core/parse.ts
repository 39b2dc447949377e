// Validates TickTick's focus reply before anything uses it. Optional fields that come back null
// are read as absent; a required field of the wrong type rejects the whole reply.
import { parseTime } from './time';
import type { FocusBreak, FocusOnLog, FocusRecord, FocusReply, FocusTask, PauseLog } from './types';

export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: string };

class Problem extends Error {}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const fail = (path: string, what: string): never => {
  throw new Problem(`${path} ${what}`);
};

function str(o: Obj, k: string, path: string): string {
  const v = o[k];
  return typeof v === 'string' ? v : fail(`${path}.${k}`, 'is not text');
}
function optStr(o: Obj, k: string, path: string): string | undefined {
  const v = o[k];
  if (v === undefined || v === null || v === '') return undefined;
  return typeof v === 'string' ? v : fail(`${path}.${k}`, 'is not text');
}
function num(o: Obj, k: string, path: string, fallback?: number): number {
  const v = o[k];
  if ((v === undefined || v === null) && fallback !== undefined) return fallback;
  return typeof v === 'number' && Number.isFinite(v) ? v : fail(`${path}.${k}`, 'is not a number');
}
function bool(o: Obj, k: string, path: string, fallback: boolean): boolean {
  const v = o[k];
  if (v === undefined || v === null) return fallback;
  return typeof v === 'boolean' ? v : fail(`${path}.${k}`, 'is not true/false');
}
function time(o: Obj, k: string, path: string): string {
  const v = str(o, k, path);
  return Number.isFinite(parseTime(v)) ? v : fail(`${path}.${k}`, 'is not a time');
}
function oneOf<T extends number>(o: Obj, k: string, path: string, allowed: readonly T[]): T {
  const v = o[k];
  return allowed.includes(v as T) ? (v as T) : fail(`${path}.${k}`, `is not one of ${allowed.join('/')}`);
}
function list<T>(o: Obj, k: string, path: string, item: (v: Obj, p: string) => T): T[] {
  const v = o[k];
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) return fail(`${path}.${k}`, 'is not a list');
  return v.map((e, i) => (isObj(e) ? item(e, `${path}.${k}[${i}]`) : fail(`${path}.${k}[${i}]`, 'is not an object')));
}

const pauseLog = (o: Obj, p: string): PauseLog => ({ type: oneOf(o, 'type', p, [0, 1] as const), time: time(o, 'time', p) });
const focusOnLog = (o: Obj, p: string): FocusOnLog => ({
  id: optStr(o, 'id', p) ?? '', time: optStr(o, 'time', p) ?? '', title: optStr(o, 'title', p),
});
const focusTask = (o: Obj, p: string): FocusTask => ({
  id: optStr(o, 'id', p) ?? '', title: optStr(o, 'title', p),
  startTime: optStr(o, 'startTime', p), endTime: optStr(o, 'endTime', p),
});

function focusBreak(v: unknown, p: string): FocusBreak {
  if (v === undefined || v === null) return {};
  if (!isObj(v)) return fail(p, 'is not an object');
  const out: FocusBreak = {};
  const s = optStr(v, 'startTime', p);
  const e = optStr(v, 'endTime', p);
  if (s !== undefined) out.startTime = Number.isFinite(parseTime(s)) ? s : fail(`${p}.startTime`, 'is not a time');
  if (e !== undefined) out.endTime = e;
  if (v.duration !== undefined && v.duration !== null) out.duration = num(v, 'duration', p);
  return out;
}

export function parseRecord(o: Obj, path = 'current'): FocusRecord {
  const id = str(o, 'id', path);
  if (!id) fail(`${path}.id`, 'is empty');
  const duration = num(o, 'duration', path, 0);
  if (duration < 0) fail(`${path}.duration`, 'is negative');
  return {
    id,
    type: oneOf(o, 'type', path, [0, 1] as const),
    status: oneOf(o, 'status', path, [0, 1, 2, 3] as const),
    valid: bool(o, 'valid', path, true),
    exited: bool(o, 'exited', path, false),
    firstId: optStr(o, 'firstId', path) ?? id,
    duration,
    startTime: time(o, 'startTime', path),
    endTime: optStr(o, 'endTime', path),
    autoPomoLeft: num(o, 'autoPomoLeft', path, 0),
    pomoCount: num(o, 'pomoCount', path, 0),
    focusBreak: focusBreak(o.focusBreak, `${path}.focusBreak`),
    pauseLogs: list(o, 'pauseLogs', path, pauseLog),
    focusOnLogs: list(o, 'focusOnLogs', path, focusOnLog),
    focusTasks: list(o, 'focusTasks', path, focusTask),
    note: optStr(o, 'note', path),
  };
}

/** `{point, current, updates}` from `/focus/batch/focusOp`. */
export function parseFocusReply(body: unknown): Parsed<FocusReply> {
  try {
    if (!isObj(body)) fail('reply', 'is not an object');
    const o = body as Obj;
    const point = num(o, 'point', 'reply');
    if (point <= 0 || !Number.isInteger(point)) fail('reply.point', 'is not a cursor');
    if (!('current' in o)) fail('reply.current', 'is missing');
    const cur = o.current;
    let current: FocusRecord | null = null;
    if (cur !== null && !(isObj(cur) && Object.keys(cur).length === 0)) {
      current = isObj(cur) ? parseRecord(cur) : fail('reply.current', 'is not an object');
    }
    const updates = o.updates;
    if (updates !== undefined && updates !== null && !Array.isArray(updates)) fail('reply.updates', 'is not a list');
    return { ok: true, value: { point, current, updates: Array.isArray(updates) ? updates.length : 0 } };
  } catch (e) {
    if (e instanceof Problem) return { ok: false, problem: e.message };
    throw e;
  }
}

/** The valid non-negative numbers among `keys` of a JSON object (preferences, stats). */
export function pickNumbers<K extends string>(body: unknown, keys: readonly K[]): Partial<Record<K, number>> {
  const out: Partial<Record<K, number>> = {};
  if (!isObj(body)) return out;
  for (const k of keys) {
    const v = body[k];
    if (typeof v === 'number' && Number.isFinite(v) && v >= 0) out[k] = v;
  }
  return out;
}
