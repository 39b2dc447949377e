// The background's wiring: user actions, alarms and wake-ups become queued TickTick ops, sent by
// the TickTick outbox; the badge and alarms are a view of the stored state. Browser-free (ports.ts).
import { badgeFor, nextBadgeChange } from './badge';
import { ALARM_TICK, ALARM_POLL, ALARM_RETRY, COMMAND_TOGGLE, COMMAND_END, STALE_AFTER_MS, POLL_ACTIVE_MIN, POLL_IDLE_MIN, PREFS_FRESH_MS } from './config';
import { deriveView, isDue } from './focus-view';
import { planAction, planNaturalEnd, type ActionRequest } from './plan';
import { parsePrefs } from './rhythm';
import { objectIdFactory } from '../../kernel/object-id';
import { createOutbox } from '../../kernel/outbox';
import type { Ports } from './ports';
import { effective, isSignedOut, serverNow, type AppState } from './state';
import { waitsForUser } from './ticktick/errors';
import { getJson } from './ticktick/client';
import { endpoints } from './ticktick/hosts';
import { tickTickRound } from './ticktick/sync';
import { decideAway, pollWhileAway, PRESENT, type IdleState } from '../guard/away';

/** The notification shown when a focus was paused while the user was away (its button continues). */
export const AWAY_NOTICE = 'away';

export type Engine = ReturnType<typeof createEngine>;

/**
 * `observers` are told after every saved change of TickTick's state (the Zoho mirror, site
 * blocking follow it); they must not wait on anything: TickTick never waits for them.
 */
