// Validates TickTick's focus reply before anything uses it, from a table of field specs (compact:
// the background has a 10 KB budget). Optional fields that come back null read as absent; a
// required field of the wrong type rejects the whole reply, saying which field.
import { parseTime } from '../../../kernel/time';
import type { FocusRecord, FocusReply } from './types';
import { isObj, type Obj } from '../../../kernel/json';

export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: string };

class Problem extends Error {}
/** A value TickTick may well send that we do not know (a new status): the record is set aside, not the reply. */
class Odd extends Problem {}
const fail = (path: string, what: string): never => {
  throw new Problem(`${path} ${what}`);
};

/** s text, n number (absent: 0), i counter (may be negative), b true/false, t time; `?` optional; a number list is an enum. */
type Spec = 's' | 's?' | 'n' | 'n?' | 'i' | 'b?' | 't' | 't?' | readonly number[] | { list: Shape } | { obj: Shape };
type Shape = Record<string, Spec>;

const RECORD: Shape = {
  id: 's', type: [0, 1], status: [0, 1, 2, 3], valid: 'b?', exited: 'b?', firstId: 's?', duration: 'n',
  startTime: 't', endTime: 's?', autoPomoLeft: 'i', pomoCount: 'i', note: 's?',
  focusBreak: { obj: { startTime: 't?', duration: 'n?', endTime: 's?' } },
  pauseLogs: { list: { type: [0, 1], time: 't' } },
  focusOnLogs: { list: { id: 's?', type: 'n?', time: 's?', title: 's?' } },
  focusTasks: { list: { id: 's?', title: 's?', startTime: 's?', endTime: 's?' } },
};

function field(v: unknown, spec: Spec, p: string): unknown {
  if (Array.isArray(spec)) {
    if (spec.includes(v as number)) return v;
    if (Number.isInteger(v)) throw new Odd(`${p} ${String(v)} is unknown`);
    return fail(p, `is not one of ${spec.join('/')}`);
  }
  if (typeof spec === 'object') {
    if ('obj' in spec) return v == null ? {} : isObj(v) ? shaped(v, spec.obj, p) : fail(p, 'is not an object');
    if (v == null) return [];
    if (!Array.isArray(v)) return fail(p, 'is not a list');
    return v.map((e, i) => (isObj(e) ? shaped(e, (spec as { list: Shape }).list, `${p}[${i}]`) : fail(`${p}[${i}]`, 'is not an object')));
  }
  const optional = spec.endsWith('?');
  if (v === undefined || v === null || (v === '' && optional)) {
    return optional ? undefined : spec === 'n' || spec === 'i' ? 0 : fail(p, spec === 's' ? 'is not text' : 'is not a time');
  }
  switch (spec[0]) {
    case 'n':
      return typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : fail(p, 'is not a number');
    case 'i':
      return Number.isInteger(v) ? v : fail(p, 'is not a whole number');
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

/**
 * `{point, current, updates}` from `/focus/batch/focusOp`, read leniently where TickTick varies
 * (docs/ticktick-protocol.md §3): no `point` keeps ours, no `current` (or `{}`) is idle, a record
 * with a value we do not know comes back as `current: undefined` (keep the last good one) with
 * the oddity named. Anything else of the wrong type rejects the reply.
 */
export function parseFocusReply(body: unknown): Parsed<FocusReply> {
  try {
    if (!isObj(body)) fail('reply', 'is not an object');
    const o = body as Obj;
    const odd: string[] = [];
    let point: number | undefined;
    if (Number.isInteger(o.point) && (o.point as number) > 0) point = o.point as number;
    else odd.push(o.point == null ? 'reply.point is missing' : 'reply.point is not a cursor');
    const cur = o.current;
    let current: FocusRecord | null | undefined = null;
    if (isObj(cur) && Object.keys(cur).length) {
      try {
        current = parseRecord(cur);
      } catch (e) {
        if (!(e instanceof Odd)) throw e;
        odd.push(e.message);
        current = undefined;
      }
    } else if (cur != null && !isObj(cur)) fail('reply.current', 'is not an object');
    const list = Array.isArray(o.updates) ? o.updates : [];
    const ids = list.flatMap((u) => (isObj(u) && typeof u.id === 'string' ? [u.id] : [])).slice(-200);
    return { ok: true, value: { point, current, updates: list.length, ids, ...(odd.length ? { odd: odd.join('; ') } : {}) } };
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
