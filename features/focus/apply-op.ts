// Applies our own ops to a record locally: the optimistic view while an op waits in the queue, and
// the prediction the reconcile compares TickTick's record with (features/focus/ticktick/reconcile.ts).
import { parseTime } from '../../kernel/time';
import type { FocusOp, FocusRecord, FocusTask } from './ticktick/types';
import { breakOver } from './focus-view';

/** A binding change: the open task segment closes and one for the new task starts (docs/ticktick-protocol.md §3.3). */
function rebind(cur: FocusRecord, op: FocusOp): FocusRecord {
  const title = op.focusOnTitle || undefined;
  const tasks: FocusTask[] = cur.focusTasks.map((t, i, all) => (i === all.length - 1 && !t.endTime ? { ...t, endTime: op.time } : t));
  const segment: FocusTask = { id: op.focusOnId, title, startTime: op.time, ...(cur.status === 1 ? { endTime: op.time } : {}) };
  return {
    ...cur,
    focusOnLogs: [...cur.focusOnLogs, { id: op.focusOnId, type: op.focusOnType, time: op.time, title }],
    focusTasks: [...tasks, segment],
  };
}

export function applyOp(cur: FocusRecord | null, op: FocusOp): FocusRecord | null {
  if (op.op === 'start') {
    const title = op.focusOnTitle || undefined;
    return {
      id: op.oId, type: op.oType, status: 0, valid: true, exited: false, firstId: op.firstFocusId,
      duration: op.duration, startTime: op.time,
      autoPomoLeft: op.autoPomoLeft, pomoCount: op.pomoCount, focusBreak: {}, pauseLogs: [],
      focusOnLogs: [{ id: op.focusOnId, type: op.focusOnType, time: op.time, title }],
      focusTasks: [{ id: op.focusOnId, title, startTime: op.time }],
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
      return cur.exited ? cur : { ...cur, exited: true };
    case 'startBreak':
      return cur.status === 2 && !cur.focusBreak.startTime
        ? { ...cur, focusBreak: { startTime: op.time, duration: op.duration } }
        : cur;
    case 'endBreak':
      return cur.status === 2 && !breakOver(cur.focusBreak, parseTime(op.time)) ? { ...cur, focusBreak: { ...cur.focusBreak, endTime: op.time } } : cur;
    case 'focus': {
      const now = cur.focusTasks.at(-1)?.id ?? cur.focusOnLogs.at(-1)?.id ?? '';
      return active && now !== op.focusOnId ? rebind(cur, op) : cur;
    }
    case 'note':
      return (cur.note ?? '') === op.note ? cur : { ...cur, note: op.note };
    case 'changeDuration':
      return active && cur.type === 0 && cur.duration !== op.duration ? { ...cur, duration: op.duration } : cur;
    default:
      return cur;
  }
}

export function applyOps(cur: FocusRecord | null, ops: readonly FocusOp[]): FocusRecord | null {
  return ops.reduce(applyOp, cur);
}
