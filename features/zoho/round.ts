// The mirror's round: its calls go one at a time, in order, each in three steps. Under the lock,
// one change chooses what the queue's head needs and takes its slot of the minute (plan.ts,
// budget.ts); the call goes out; one change writes what Zoho answered and chooses the next. So
// each outcome is read and written once (test/features/zoho/round.test.ts counts them).
import type { Outbox } from '../../kernel/outbox';
import { moveSlot, NO_ROOM, reserve } from './budget';
import { answered, failed, skipForForeign, theirs } from './calls';
import { ALARM_ZOHO } from './config';
import { createExchange, NO_TOKEN, type Sending } from './exchange';
import { nextNeed, STOP, type Need } from './plan';
import type { ZohoPorts } from './ports';
import { reconciled, reconcileRead } from './reconcile';
import type { Params } from './api';
import type { ZohoSettings, ZohoState } from './state';
import { fresh } from './token';

/** What goes out, its slot taken at `at` (none while `tok` is null: renew first), the log ids then. */
type Send = Extract<Need, { kind: 'send' }> & Sending & { op: string; params: Params; settings: ZohoSettings; at: number; ids: ZohoState['ids'] };
type Step = Exclude<Need, { kind: 'send' }> | Send;

/** One change whose next step is chosen under the lock; written only when the state changed. */
async function changeStep(b: Outbox<ZohoState>, fn: (z: ZohoState) => Step | Promise<Step>): Promise<Step> {
  let step: Step = STOP;
  await b.changeIf(async (z) => {
    const before = JSON.stringify(z);
    step = await fn(z);
    return JSON.stringify(z) !== before;
  });
  return step;
}

export function createRound(p: ZohoPorts, exchange: ReturnType<typeof createExchange>) {
  /**
   * Under the lock: the head's need, with its slot taken. A start takes two: the check's, and its
   * own (given back if it does not go).
   */
  async function prepare(z: ZohoState, renewed?: string | null): Promise<Step> {
    const need = nextNeed(z, p.now(), p.random);
    if (need.kind !== 'send') return need; // settings are read only when something goes out
    const settings = await p.settings();
    const at = p.now();
    // A check or a reconcile reads first; a reconcile's read is all it sends.
    const read = need.as === 'call' ? null : reconcileRead(need.c, settings);
    const step = { ...need, ...(need.as === 'reconcile' ? read : {}), tok: renewed ?? fresh(await p.token(), at), settings, at, ids: z.ids } as Send;
    if (!step.tok) return step;
    if (!reserve(z, (read ?? step).op, at)) return failed(z, NO_ROOM, need.as === 'call', p), STOP;
    if (need.as === 'check') reserve(z, step.op, at); // free: nextNeed saw room
    return step;
  }

  /**
   * Sends; then one change writes Zoho's answer and chooses the next step. A start's check that
   * finds no timer of someone else's lets the start go at once; else the start waits (or is
   * skipped) and its slot is given back.
   */
  async function send(b: Outbox<ZohoState>, s: Send): Promise<Step> {
    const check = s.as === 'check';
    const sentAt = p.now();
    const read = check ? reconcileRead(s.c, s.settings) : s;
    const r = await exchange.send(s, read.op, read.params);
    const foreign = check && r.ok ? theirs(s, r.result) : null;
    // As before every call: a token the check's time brought near its expiry is renewed first.
    if (check && r.ok && !foreign && (s.tok = await exchange.token())) return { ...s, as: 'call' };
    return changeStep(b, (z) => {
      if (check) {
        moveSlot(z, s.op, s.at, null);
        if (foreign) skipForForeign(z, s.c, foreign);
        else failed(z, r.ok ? NO_TOKEN : r, false, p);
        return STOP;
      }
      if (s.c.kind === 'start' && s.as === 'call') moveSlot(z, s.op, s.at, sentAt); // its slot, taken before the check
      const more = s.as === 'reconcile' ? reconciled(z, s.c, r, s.settings, p) : answered(z, s.c, r, p);
      return more ? prepare(z) : STOP;
    });
  }

  return async function round(b: Outbox<ZohoState>): Promise<void> {
    for (let step = await changeStep(b, (z) => prepare(z)); step.kind !== 'stop';) {
      if (step.kind === 'wait') return void (await p.alarms.at(ALARM_ZOHO, step.at));
      if (step.tok) step = await send(b, step);
      else {
        // No fresh token: renewed without a window when Zoho allows it; else "reconnect".
        const tok = await exchange.renew();
        step = await changeStep(b, (z) => (tok ? prepare(z, tok) : (failed(z, NO_TOKEN, false, p), STOP)));
      }
    }
  };
}
