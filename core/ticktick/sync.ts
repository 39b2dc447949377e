// One round with TickTick's focus sync (docs/ticktick-protocol.md §3, §6): the pending ops in one
// batch with `lastPoint`, or a plain read; after a lost reply, a read first so nothing is applied twice.
import { BUSY_RETRIES, RETRY_BASE_MS, RETRY_MAX_MS } from '../config';
import { applyOps, isReflected } from '../focus/apply-op';
import { stateKey } from '../focus/focus-view';
import { noticeFor } from '../focus/notice';
import { nextRetry } from '../outbox/retry';
import type { Outbox } from '../outbox/outbox';
import type { Ports } from '../ports';
import { effective, type AppState } from '../state';
import { focusOp } from './client';
import { POLICY, waitsForUser, type Classified, type ErrorCode } from './errors';
import { endpoints, SITES, type Site } from './hosts';
import type { FocusOp } from './types';

const RULES = { baseMs: RETRY_BASE_MS, maxMs: RETRY_MAX_MS, busyRetries: BUSY_RETRIES };

/** The failure into the state: the error to show, whether TickTick may hold the batch, when to retry. */
export function fail(p: Ports, s: AppState, r: { error: ErrorCode; status?: number; detail?: string }, batch: FocusOp[]): void {
  s.error = { error: r.error, message: p.t(`err_${r.error}`), status: r.status, detail: r.detail };
  if (batch.length && POLICY[r.error][1]) s.uncertain = true;
  const kind = POLICY[r.error][0];
  s.retry = s.queue.length ? nextRetry(s.retry, kind === 'backoff' || kind === 'soon' ? kind : 'wait', p.now(), p.random, RULES) : null;
}

/** TickTick's reply into the state: `current` and `point`, the sent ops off the queue, a notice for remote changes. */
export function adopt(p: Ports, s: AppState, r: Classified & { ok: true }, batch: FocusOp[], site: Site, reconcile: boolean): void {
  const now = p.now();
  const sent = new Set(batch.map((o) => o.id));
  const before = effective(s);
  let queue = s.queue.filter((o) => !sent.has(o.id));
  if (reconcile) queue = queue.filter((o) => !isReflected(r.reply.current, o));
  const after = applyOps(r.reply.current, queue);
  if (s.syncedAt && stateKey(before) !== stateKey(after)) {
    const key = noticeFor(before, after, now);
    s.notice = key ? { key, at: now } : s.notice;
  }
  const blocked = waitsForUser(s.error) && queue.length > 0 && !batch.length;
  Object.assign(s, {
    current: r.reply.current, point: r.reply.point, queue, site, syncedAt: now,
    uncertain: false, retry: null, error: blocked ? s.error : null,
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
  const settle = (box: Outbox<AppState>, r: Classified, batch: FocusOp[], site: Site, reconcile: boolean) =>
    box.change((s) => {
      if (r.ok) adopt(p, s, r, batch, site, reconcile);
      else fail(p, s, r, batch);
      return r.ok;
    });

  return async (box: Outbox<AppState>): Promise<void> => {
    const site = await resolveSite(p);
    if (!site) {
      await box.change((s) => fail(p, s, { error: 'no_auth_session' }, [])); // no session cookie
      return;
    }
    const s0 = await box.load();
    // A reply went missing: TickTick may hold these ops already, so look before sending again.
    const reconcile = s0.uncertain && s0.queue.length > 0;
    if (reconcile && !(await settle(box, await focusOp(p, site, s0.point, []), [], site, true))) return;
    const s1 = await box.load();
    const batch = waitsForUser(s1.error) ? [] : s1.queue.slice();
    if (reconcile && !batch.length) return; // that read was the exchange
    await settle(box, await focusOp(p, site, s1.point, batch), batch, site, false);
  };
}
