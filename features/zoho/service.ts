// The Zoho People mirror's outbox: its calls go one at a time, in order, through their own queue,
// retry schedule and alarm, so Zoho never slows, blocks or rolls back anything TickTick does.
// Reconcile hook: after a lost answer, the running timer shows what Zoho already did.
import { createOutbox, type Outbox } from '../../kernel/outbox';
import { nextRetry } from '../../kernel/retry';
import type { AlarmPort } from '../../browser/alarms';
import type { HttpPort } from '../../kernel/http';
import { localDate, zohoCall, type Params } from './api';
import { done, endpointOf, failed, paramsOf, PER_MINUTE, reflected, RULES, skipForForeign, succeeded, keepLast, theirs } from './calls';
import { ALARM_ZOHO } from './config';
import { checkedHosts } from './hosts';
import { lateToLogs, relog } from './late';
import { follow, type Want } from './mirror';
import type { RunningTimer, ZohoReply } from './parse';
import { initialZoho, type DraftCall, type ZohoCall, type ZohoSettings, type ZohoState } from './state';
import type { ZohoToken } from './token';

/** Reads pages may ask the worker for (it owns Zoho's budget), and the share of it they may use. */
export const PAGE_READS = new Set(['getjobs', 'getcurrentlyrunningtimer', 'getcomments']);
const PAGE_LIMIT = 12;

export interface ZohoPorts {
  http: HttpPort;
  alarms: AlarmPort;
  now(): number;
  random(): number;
  t(key: string, subs?: string[]): string;
  /** Build-time override: OAuth pages and the People API on one origin (sandbox, e2e). */
  base?: string;
  load(): Promise<ZohoState>;
  save(z: ZohoState): Promise<void>;
  settings(): Promise<ZohoSettings>;
  /** The token in storage.session; `renew` asks Zoho again without showing anything (§5). */
  token(): Promise<ZohoToken | null>;
  renew(): Promise<ZohoToken | null>;
}

