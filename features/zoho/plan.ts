// What the queue's head needs before anything goes to Zoho: pure, under the outbox's lock
// (round.ts), so what needs no call is settled in the same change as what does.
import { nextRetry } from '../../kernel/retry';
import type { Params } from './api';
import { PER_MINUTE, sentLastMinute } from './budget';
import { endpointOf, paramsOf } from './calls';
import { RETRY_RULES } from './config';
import { lateToLogs } from './late';
import type { ZohoCall, ZohoState } from './state';

/**
 * `call`: send `c` (to `op` with `params`); `check`: a start, which first reads the running timer
 * (a timer the mirror did not start must not get a second one beside it); `reconcile`: read what
 * became of `c` (reconcile.ts).
 */
export type Need =
  | { kind: 'stop' }
  | { kind: 'wait'; at: number }
  | { kind: 'send'; as: 'call' | 'check' | 'reconcile'; c: ZohoCall; op?: string; params?: Params };

export const STOP = { kind: 'stop' } as const;

/**
 * The head's need. On the way: a start or resume more than a minute late becomes time logs
 * (late.ts), a call about a log Zoho never made (its start failed) leaves the queue, and a head
 * whose endpoint had its 20 calls this minute waits for the oldest to leave the window.
 */
export function nextNeed(z: ZohoState, now: number, random: () => number): Need {
  for (;;) {
    const c = z.queue[0];
    if (!c || z.error?.reconnect) return STOP;
    // Woken before the retry is due (an early alarm, a worker start): keep the alarm, send later.
    if (z.retry && z.retry.at > now) return { kind: 'wait', at: z.retry.at };
    if (z.uncertain || (c.kind === 'unlog' && !c.logs)) return { kind: 'send', as: 'reconcile', c };
    if (lateToLogs(z, now)) continue;
    const params = paramsOf(z, c);
    if (!params) {
      z.queue.shift();
      continue;
    }
    const op = endpointOf(c);
    const busy = sentLastMinute(z, op, now);
    if (busy.length < PER_MINUTE) return { kind: 'send', as: c.kind === 'start' ? 'check' : 'call', c, op, params };
    z.retry = nextRetry(z.retry, 'backoff', now, random, RETRY_RULES, busy[0]! + 60_000);
    return STOP;
  }
}
