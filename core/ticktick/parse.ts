// Validates TickTick's focus reply before anything uses it, from a table of field specs (compact:
// the background has a 10 KB budget). Optional fields that come back null read as absent; a
// required field of the wrong type rejects the whole reply, saying which field.
import { parseTime } from '../time';
import type { FocusRecord, FocusReply } from './types';

export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: string };

class Problem extends Error {}
type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const fail = (path: string, what: string): never => {
  throw new Problem(`${path} ${what}`);
};

/** s text, n number (absent: 0), b true/false, t time; `?` optional; a number list is an enum. */
type Spec = 's' | 's?' | 'n' | 'n?' | 'b?' | 't' | 't?' | readonly number[] | { list: Shape } | { obj: Shape };
type Shape = Record<string, Spec>;

const RECORD: Shape = {
  id: 's', type: [0, 1], status: [0, 1, 2, 3], valid: 'b?', exited: 'b?', firstId: 's?', duration: 'n',
  startTime: 't', endTime: 's?', autoPomoLeft: 'n', pomoCount: 'n', note: 's?',
  focusBreak: { obj: { startTime: 't?', duration: 'n?', endTime: 's?' } },
  pauseLogs: { list: { type: [0, 1], time: 't' } },
  focusOnLogs: { list: { id: 's?', type: 'n?', time: 's?', title: 's?' } },
  focusTasks: { list: { id: 's?', title: 's?', startTime: 's?', endTime: 's?' } },
};

function field(v: unknown, spec: Spec, p: string): unknown {
  if (Array.isArray(spec)) return spec.includes(v as number) ? v : fail(p, `is not one of ${spec.join('/')}`);
  if (typeof spec === 'object') {
    if ('obj' in spec) return v == null ? {} : isObj(v) ? shaped(v, spec.obj, p) : fail(p, 'is not an object');
    if (v == null) return [];
    if (!Array.isArray(v)) return fail(p, 'is not a list');
    return v.map((e, i) => (isObj(e) ? shaped(e, (spec as { list: Shape }).list, `${p}[${i}]`) : fail(`${p}[${i}]`, 'is not an object')));
  }
  const optional = spec.endsWith('?');
  if (v === undefined || v === null || (v === '' && optional)) {
    return optional ? undefined : spec === 'n' ? 0 : fail(p, spec === 's' ? 'is not text' : 'is not a time');
  }
  switch (spec[0]) {
    case 'n':
      return typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : fail(p, 'is not a number');
    case 'b':
      return typeof v === 'boolean' ? v : fail(p, 'is not true/false');
    case 't':
      return typeof v === 'string' && Number.isFinite(parseTime(v)) ? v : fail(p, 'is not a time');
    default:
      return typeof v === 'string' ? v : fail(p, 'is not text');
  }
}

function shaped(o: Obj, shape: Shape, path: string): Obj {
  const out: Obj = {};
  for (const k in shape) {
    const v = field(o[k], shape[k]!, `${path}.${k}`);
    if (v !== undefined) out[k] = v;
  }
  return out;
}

export function parseRecord(o: Obj, path = 'current'): FocusRecord {
  const r = shaped(o, RECORD, path);
  if (!r.id) fail(`${path}.id`, 'is empty');
  for (const l of [...(r.focusOnLogs as Obj[]), ...(r.focusTasks as Obj[])]) l.id ??= '';
  return { valid: true, exited: false, firstId: r.id, ...r } as unknown as FocusRecord;
}

/** `{point, current, updates}` from `/focus/batch/focusOp`. */
export function parseFocusReply(body: unknown): Parsed<FocusReply> {
  try {
    if (!isObj(body)) fail('reply', 'is not an object');
    const o = body as Obj;
    const point = typeof o.point === 'number' ? o.point : fail('reply.point', 'is not a number');
    if (!Number.isInteger(point) || point <= 0) fail('reply.point', 'is not a cursor');
    if (!('current' in o)) fail('reply.current', 'is missing');
    const cur = o.current;
    const empty = cur === null || (isObj(cur) && Object.keys(cur).length === 0);
    const current = empty ? null : isObj(cur) ? parseRecord(cur) : fail('reply.current', 'is not an object');
    const updates = field(o.updates, { list: {} }, 'reply.updates') as unknown[];
    return { ok: true, value: { point, current, updates: updates.length } };
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
