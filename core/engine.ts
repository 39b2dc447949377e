// The background's core: turns actions, alarms and wake-ups into queued ops, exchanges them with
// TickTick, and keeps the badge and alarms a view of the stored state. Browser-free (see ports.ts).
import { applyOps, isReflected } from './focus/apply-op';
import { badgeFor, nextBadgeChange } from './focus/badge';
import { focusOp, getJson } from './ticktick/client';
import { ALARM_TICK, ALARM_POLL, ALARM_RETRY, COMMAND_TOGGLE, COMMAND_END, STOPWATCH_MAX_SEC, RETRY_BASE_MS, RETRY_MAX_MS, BUSY_RETRIES, STALE_AFTER_MS, POLL_ACTIVE_MIN, POLL_IDLE_MIN, PREFS_FRESH_MS } from './config';
import { POLICY, waitsForUser, type Classified, type ErrorCode } from './ticktick/errors';
import { deriveView, stateKey, type FocusView } from './focus/focus-view';
import { endpoints, SITES, type Site } from './ticktick/hosts';
import { objectIdFactory } from './object-id';
import { planAction, planNaturalEnd, type ActionRequest } from './focus/plan';
import { parsePrefs } from './focus/rhythm';
import type { Ports } from './ports';
import { effective, isSignedOut, type AppState, type NoticeKey } from './state';
import type { FocusOp, FocusRecord } from './ticktick/types';

export type Engine = ReturnType<typeof createEngine>;

/** Time has run out and TickTick must be told (reference §3.2: `finish`, `endBreak` with manual false). */
export function isDue(v: FocusView): boolean {
  if (v.phase === 'focusing' || v.phase === 'break') return v.remainingMs <= 0;
  return v.phase === 'stopwatch' && !v.paused && v.elapsedMs >= STOPWATCH_MAX_SEC * 1000;
}

function noticeFor(before: FocusRecord | null, after: FocusRecord | null, now: number): NoticeKey | null {
  const b = deriveView(before, now);
  const a = deriveView(after, now);
  const ended = a.phase === 'idle' || a.phase === 'finished';
  if (ended && isDue(b)) return null; // it ran out there too: nothing to tell
  return ended ? 'remoteEnded'
    : a.phase === 'break' ? 'remoteBreak'
    : a.paused ? 'remotePaused'
    : a.sessionId === b.sessionId ? 'remoteResumed' : 'remoteStarted';
}

