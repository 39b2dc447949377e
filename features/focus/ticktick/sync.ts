// One round with TickTick's focus sync (docs/ticktick-protocol.md §3, §6): the pending ops in one
// batch with `lastPoint`, or a plain read; after a lost answer, a read first, and only what TickTick
// does not hold yet goes out again (features/focus/ticktick/reconcile.ts).
import { BUSY_RETRIES, FRESH_CURSOR_MS, RETRY_BASE_MS, RETRY_MAX_MS } from '../config';
import { applyOps } from '../apply-op';
import { stateKey } from '../focus-view';
import { noticeFor } from '../notice';
import { nextRetry } from '../../../kernel/retry';
import type { Outbox } from '../../../kernel/outbox';
import type { Ports } from '../ports';
import { effective, serverNow, type AppState } from '../state';
import { focusOp, type Answer } from './client';
import { POLICY, waitsForUser } from './errors';
import { endpoints, SITES, type Site } from './hosts';
import { delivered } from './reconcile';
import type { FocusOp } from './types';

const RULES = { baseMs: RETRY_BASE_MS, maxMs: RETRY_MAX_MS, busyRetries: BUSY_RETRIES };
type Failed = Extract<Answer, { ok: false }>;
type Replied = Extract<Answer, { ok: true }>;

/**
 * The cursor to send. Points are TickTick's millisecond clock and `current` comes back whatever the
 * cursor (docs/ticktick-protocol.md §3, §9): a first sync asks only for the last minutes, never for
 * the account's whole history.
 */
export const cursorOf = (s: AppState, now: number) => s.point || serverNow(s, now) - FRESH_CURSOR_MS;

/** The failure into the state: the error to show, whether TickTick may hold the batch, when to retry. */
export function fail(p: Ports, s: AppState, r: Failed, batch: FocusOp[]): void {
  const [kind, mayHold] = POLICY[r.error];
  // A refusal waits for the user: a read failing meanwhile must not replace it (Retry/Discard).
  if (!(waitsForUser(s.error) && !batch.length)) {
    // A refused read holds up the whole queue: that is what Discard then gives up.
    const refused = kind === 'manual' ? { ops: (batch.length ? batch : s.queue).map((o) => o.id) } : {};
    s.error = { error: r.error, message: p.t(`err_${r.error}`), status: r.status, detail: r.detail, ...refused };
  }
  if (batch.length && !mayHold) s.inflight = []; // TickTick surely does not hold it
  if (r.error === 'too_large') {
    // Asked as it was, the same answer would come again: start from now instead, and say so once.
    s.point = 0;
    s.notice = { key: 'historySkipped', at: p.now() };
  }
  // A failing TickTick is asked again on the backoff, queue or not: an open popup's refresh waits
  // for it too (engine.ts `sync`). Signed out, nothing is asked until the session changes.
  const failing = kind === 'backoff' || kind === 'soon';
  s.retry = s.queue.length || failing ? nextRetry(s.retry, failing ? kind : 'wait', p.now(), p.random, RULES) : null;
}

/** The queue without what this reply shows TickTick holds. */
function unheld(s: AppState, r: Replied, batch: FocusOp[], reconcile: boolean): FocusOp[] {
  if (!reconcile) return s.queue.filter((o) => !batch.some((b) => b.id === o.id)); // answered
  const sent = s.queue.findIndex((o) => !s.inflight.includes(o.id));
  return s.queue.slice(delivered(s.current, r.reply.current ?? null, r.reply.ids, s.queue, sent < 0 ? s.queue.length : sent));
}

/** TickTick's reply into the state: `current` and `point`, the held ops off the queue, a notice for remote changes. */
export function adopt(p: Ports, s: AppState, r: Replied, batch: FocusOp[], site: Site, reconcile: boolean): void {
  const now = p.now();
  const before = effective(s);
  // No readable record: the last good one stays; after our own batch, that batch applied to it
  // (an answer to a batch without `current` cannot mean "nothing there").
  const current = r.reply.current === undefined || (r.reply.current === null && batch.length) ? applyOps(s.current, batch) : r.reply.current;
  const queue = unheld(s, r, batch, reconcile);
  const after = applyOps(current, queue);
  if (s.syncedAt && stateKey(before) !== stateKey(after)) {
    const key = noticeFor(before, after, now);
    s.notice = key ? { key, at: now } : s.notice;
  }
  if (r.reply.odd) s.anomalies = { count: (s.anomalies?.count ?? 0) + 1, last: r.reply.odd };
  const blocked = waitsForUser(s.error) && queue.length > 0 && !batch.length;
  Object.assign(s, {
    current, point: r.reply.point ?? s.point, queue, site, syncedAt: now, inflight: [],
    retry: null, error: blocked ? s.error : null, clockOffset: r.clock ?? s.clockOffset,
  });
}

/** The account to use: the pinned site, else the one with a session cookie. */
async function resolveSite(p: Ports): Promise<Site | null> {
  const { site } = await p.state.settings();
  if (site !== 'auto') return site;
  for (const candidate of SITES) {
    if (await p.session.hasSession(endpoints(candidate, p.base).cookieUrl)) return candidate;
  }
  return null;
}

export function tickTickRound(p: Ports) {
  const settle = (box: Outbox<AppState>, r: Answer, batch: FocusOp[], site: Site, reconcile: boolean) =>
    box.change((s) => {
      // A record we could not read tells nothing about what TickTick holds: look again later.
      const ok = r.ok && !(reconcile && r.reply.current === undefined);
      if (ok) adopt(p, s, r as Replied, batch, site, reconcile);
      else fail(p, s, r.ok ? { ok: false, error: 'bad_response', detail: r.reply.odd } : r, batch);
      return ok;
    });
  const send = (s: AppState, site: Site, batch: FocusOp[]) => focusOp(p, site, cursorOf(s, p.now()), batch);

  /** The state read once; the batch marked in flight before it leaves (a worker stopped mid-request reads first). */
  const prepare = (box: Outbox<AppState>) => box.locked(async () => {
    const s = await p.state.load();
    // An answer went missing (or the worker stopped mid-request): look before sending again.
    const reconcile = s.inflight.length > 0 && s.queue.length > 0;
    const ops = reconcile || waitsForUser(s.error) ? [] : s.queue.slice();
    if (ops.length) await p.state.save(Object.assign(s, { inflight: ops.map((o) => o.id) }));
    return { s, batch: ops, reconcile };
  });

  return async (box: Outbox<AppState>): Promise<void> => {
    const site = await resolveSite(p);
    if (!site) {
      await box.change((s) => fail(p, s, { ok: false, error: 'no_auth_session' }, [])); // no session cookie
      return;
    }
    const first = await prepare(box);
    if (!first.reconcile) return void (await settle(box, await send(first.s, site, first.batch), first.batch, site, false));
    if (!(await settle(box, await send(first.s, site, []), [], site, true))) return;
    const { s, batch } = await prepare(box);
    if (batch.length) await settle(box, await send(s, site, batch), batch, site, false); // what TickTick lacks
  };
}