export function createZohoMirror(p: ZohoPorts) {
  let counter = 0;
  const newId = () => `${p.now().toString(36)}-${(counter++).toString(36)}`;
  const hosts = async () => checkedHosts((await p.settings()).dc, p.base);

  const box: Outbox<ZohoState> = createOutbox<ZohoState>({
    load: async () => ({ ...initialZoho(), ...(await p.load()) }),
    save: p.save,
    afterSave: (z) => p.alarms.at(ALARM_ZOHO, z.queue.length ? z.retry?.at ?? null : null),
    round: (b) => round(b),
  });

  const changeThenSend = async (fn: (z: ZohoState) => void) => {
    await box.change(fn);
    await box.flush(true);
  };

  /** Renewal without a window, only when Zoho's sign-in said `granted_for_session` (§5). */
  const renew = async () => ((await box.load()).granted ? (await p.renew())?.token ?? null : null);

  /** A token that is not about to expire: renewed silently when it is; null means "reconnect". */
  async function token(): Promise<string | null> {
    const tok = await p.token();
    return tok && tok.expiresAt - 60_000 > p.now() ? tok.token : renew();
  }

  /**
   * A call against the per-endpoint budget: the worker alone keeps it, in the stored state (it
   * survives a worker restart), checked and recorded in one locked change, pages' reads too. A
   * token Zoho no longer takes (expired early, revoked) gets one silent renewal and one more try.
   */
  async function send(op: string, params: Params, limit = PER_MINUTE): Promise<ZohoReply> {
    const attempt = async (tok: string | null): Promise<ZohoReply> => {
      if (!tok) return { ok: false, kind: 'auth', code: 'token', message: '' };
      const room = await box.change((z) => {
        const recent = sentLastMinute(z, op);
        if (recent.length >= limit) return false;
        z.sent = { ...z.sent, [op]: [...recent, p.now()] };
        return true;
      });
      return room ? zohoCall(p.http, await hosts(), tok, op, params) : { ok: false, kind: 'locked', code: 'budget', message: '' };
    };
    const r = await attempt(await token());
    return !r.ok && r.kind === 'auth' && r.code !== 'token' ? attempt(await renew()) : r;
  }

  const sentLastMinute = (z: ZohoState, op: string) => (z.sent[op] ?? []).filter((t) => p.now() - t < 60_000);

  /** Before a start: a timer the mirror did not start must not get a second one beside it. */
  async function foreignTimer(z: ZohoState): Promise<RunningTimer | null | 'failed'> {
    const r = await send('getcurrentlyrunningtimer', { dateFormat: 'yyyy-MM-dd' });
    if (!r.ok) {
      await box.change((s) => failed(s, r, false, p));
      return 'failed';
    }
    return theirs(z, r.result);
  }

  /** The time logs of the day of `at` and the day before (a timer log is dated the day it started). */
  const logsAround = (s: ZohoSettings, at: number) => send('gettimelogs', { user: s.user, fromDate: localDate(at - 864e5), toDate: localDate(at), dateFormat: 'yyyy-MM-dd' });

  /**
   * After a lost or odd answer: the running timer (or, for a time log, that day's logs) shows what
   * Zoho did. For a late stop's log (late.ts `relog`), the days' logs say how long it ran, before
   * the delete, and whether it is gone, after one whose answer was lost.
   */
  async function reconcile(c: ZohoCall): Promise<boolean> {
    const q = c.kind === 'log' ? c.params : null;
    const settings = await p.settings();
    const r = c.kind === 'unlog'
      ? await logsAround(settings, c.from)
      : q ? await send('gettimelogs', { user: q.user!, jobId: q.jobId!, fromDate: q.workDate!, toDate: q.workDate!, dateFormat: 'yyyy-MM-dd' })
      : await send('getcurrentlyrunningtimer', { dateFormat: 'yyyy-MM-dd' });
    return box.change((z) => {
      if (!r.ok) return failed(z, r, false, p), false;
      const head = z.queue[0]?.id === c.id;
      const hit = head && (c.kind === 'unlog' ? relog(z, r.result, settings) : reflected(z, c, r.result, settings));
      if (hit) {
        done(z, c);
        if (typeof hit === 'string') z.ids = keepLast({ ...z.ids, [c.key]: hit });
      }
      z.uncertain = false;
      return true;
    });
  }

  async function round(b: Outbox<ZohoState>): Promise<void> {
    for (;;) {
      const z = await b.load();
      const c = z.queue[0];
      if (!c || z.error?.reconnect) return;
      // Woken before the retry is due (an early alarm, a worker start): keep the alarm, send later.
      if (z.retry && z.retry.at > p.now()) return void (await p.alarms.at(ALARM_ZOHO, z.retry.at));
      if (z.uncertain || (c.kind === 'unlog' && !c.logs)) {
        if (!(await reconcile(c))) return;
        continue;
      }
      if (await b.changeIf((s) => s.queue[0]?.id === c.id && lateToLogs(s, p.now()))) continue;
      const params = paramsOf(z, c);
      if (!params) {
        await b.change((s) => void (s.queue[0]?.id === c.id && s.queue.shift()));
        continue;
      }
      const busy = sentLastMinute(z, endpointOf(c));
      if (busy.length >= PER_MINUTE) {
        await b.change((s) => void (s.retry = nextRetry(s.retry, 'backoff', p.now(), p.random, RULES, busy[0]! + 60_000)));
        return;
      }
      if (c.kind === 'start') {
        const foreign = await foreignTimer(z);
        if (foreign === 'failed') return;
        if (foreign) return void (await b.change((s) => skipForForeign(s, c, foreign)));
      }
      const r = await send(endpointOf(c), params);
      const ok = await b.change((s) => {
        if (s.queue[0]?.id !== c.id) return true;
        if (r.ok) succeeded(s, c, r, p.now());
        else failed(s, r, true, p);
        return r.ok || r.kind === 'business';
      });
      if (!ok) return;
    }
  }

  return {
    box,
    /** TickTick's state changed (or the settings): queue what mirrors it, then send. */
    async follow(want: Want): Promise<void> {
      const settings = await p.settings();
      // Most of TickTick's saves (a poll, a note) change nothing here: then nothing is written.
      let queued = false;
      await box.changeIf((z) => {
        if (!settings.enabled && !z.log?.running) return false;
        const [log, calls] = [JSON.stringify(z.log), z.queue.length];
        follow(z, want, { now: p.now(), settings, newId });
        queued = z.queue.length > calls;
        return queued || JSON.stringify(z.log) !== log;
      });
      if (queued) await box.flush(true);
    },
    /** Retry alarm, worker start, a new token: send what waits. */
    resume: () => box.flush(true),
    queue: (call: DraftCall) => changeThenSend((z) => void z.queue.push({ ...call, id: newId() } as ZohoCall)),
    /** The user decides about a timer the mirror did not start: stop it and mirror, or leave it. */
    async decideForeign(takeOver: boolean, want: Want): Promise<void> {
      await box.change((z) => {
        if (takeOver && z.foreign) z.queue.push({ id: newId(), key: '', kind: 'stopForeign', timeLogId: z.foreign.timeLogId });
        if (takeOver && z.log?.skip) z.log = null; // mirror this session after all
        if (!takeOver) z.foreign = null;
      });
      if (takeOver) await this.follow(want);
    },
    /**
     * The user connected again (`granted`: Zoho may renew without a window), or disconnected
     * (false: no renewal without the user from now on): what waited is sent, or asks to reconnect.
     */
    connected: (granted: boolean) => changeThenSend((z) => void Object.assign(z, { error: null, retry: null, granted })),
    /** A page's read, within the share of the budget pages may use; pages cannot write. */
    read: (op: string, params: Params): Promise<ZohoReply> => (PAGE_READS.has(op) ? send(op, params, PAGE_LIMIT) : Promise.reject(new Error(op))),
    /** The popup's "Dismiss" under minutes Zoho did not log. */
    dismissMissed: () => box.change((z) => void (z.missed = [])),
    settled: () => box.settled(),
  };
}

