// Applies our own ops to a record locally: the optimistic view while an op waits in the queue, and
// the check that TickTick already holds an op after a reply was lost.
import { parseTime } from './time';
import type { FocusOp, FocusRecord } from './types';

export function applyOp(cur: FocusRecord | null, op: FocusOp): FocusRecord | null {
  if (op.op === 'start') {
    return {
      id: op.oId, type: op.oType, status: 0, valid: true, exited: false, firstId: op.firstFocusId,
      duration: op.duration, startTime: op.time,
      autoPomoLeft: op.autoPomoLeft, pomoCount: op.pomoCount, focusBreak: {}, pauseLogs: [],
      focusOnLogs: [{ id: op.focusOnId, time: op.time }],
      focusTasks: [{ id: op.focusOnId, startTime: op.time }],
    };
  }
  if (!cur || cur.id !== op.oId) return cur;
  const active = cur.status === 0 || cur.status === 1;
  switch (op.op) {
    case 'pause':
      return cur.status === 0
        ? { ...cur, status: 1, pauseLogs: [...cur.pauseLogs, { type: 0, time: op.time }] }
        : cur;
    case 'continue':
      return cur.status === 1
        ? { ...cur, status: 0, pauseLogs: [...cur.pauseLogs, { type: 1, time: op.time }] }
        : cur;
    case 'finish':
      return active ? { ...cur, status: 2, endTime: op.time } : cur;
    case 'drop':
      return active ? { ...cur, status: 3, endTime: op.time } : cur;
    case 'exit':
      return { ...cur, exited: true };
    case 'startBreak':
      return cur.status === 2
        ? { ...cur, focusBreak: { startTime: op.time, duration: op.duration } }
        : cur;
    case 'endBreak':
      return cur.status === 2 ? { ...cur, focusBreak: { ...cur.focusBreak, endTime: op.time } } : cur;
    default:
      return cur;
  }
}

export function applyOps(cur: FocusRecord | null, ops: readonly FocusOp[]): FocusRecord | null {
  return ops.reduce(applyOp, cur);
}

const sameTime = (a: string | undefined, b: string) => parseTime(a) === parseTime(b);

/** Whether TickTick's record already shows this op (so it must not be sent again). */
export function isReflected(remote: FocusRecord | null, op: FocusOp): boolean {
  if (!remote || remote.id !== op.oId) return false;
  switch (op.op) {
    case 'start':
      return true;
    case 'pause':
      return remote.pauseLogs.some((l) => l.type === 0 && sameTime(l.time, op.time));
    case 'continue':
      return remote.pauseLogs.some((l) => l.type === 1 && sameTime(l.time, op.time));
    case 'finish':
      return remote.status === 2;
    case 'drop':
      return remote.status === 3;
    case 'exit':
      return remote.exited;
    case 'startBreak':
      return sameTime(remote.focusBreak.startTime, op.time);
    case 'endBreak':
      return !!remote.focusBreak.endTime;
    default:
      return false;
  }
}
