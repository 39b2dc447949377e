// After an exchange whose answer went missing, how much of the queue TickTick already holds. A batch
// is applied whole and in order or not at all (docs/ticktick-protocol.md §6), so what it holds is a
// prefix of the queue: judged as a sequence, never op by op (a `continue` looks "already there" on
// a record that never saw the `pause` before it).
import { applyOps } from '../apply-op';
import { parseTime } from '../../../kernel/time';
import type { FocusOp, FocusRecord } from './types';

const at = (a: string | undefined, b: string) => parseTime(a) === parseTime(b);

/**
 * Whether TickTick's record shows this very op, by the entry it leaves at the op's own `time`;
 * null for ops that leave none (note, ±5, exit): those are judged by the values they set.
 */
function shows(r: FocusRecord | null, ids: readonly string[], op: FocusOp): boolean | null {
  if (op.op === 'start') return r?.id === op.oId || ids.includes(op.oId);
  if (op.op === 'note' || op.op === 'changeDuration' || op.op === 'exit') return null;
  if (!r || r.id !== op.oId) return false;
  switch (op.op) {
    case 'pause':
    case 'continue':
      return r.pauseLogs.some((l) => l.type === (op.op === 'pause' ? 0 : 1) && at(l.time, op.time));
    case 'finish':
    case 'drop':
      return r.status === (op.op === 'finish' ? 2 : 3) && at(r.endTime, op.time);
    case 'startBreak':
      return at(r.focusBreak.startTime, op.time);
    case 'endBreak':
      return at(r.focusBreak.endTime, op.time);
    default: // focus: a binding entry for this task at this time
      return r.focusOnLogs.some((l) => l.id === op.focusOnId && at(l.time, op.time));
  }
}

const sameValues = (a: FocusRecord | null, b: FocusRecord | null) =>
  a?.id === b?.id && (a?.note ?? '') === (b?.note ?? '') && a?.duration === b?.duration && a?.exited === b?.exited;

/**
 * How many ops at the head of `queue` TickTick holds, at most `sent` (the batch that was in
 * flight): up to the last op whose own entry `remote` shows, then the longest run of value-only
 * ops after it whose result `remote` matches when applied to `base` (the record the queue was
 * planned on). `ids`: the records TickTick listed as changed since our cursor.
 */
export function delivered(base: FocusRecord | null, remote: FocusRecord | null, ids: readonly string[], queue: readonly FocusOp[], sent: number): number {
  const head = queue.slice(0, sent);
  let k = 0;
  head.forEach((op, i) => {
    if (shows(remote, ids, op)) k = i + 1;
  });
  let end = k;
  while (end < head.length && shows(remote, ids, head[end]!) === null) end++;
  for (let j = end; j > k; j--) if (sameValues(applyOps(base, head.slice(0, j)), remote)) return j;
  return k;
}