export function createEngine(p: Ports, observers: ((s: AppState) => void)[] = []) {
  const onState = (s: AppState) => observers.forEach((o) => o(s));
  const newId = objectIdFactory(p.random);
  /** A retry is scheduled and not due: only the user (or its alarm) asks TickTick before then. */
  const backingOff = (s: AppState) => !!s.retry && s.retry.at > p.now();

  /** Badge and alarms from the stored state; also what restores them after a restart. */
  async function render(s: AppState): Promise<void> {
    // Records are dated by TickTick's clock: a session started elsewhere runs out by it.
    const now = serverNow(s, p.now());
    const local = (t: number | null) => (t === null ? null : t - (now - p.now()));
    const view = deriveView(effective(s), now);
    const settings = await p.state.settings();
    const shown = badgeFor(view, isSignedOut(s) || (waitsForUser(s.error) && s.queue.length > 0));
    const look = settings.badge === 'off' && shown.text !== '!' ? { ...shown, text: '' } : shown;
    const phase = view.phase === 'idle' ? '' : ` · ${p.t(`phase_${view.phase}`)}`;
    const task = view.phase !== 'idle' && view.taskTitle ? ` · ${view.taskTitle}` : '';
    await p.badge.show(look, `${p.t('extName')}${phase}${task}${s.error ? ` · ${s.error.message}` : ''}`);

    const wake = isDue(view) ? p.now() + 1000 : local(minOf(nextBadgeChange(view, now), view.endsAt));
    await p.alarms.at(ALARM_TICK, wake);
    // Nobody there and nothing running: no polling at all until the user is back.
    const away = (await p.presence.get()).awaySince !== null;
    if (away && !pollWhileAway(view)) await p.alarms.at(ALARM_POLL, null);
    else await p.alarms.every(ALARM_POLL, view.phase === 'idle' ? POLL_IDLE_MIN : POLL_ACTIVE_MIN);
    await p.alarms.at(ALARM_RETRY, s.retry?.at ?? null);
  }

  const box = createOutbox<AppState>({
    load: () => p.state.load(),
    save: (s) => p.state.save(s),
    async afterSave(s) {
      await render(s);
      onState(s);
    },
    round: tickTickRound(p),
  });

  /** A pomodoro (or break) ran out: the notification and the sound, each as the user set them. */
  async function alert(focusDone: boolean, force = false): Promise<void> {
    const settings = await p.state.settings();
    if (settings.notify || force) {
      await p.notify.show(focusDone ? 'focusDone' : 'breakDone', p.t(focusDone ? 'notifyFocusDoneTitle' : 'notifyBreakDoneTitle'),
        p.t(focusDone ? 'notifyFocusDoneBody' : 'notifyBreakDoneBody'));
    }
    const sound = force && settings.sound.name === 'off' ? { ...settings.sound, name: 'chime' } : settings.sound;
    if (sound.name !== 'off') await p.sound.play(sound.name, sound.volume).catch(() => undefined); // a missing sound is no failure
  }

  /** Time ran out: look at TickTick first (another device may have ended it), then finish once. */
  async function naturalEnd(): Promise<void> {
    await box.flush();
    const sent = await box.change(async (s) => {
      const ops = planNaturalEnd(effective(s), { now: serverNow(s, p.now()), prefs: await p.state.prefs(), newId });
      const op = ops[0];
      if (!op) return false;
      s.queue.push(...ops);
      const key = `${op.oId}:${op.op}`;
      if (s.notified !== key) {
        s.notified = key;
        await alert(op.op === 'finish');
      }
      return true;
    });
    if (sent) await box.flush(true);
  }

  /** The user's TickTick rhythm, fetched on the slow poll when stale: auto-start needs it without a popup. */
  async function refreshPrefs(): Promise<void> {
    const s = await box.load();
    if (!s.site || isSignedOut(s) || p.now() - (await p.state.prefsAt()) < PREFS_FRESH_MS) return;
    const body = await getJson(p, s.site, endpoints(s.site, p.base).prefs);
    if (body !== null) await p.state.savePrefs(parsePrefs(body), p.now());
  }

  async function act(req: ActionRequest): Promise<AppState> {
    const { s, ops } = await box.locked(async () => {
      const st = await p.state.load();
      const planned = planAction(req, effective(st), { now: serverNow(st, p.now()), prefs: await p.state.prefs(), newId });
      if (planned.length) {
        // A newer note replaces one still waiting (typing is debounced, but a slow network is not).
        if (req.type === 'note') st.queue = st.queue.filter((o) => !(o.op === 'note' && o.oId === planned[0]!.oId));
        st.queue.push(...planned);
        st.notice = null;
        await p.state.save(st);
        await render(st);
        onState(st);
      }
      return { s: st, ops: planned };
    });
    if (ops.length) box.background(box.flush(true));
    return s;
  }

  /** Sets fields of the state (user's Retry / Discard), then exchanges with TickTick. */
  async function reset(patch: Partial<AppState>, again: boolean): Promise<AppState> {
    const s = await box.change((st) => Object.assign(st, patch));
    box.background(box.flush(again));
    return s;
  }

  return {
    act,

    /**
     * Refresh from TickTick; resolves with the stored state at once, the reply lands in storage.
     * While a retry is scheduled the refresh waits for it: a failing TickTick is not asked faster
     * because a popup is open.
     */
    async sync(): Promise<AppState> {
      const s = await box.load();
      if (!backingOff(s)) box.background(box.flush());
      return s;
    },

    /** Worker start, browser start, install: restore badge and alarms, send what waits. */
    async wake(): Promise<void> {
      const s = await box.locked(async () => {
        const st = await p.state.load();
        await render(st);
        return st;
      });
      if (!backingOff(s) && (s.queue.length || p.now() - s.syncedAt > STALE_AFTER_MS)) await box.flush();
    },

    async onAlarm(name: string): Promise<void> {
      if (name === ALARM_TICK) {
        const s = await box.load();
        if (isDue(deriveView(effective(s), serverNow(s, p.now())))) await naturalEnd();
        else await box.locked(async () => render(await p.state.load()));
      } else if (name === ALARM_POLL || name === ALARM_RETRY) {
        const [s, presence] = await Promise.all([box.load(), p.presence.get()]);
        if (name === ALARM_POLL && (backingOff(s) || (presence.awaySince !== null && !pollWhileAway(deriveView(effective(s), p.now()))))) return;
        await box.flush();
        if (name === ALARM_POLL) await refreshPrefs();
      }
    },

    /** The browser says the user left (`idle`, `locked`) or is back (`active`). */
    async onIdle(event: IdleState, detectionSec: number): Promise<void> {
      const [s, presence, settings] = await Promise.all([box.load(), p.presence.get(), p.state.settings()]);
      const view = deriveView(effective(s), p.now());
      const d = decideAway(event, view, settings.away, presence, p.now(), detectionSec);
      if (d.kind === 'away') {
        await p.presence.set({ awaySince: d.since, pausedSession: d.pauseAt !== null ? view.sessionId : presence.pausedSession, pausedAt: d.pauseAt ?? presence.pausedAt });
        if (d.pauseAt !== null) await act({ type: 'pause', at: d.pauseAt });
        else await box.locked(async () => render(await p.state.load()));
      } else if (d.kind === 'back') {
        await p.presence.set(PRESENT);
        if (d.notify && d.pausedAt !== null) {
          const at = new Date(d.pausedAt).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
          await p.notify.show(AWAY_NOTICE, p.t('awayTitle'), p.t('awayBody', [at]), p.t('btnContinue'));
        }
        await box.flush(); // one read of TickTick's state now that someone looks again
        await box.locked(async () => render(await p.state.load()));
      }
    },

    /** Options' "Test notification and sound". */
    testAlert: () => alert(true, true),

    async onCommand(name: string): Promise<void> {
      if (name === COMMAND_TOGGLE) await act({ type: 'toggle' });
      else if (name === COMMAND_END) await act({ type: 'end' });
    },

    /**
     * A session cookie came or went: exchange with TickTick again. The cookies that remain decide
     * (signed out only when no site has a session), and ops waiting for sign-in go out now.
     */
    onSession: () => box.flush(true),

    /** The user asks to send a rejected batch again. */
    retry: () => reset({ error: null, retry: null }, true),

    /** The user gives up on the batch TickTick refused; ops made after it still go out. */
    async discard(): Promise<AppState> {
      const s = await box.change((st) => {
        const refused = st.error?.ops ?? st.queue.map((o) => o.id);
        const keep = (id: string) => !refused.includes(id);
        return Object.assign(st, { queue: st.queue.filter((o) => keep(o.id)), inflight: st.inflight.filter(keep), error: null, retry: null });
      });
      box.background(box.flush(s.queue.length > 0));
      return s;
    },

    /** Resolves when no exchange or state change is under way (tests, benchmarks). */
    settled: () => box.settled(),
  };
}

function minOf(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return Math.min(a, b);
}