export function createEngine(p: Ports) {
  const client = { focusOp: focusOp.bind(null, p), getJson: getJson.bind(null, p) };
  const newId = objectIdFactory(p.random);

  // State changes run one at a time; network calls run outside this lock.
  let lock: Promise<unknown> = Promise.resolve();
  function locked<T>(fn: () => Promise<T>): Promise<T> {
    const run = lock.then(fn);
    lock = run.catch(() => undefined);
    return run;
  }

  const load = () => p.state.load();

  async function commit(s: AppState): Promise<AppState> {
    await p.state.save(s);
    await render(s);
    return s;
  }

  /** Badge and alarms from the stored state; also what restores them after a restart. */
  async function render(s: AppState): Promise<void> {
    const now = p.now();
    const view = deriveView(effective(s), now);
    const look = badgeFor(view, isSignedOut(s));
    const phase = view.phase === 'idle' ? '' : ` · ${p.t(`phase_${view.phase}`)}`;
    const task = view.phase !== 'idle' && view.taskTitle ? ` · ${view.taskTitle}` : '';
    await p.badge.show(look, `${p.t('extName')}${phase}${task}${s.error ? ` · ${s.error.message}` : ''}`);

    const wake = isDue(view) ? now + 1000 : minOf(nextBadgeChange(view, now), view.endsAt);
    await p.alarms.at(ALARM_TICK, wake);
    await p.alarms.every(ALARM_POLL, view.phase === 'idle' ? POLL_IDLE_MIN : POLL_ACTIVE_MIN);
    await p.alarms.at(ALARM_RETRY, s.retry?.at ?? null);
  }

  async function resolveSite(): Promise<Site | null> {
    const { site } = await p.state.settings();
    if (site !== 'auto') return site;
    for (const candidate of SITES) {
      if (await p.session.hasSession(endpoints(candidate, p.base).cookieUrl)) return candidate;
    }
    return null;
  }

  function fail(s: AppState, r: { error: ErrorCode; status?: number; detail?: string }, batch: FocusOp[]): void {
    const now = p.now();
    s.error = { error: r.error, message: p.t(`err_${r.error}`), status: r.status, detail: r.detail };
    if (batch.length && POLICY[r.error][1]) s.uncertain = true;
    if (!s.queue.length) {
      s.retry = null;
      return;
    }
    const kind = POLICY[r.error][0];
    const prev = s.retry ?? { attempt: 0, busy: 0, at: 0 };
    if (kind === 'soon' && prev.busy < BUSY_RETRIES) {
      s.retry = { ...prev, busy: prev.busy + 1, at: now + 1000 + p.random() * 1000 };
    } else if (kind === 'backoff' || kind === 'soon') {
      const attempt = prev.attempt + 1;
      const wait = Math.min(RETRY_MAX_MS, RETRY_BASE_MS * 2 ** (attempt - 1));
      s.retry = { ...prev, attempt, at: now + wait * (0.5 + p.random() * 0.5) };
    } else {
      s.retry = null; // after sign-in, or when the user says so
    }
  }

  function adopt(s: AppState, r: Classified & { ok: true }, batch: FocusOp[], site: Site, reconcile: boolean): void {
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

  async function settle(r: Classified, batch: FocusOp[], site: Site, reconcile: boolean): Promise<boolean> {
    return locked(async () => {
      const s = await load();
      if (r.ok) adopt(s, r, batch, site, reconcile);
      else fail(s, r, batch);
      await commit(s);
      return r.ok;
    });
  }

  /** One round with TickTick: pending ops in one batch with `lastPoint`, or a plain read. */
  async function exchangeOnce(): Promise<void> {
    const site = await resolveSite();
    if (!site) {
      await locked(async () => {
        const s = await load();
        fail(s, { error: 'no_auth_session' }, []); // no session cookie
        await commit(s);
      });
      return;
    }
    const s0 = await locked(load);
    // A reply went missing: TickTick may hold these ops already, so look before sending again.
    const reconcile = s0.uncertain && s0.queue.length > 0;
    if (reconcile) {
      const read = await client.focusOp(site, s0.point, []);
      if (!(await settle(read, [], site, true))) return;
    }
    const s1 = await locked(load);
    const blocked = waitsForUser(s1.error);
    const batch = blocked ? [] : s1.queue.slice();
    if (reconcile && !batch.length) return; // that read was the exchange
    const r = await client.focusOp(site, s1.point, batch);
    await settle(r, batch, site, false);
  }

  // Follow-ups started without awaiting (the caller already has its answer); tracked for settled().
  const tasks = new Set<Promise<unknown>>();
  function background(work: Promise<unknown>): void {
    const t = work.catch(() => undefined).finally(() => tasks.delete(t));
    tasks.add(t);
  }

  // At most one exchange in flight. A read asked for meanwhile joins it (it fetches fresh state
  // anyway, so a cold worker woken by an alarm makes one request, not two); new ops or a new
  // session (`again`) make it run once more.
  let running: Promise<void> | null = null;
  let rerun = false;
  function flush(again = false): Promise<void> {
    if (running) {
      rerun ||= again;
      return running;
    }
    running = (async () => {
      try {
        do {
          rerun = false;
          await exchangeOnce();
        } while (rerun);
      } finally {
        running = null; // in the same turn as the last `rerun` check: no request can slip between
      }
    })();
    return running;
  }

  /** Time ran out: look at TickTick first (another device may have ended it), then finish once. */
  async function naturalEnd(): Promise<void> {
    await flush();
    const sent = await locked(async () => {
      const s = await load();
      const now = p.now();
      const ops = planNaturalEnd(effective(s), { now, prefs: await p.state.prefs(), newId });
      const op = ops[0];
      if (!op) return false;
      s.queue.push(...ops);
      const key = `${op.oId}:${op.op}`;
      if (s.notified !== key && (await p.state.settings()).notify) {
        s.notified = key;
        const done = op.op === 'finish';
        await p.notify.show(key, p.t(done ? 'notifyFocusDoneTitle' : 'notifyBreakDoneTitle'),
          p.t(done ? 'notifyFocusDoneBody' : 'notifyBreakDoneBody'));
      }
      await commit(s);
      return true;
    });
    if (sent) await flush(true);
  }

  /** The user's TickTick rhythm, fetched on the slow poll when stale: auto-start needs it without a popup. */
  async function refreshPrefs(): Promise<void> {
    const s = await locked(load);
    if (!s.site || isSignedOut(s) || p.now() - (await p.state.prefsAt()) < PREFS_FRESH_MS) return;
    const body = await client.getJson(s.site, endpoints(s.site, p.base).prefs);
    if (body !== null) await p.state.savePrefs(parsePrefs(body), p.now());
  }

  async function act(req: ActionRequest): Promise<AppState> {
    const planned = await locked(async () => {
      const s = await load();
      const ops = planAction(req, effective(s), { now: p.now(), prefs: await p.state.prefs(), newId });
      if (ops.length) {
        // A newer note replaces one still waiting (typing is debounced, but a slow network is not).
        if (req.type === 'note') s.queue = s.queue.filter((o) => !(o.op === 'note' && o.oId === ops[0]!.oId));
        s.queue.push(...ops);
        s.notice = null;
        await commit(s);
      }
      return { s, ops };
    });
    if (planned.ops.length) background(flush(true));
    return planned.s;
  }

  return {
    act,

    /** Refresh from TickTick; resolves with the stored state at once, the reply lands in storage. */
    async sync(): Promise<AppState> {
      const s = await locked(load);
      background(flush());
      return s;
    },

    /** Worker start, browser start, install: restore badge and alarms, send what waits. */
    async wake(): Promise<void> {
      const s = await locked(async () => {
        const st = await load();
        await render(st);
        return st;
      });
      if (s.queue.length || p.now() - s.syncedAt > STALE_AFTER_MS) await flush();
    },

    async onAlarm(name: string): Promise<void> {
      if (name === ALARM_TICK) {
        const s = await locked(load);
        if (isDue(deriveView(effective(s), p.now()))) await naturalEnd();
        else await locked(async () => render(await load()));
      } else if (name === ALARM_POLL || name === ALARM_RETRY) {
        await flush();
        if (name === ALARM_POLL) await refreshPrefs();
      }
    },

    async onCommand(name: string): Promise<void> {
      if (name === COMMAND_TOGGLE) await act({ type: 'toggle' });
      else if (name === COMMAND_END) await act({ type: 'end' });
    },

    /**
     * A session cookie came or went: exchange with TickTick again. The cookies that remain decide
     * (signed out only when no site has a session), and ops waiting for sign-in go out now.
     */
    onSession: () => flush(true),

    /** The user asks to send a rejected batch again. */
    async retry(): Promise<AppState> {
      const s = await locked(async () => {
        const st = await load();
        Object.assign(st, { error: null, retry: null });
        return commit(st);
      });
      background(flush(true));
      return s;
    },

    /** The user gives up on ops TickTick refused; TickTick's state is shown again. */
    async discard(): Promise<AppState> {
      const s = await locked(async () => {
        const st = await load();
        Object.assign(st, { queue: [], uncertain: false, error: null, retry: null });
        return commit(st);
      });
      background(flush());
      return s;
    },

    /** Resolves when no exchange or state change is under way (tests, benchmarks). */
    async settled(): Promise<void> {
      while (running || tasks.size) await Promise.all([running, ...tasks]);
      await lock;
    },
  };
}

function minOf(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return Math.min(a, b);
}
