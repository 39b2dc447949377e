// The focus feature's worker part: user actions, alarms and wake-ups become queued TickTick ops,
// sent by the TickTick outbox; the badge, alarms and observers are views of each saved state
// (features/focus/render.ts). Browser-free (ports.ts).
import { ALARM_TICK, ALARM_POLL, ALARM_RETRY, COMMAND_TOGGLE, COMMAND_END, STALE_AFTER_MS, PREFS_FRESH_MS } from './config';
import { isDue } from './focus-view';
import { planNaturalEnd } from './natural-end';
import { planAction, type ActionRequest } from './plan';
import { parsePrefs } from './rhythm';
import { createCore, type Core, type Observer } from './engine-core';
import type { Ports } from './ports';
import { effective, isSignedOut, serverNow, type AppState } from './state';
import { getJson } from './ticktick/client';
import { endpoints } from './ticktick/hosts';

export type Engine = ReturnType<typeof createEngine>;
export type { Observer };

/**
 * One click: the state read once, the ops planned and saved, then sent at once; badge, alarms
 * and observers follow on their own chain.
 */
async function act({ p, box, newId, show }: Core, req: ActionRequest): Promise<AppState> {
  const { s, ops } = await box.locked(async () => {
    const st = await p.state.load();
    const planned = planAction(req, effective(st), { now: serverNow(st, p.now()), prefs: await p.state.prefs(), newId });
    if (planned.length) {
      // A newer note replaces one still waiting (typing is debounced, but a slow network is not).
      if (req.type === 'note') st.queue = st.queue.filter((o) => !(o.op === 'note' && o.oId === planned[0]!.oId));
      st.queue.push(...planned);
      st.notice = null;
      await p.state.save(st);
    }
    return { s: st, ops: planned };
  });
  if (ops.length) {
    box.background(box.flush(true));
    box.background(show(s));
  }
  return s;
}

/** Time ran out: look at TickTick first (another device may have ended it), then finish once. */
async function naturalEnd({ p, box, newId }: Core): Promise<void> {
  await box.flush();
  const sent = await box.change(async (s) => {
    const ops = planNaturalEnd(effective(s), { now: serverNow(s, p.now()), prefs: await p.state.prefs(), newId });
    const op = ops[0];
    if (!op) return false;
    s.queue.push(...ops);
    const key = `${op.oId}:${op.op}`;
    if (s.notified !== key) {
      s.notified = key;
      box.background(p.alert(op.op === 'finish'));
    }
    return true;
  });
  if (sent) await box.flush(true);
}

/** The user's TickTick rhythm, fetched on the slow poll when stale: auto-start needs it without a popup. */
async function refreshPrefs({ p, box }: Core): Promise<void> {
  const s = await box.load();
  if (!s.site || isSignedOut(s) || p.now() - (await p.state.prefsAt()) < PREFS_FRESH_MS) return;
  const body = await getJson(p, s.site, endpoints(s.site, p.base).prefs);
  if (body !== null) await p.state.savePrefs(parsePrefs(body), p.now());
}

async function onAlarm(c: Core, name: string): Promise<void> {
  const { p, box } = c;
  if (name === ALARM_TICK) {
    const s = await box.load();
    if (isDue(c.viewOf(s))) await naturalEnd(c);
    else await c.show(await box.load());
  } else if (name === ALARM_POLL || name === ALARM_RETRY) {
    const [s, away] = await Promise.all([box.load(), p.away()]);
    // Nobody there and nothing running: no poll until the user is back.
    if (name === ALARM_POLL && (c.backingOff(s) || (away && c.viewOf(s).phase === 'idle'))) return;
    await box.flush();
    if (name === ALARM_POLL) await refreshPrefs(c);
  }
}

/** Worker start, browser start, install: restore badge and alarms, send what waits. */
async function wake({ p, box, show, backingOff }: Core): Promise<void> {
  const s = await box.load();
  await show(s);
  if (!backingOff(s) && (s.queue.length || p.now() - s.syncedAt > STALE_AFTER_MS)) await box.flush();
}

/** The user gives up on the batch TickTick refused; ops made after it still go out. */
async function discard({ box }: Core): Promise<AppState> {
  const s = await box.change((st) => {
    const refused = st.error?.ops ?? st.queue.map((o) => o.id);
    const keep = (id: string) => !refused.includes(id);
    return Object.assign(st, { queue: st.queue.filter((o) => keep(o.id)), inflight: st.inflight.filter(keep), error: null, retry: null });
  });
  box.background(box.flush(s.queue.length > 0));
  return s;
}

/**
 * The focus feature's worker part. `observers` are told after every saved change of TickTick's
 * state (the Zoho mirror, site blocking follow it); TickTick never waits for them, nor for the
 * badge and alarms.
 */
export function createEngine(p: Ports, observers: Observer[] = []) {
  const c = createCore(p, observers);
  const { box } = c;
  return {
    act: (req: ActionRequest) => act(c, req),
    /** The stored state once no change is under way (the idle policy reads it, features/guard/idle.ts). */
    load: () => box.load(),
    /** The focus as the worker holds it now (the end's repeat and heads-up, features/alerts/). */
    view: async () => c.viewOf(await box.load()),
    /** Badge, alarms and observers again from the stored state (someone left or came back). */
    redraw: async () => c.show(await box.load()),
    /** One exchange with TickTick. */
    flush: () => box.flush(),
    /**
     * Refresh from TickTick; resolves with the stored state at once, the reply lands in storage.
     * While a retry is scheduled the refresh waits for it: a failing TickTick is not asked faster
     * because a popup is open.
     */
    async sync(): Promise<AppState> {
      const s = await box.load();
      if (!c.backingOff(s)) box.background(box.flush());
      return s;
    },
    wake: () => wake(c),
    onAlarm: (name: string) => onAlarm(c, name),
    async onCommand(name: string): Promise<void> {
      if (name === COMMAND_TOGGLE) await act(c, { type: 'toggle' });
      else if (name === COMMAND_END) await act(c, { type: 'end' });
    },
    /**
     * A session cookie came or went: exchange with TickTick again. The cookies that remain decide
     * (signed out only when no site has a session), and ops waiting for sign-in go out now.
     */
    onSession: () => box.flush(true),
    /** The user asks to send a rejected batch again. */
    async retry(): Promise<AppState> {
      const s = await box.change((st) => Object.assign(st, { error: null, retry: null }));
      box.background(box.flush(true));
      return s;
    },
    discard: () => discard(c),
    /** Resolves when no exchange, state change or view of one is under way (tests, benchmarks). */
    async settled(): Promise<void> {
      await box.settled();
      await c.shown();
    },
  };
}
