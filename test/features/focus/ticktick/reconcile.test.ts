// After a lost answer: how much of the queue TickTick holds, judged as a sequence on seed 001's
// session (docs/ticktick-protocol.md §6). "Applied" runs the fake TickTick's own state machine.
import { describe, expect, it } from 'vitest';
import { applyOps } from '../../../../features/focus/apply-op';
import { delivered } from '../../../../features/focus/ticktick/reconcile';
import { parseRecord } from '../../../../features/focus/ticktick/parse';
import type { FocusOp, FocusRecord } from '../../../../features/focus/ticktick/types';
import { createTickTick, SANDBOX_CSRF, SANDBOX_TOKEN } from '../../../fake-ticktick/ticktick.mjs';
import { seedContinue, seedPause, seedStart } from '../../../seed';

const base = seedStart.opList[0]!;
let n = 0;
const op = (name: FocusOp['op'], time: string, extra: Partial<FocusOp> = {}): FocusOp =>
  ({ ...base, id: `6915b0${String(++n).padStart(18, '0')}`, op: name, time, ...extra });

/** A fake TickTick that holds seed 001's running session; `send` applies a batch, `record` is its `current`. */
function account() {
  const tt = createTickTick({ now: () => Date.parse('2025-11-13T10:15:00Z') });
  const headers = { cookie: `t=${SANDBOX_TOKEN}; _csrf_token=${SANDBOX_CSRF}`, 'x-csrftoken': SANDBOX_CSRF };
  const send = (opList: FocusOp[]) => tt.handle({ method: 'POST', path: '/focus/batch/focusOp', headers, body: JSON.stringify({ lastPoint: 1, opList }) });
  send(seedStart.opList);
  const record = (): FocusRecord => parseRecord(structuredClone(tt.current) as unknown as Record<string, unknown>);
  return { tt, send, record };
}

/** The queue's `sent` head went out: `applied` says whether TickTick took it. Returns what stays queued. */
function afterLostAnswer(queue: FocusOp[], applied: boolean, sent = queue.length): string[] {
  const a = account();
  const planned = a.record();
  if (applied) a.send(queue.slice(0, sent));
  const remote = a.record();
  return queue.slice(delivered(planned, remote, [], queue, sent)).map((o) => o.op);
}

describe('delivered: the longest prefix TickTick shows, never op by op', () => {
  const pause = seedPause.opList[0]!;
  const cont = seedContinue.opList[0]!;

  it('offline [pause, continue]: nothing there, both go out (a lone continue is not "already there")', () => {
    expect(afterLostAnswer([pause, cont], false)).toEqual(['pause', 'continue']);
  });
  it('[pause, continue] applied with the answer lost: both are there, nothing goes out again', () => {
    expect(afterLostAnswer([pause, cont], true)).toEqual([]);
  });
  it('+5 then −5: applied or not, TickTick ends at 25 minutes, so neither is sent (again)', () => {
    const plus = op('changeDuration', '2025-11-13T10:11:00.000+0000', { duration: 30 });
    const minus = op('changeDuration', '2025-11-13T10:11:30.000+0000', { duration: 25 });
    expect(afterLostAnswer([plus, minus], true)).toEqual([]);
    expect(afterLostAnswer([plus, minus], false)).toEqual([]);
    expect(afterLostAnswer([plus], false)).toEqual(['changeDuration']);
    expect(afterLostAnswer([plus], true)).toEqual([]);
  });
  it('bind A then unbind: judged by the binding entries at their own times', () => {
    const bind = op('focus', '2025-11-13T10:11:00.000+0000', { focusOnId: '6a0000000000000000000001', focusOnType: 0 });
    const unbind = op('focus', '2025-11-13T10:12:00.000+0000', { focusOnId: '' });
    expect(afterLostAnswer([bind, unbind], true)).toEqual([]);
    expect(afterLostAnswer([bind, unbind], false)).toEqual(['focus', 'focus']);
  });
  it('note then finish: the finish at its own time shows both arrived', () => {
    const note = op('note', '2025-11-13T10:14:00.000+0000', { note: 'Drafted the intro' });
    const finish = op('finish', '2025-11-13T10:14:30.000+0000', { manual: true });
    expect(afterLostAnswer([note, finish], true)).toEqual([]);
    expect(afterLostAnswer([note, finish], false)).toEqual(['note', 'finish']);
  });
  it('a refused op in the middle (±5 past 180 minutes): the ops after it show the batch arrived', () => {
    const tooLong = op('changeDuration', '2025-11-13T10:12:30.000+0000', { duration: 185 });
    expect(afterLostAnswer([pause, tooLong, cont], true)).toEqual([]);
    expect(afterLostAnswer([pause, tooLong, cont], false)).toEqual(['pause', 'changeDuration', 'continue']);
  });
  it('only the batch in flight can be there: an op queued after it is never dropped', () => {
    const note = op('note', '2025-11-13T10:14:00.000+0000', { note: '' });
    // The note would "match" (TickTick's note is empty too), but it was never sent.
    expect(afterLostAnswer([pause, note], true, 1)).toEqual(['note']);
  });
  it('a start is found by its session id, also among the records TickTick lists as changed', () => {
    const a = account();
    const start2 = op('start', '2025-11-13T10:20:00.000+0000', { oId: '6915b10038b6e20c76868c99' });
    expect(delivered(null, a.record(), [], [start2], 1)).toBe(0);
    expect(delivered(null, a.record(), ['6915b10038b6e20c76868c99'], [start2], 1)).toBe(1);
    expect(delivered(null, applyOps(a.record(), [start2]), [], [start2], 1)).toBe(1);
  });
});
