// A session as the cache keeps it: one short array instead of TickTick's record (about a third of
// its size). Times are milliseconds for the start (the page cursor needs them exact), seconds for
// lengths; empty trailing fields are left out.
import type { Session, TaskPart } from './timeline';

/** [taskId, title, projectName, seconds, segments: start (s after the session's start second), length (s), …] */
type CompactPart = [string, string, string, number, number[]?];
/** [id, start ms, span s, pause s, stopwatch 0|1, note, parts] */
export type Compact = [string, number, number, number, 0 | 1, string?, CompactPart[]?];

const sec = (ms: number) => Math.round(ms / 1000);

export function pack(s: Session): Compact {
  const out: Compact = [s.id, s.start, sec(s.end - s.start), sec(s.pauseMs), s.stopwatch ? 1 : 0];
  const base = Math.floor(s.start / 1000);
  const parts = s.tasks.map((p): CompactPart => {
    const part: CompactPart = [p.id, p.title, p.project, sec(p.ms)];
    if (p.segs?.length) part.push(p.segs.flatMap(([a, b]) => [sec(a) - base, sec(b - a)]));
    return part;
  });
  if (s.note || parts.length) out.push(s.note);
  if (parts.length) out.push(parts);
  return out;
}

const isStr = (v: unknown): v is string => typeof v === 'string';
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function unpackPart(p: unknown, start: number): TaskPart | null {
  if (!Array.isArray(p) || !isStr(p[0]) || !isStr(p[1]) || !isStr(p[2]) || !isNum(p[3])) return null;
  const part: TaskPart = { id: p[0], title: p[1], project: p[2], ms: p[3] * 1000 };
  const flat: unknown = p[4];
  if (Array.isArray(flat) && flat.every(isNum)) {
    const base = Math.floor(start / 1000) * 1000;
    part.segs = [];
    for (let i = 0; i + 1 < flat.length; i += 2) part.segs.push([base + flat[i]! * 1000, base + (flat[i]! + flat[i + 1]!) * 1000]);
  }
  return part;
}

/** A cached entry back as a session; null when it is not one (a damaged cache is refetched, not trusted). */
export function unpack(c: unknown): Session | null {
  if (!Array.isArray(c) || !isStr(c[0]) || !isNum(c[1]) || !isNum(c[2]) || !isNum(c[3]) || c[2] <= 0) return null;
  const note = c[5] ?? '';
  const rawParts: unknown = c[6] ?? [];
  if (!isStr(note) || !Array.isArray(rawParts)) return null;
  const tasks = rawParts.map((p) => unpackPart(p, c[1] as number));
  if (tasks.some((t) => t === null)) return null;
  return { id: c[0], start: c[1], end: c[1] + c[2] * 1000, pauseMs: Math.min(c[3], c[2]) * 1000, stopwatch: c[4] === 1, note, tasks: tasks as TaskPart[] };
}
