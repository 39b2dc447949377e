// Pause when the user walks away, as the worker runs it: the engine's parts are passed in (here
// recorded, then the real engine against the fake TickTick).
import { beforeEach, describe, expect, it } from 'vitest';
import { applyOps } from '../../../features/focus/apply-op';
import { createEngine } from '../../../features/focus/engine';
import { deriveView } from '../../../features/focus/focus-view';
import { effective, initialState, type AppState } from '../../../features/focus/state';
import { AWAY_NOTICE, createIdle, type IdlePorts } from '../../../features/guard/idle';
import { PRESENT, type Presence } from '../../../features/guard/presence';
import type { AwaySettings } from '../../../features/guard/settings';
import { formatOpTime } from '../../../kernel/time';
import { fakePorts } from '../../browser/fakes';
import { at, seedPause, seedStart } from '../../seed';

const now = at('2025-11-13T10:20:00.000+0000');
const session = seedStart.opList[0]!.oId;
const running: AppState = { ...initialState(), current: applyOps(null, seedStart.opList) };
const paused: AppState = { ...initialState(), current: applyOps(null, [...seedStart.opList, ...seedPause.opList]) };
const both: AwaySettings = { pauseOnLock: true, idleMinutes: 5 };
const clock = (ms: number) => new Date(ms).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });

/** The engine's parts, recorded in the order they were asked for. */
function recorded(state: AppState, away: AwaySettings = both, was: Presence = PRESENT) {
  const calls: unknown[] = [];
  let presence = { ...was };
  const ports: IdlePorts = {
    load: async () => structuredClone(state),
    presence: { get: async () => ({ ...presence }), set: async (p) => void (presence = { ...p }) },
    away: async () => away,
    act: async (req) => void calls.push(req),
    render: async () => void calls.push('render'),
    flush: async () => void calls.push('flush'),
    notify: { show: async (id, title, message, opts) => void calls.push({ id, title, message, button: opts?.buttons?.[0] }), clear: async () => undefined },
    t: (key, subs) => (subs?.length ? `${key}(${subs.join(',')})` : key),
    now: () => now,
  };
  return { idle: createIdle(ports), calls, presence: () => presence };
}

describe('walking away', () => {
  it('idle during a focus: paused when the user left (now − threshold), and remembered for the return', async () => {
    const r = recorded(running);
    await r.idle.onIdle('idle', 300);
    expect(r.calls).toEqual([{ type: 'pause', at: now - 300_000 }]); // the pause renders itself
    expect(r.presence()).toEqual({ awaySince: now - 300_000, pausedSession: session, pausedAt: now - 300_000 });
  });
  it('locked after idle, already paused: the first leave stays, nothing paused again, badge and alarms redrawn', async () => {
    const left = { awaySince: now - 300_000, pausedSession: session, pausedAt: now - 300_000 };
    const r = recorded(paused, both, left);
    await r.idle.onIdle('locked', 300);
    expect(r.calls).toEqual(['render']);
    expect(r.presence()).toEqual(left);
  });
  it('nothing running, or the settings off: away is noted (no polling), nothing paused', async () => {
    const r = recorded(initialState());
    await r.idle.onIdle('locked', 900);
    expect(r.calls).toEqual(['render']);
    expect(r.presence()).toEqual({ awaySince: now, pausedSession: null, pausedAt: null });
    const off = recorded(running, { pauseOnLock: false, idleMinutes: 0 });
    await off.idle.onIdle('locked', 900);
    expect(off.calls).toEqual(['render']);
  });
  it('back after we paused: a notification with Continue, one read of TickTick, never a continue', async () => {
    const r = recorded(paused, both, { awaySince: now - 600_000, pausedSession: session, pausedAt: now - 600_000 });
    await r.idle.onIdle('active', 300);
    expect(r.calls).toEqual([
      { id: AWAY_NOTICE, title: 'awayTitle', message: `awayBody(${clock(now - 600_000)})`, button: 'btnContinue' }, 'flush', 'render',
    ]);
    expect(r.presence()).toEqual(PRESENT);
  });
  it('back when nothing was paused: no notification; back while never away: nothing at all', async () => {
    const r = recorded(initialState(), both, { awaySince: now - 600_000, pausedSession: null, pausedAt: null });
    await r.idle.onIdle('active', 300);
    expect(r.calls).toEqual(['flush', 'render']);
    const here = recorded(running);
    await here.idle.onIdle('active', 300);
    expect(here.calls).toEqual([]);
  });
});

describe('with the engine', () => {
  it('the pause reaches TickTick dated when the user left; the notification\'s Continue continues it', async () => {
    const f = fakePorts();
    const engine = createEngine(f.ports);
    await engine.wake();
    f.settings.away = both;
    const idle = createIdle({
      load: engine.load, presence: f.presencePort, away: async () => f.settings.away, act: engine.act,
      render: engine.redraw, flush: engine.flush, notify: f.notify, t: f.ports.t, now: f.ports.now,
    });
    await engine.act({ type: 'start' });
    await engine.settled();
    f.advance(10 * 60_000);
    await idle.onIdle('idle', 300);
    await engine.settled();
    const pause = f.tt.applied.at(-1)!;
    expect([pause.op, pause.time]).toEqual(['pause', formatOpTime(f.now - 300_000)]);
    expect(deriveView(effective(f.state), f.now).remainingMs).toBe(20 * 60_000); // 5 focused minutes, not 10
    await idle.onNotice('focusDone'); // another notification continues nothing
    await engine.settled();
    expect(f.tt.current?.status).toBe(1);
    await idle.onNotice(AWAY_NOTICE);
    await engine.settled();
    expect(f.tt.current?.status).toBe(0);
  });
});

describe('walking away, wired as app/worker.ts wires it', () => {
  let f: ReturnType<typeof fakePorts>;
  let engine: ReturnType<typeof createEngine>;
  let idle: ReturnType<typeof createIdle>;
  const view = () => deriveView(effective(f.state), f.now);
  const act = async (type: 'start') => {
    await engine.act({ type });
    await engine.settled();
  };
  beforeEach(async () => {
    f = fakePorts();
    engine = createEngine(f.ports);
    idle = createIdle({
      load: engine.load, presence: f.presencePort, away: async () => f.settings.away, act: engine.act,
      render: engine.redraw, flush: engine.flush, notify: f.notify, t: f.ports.t, now: f.ports.now,
    });
    await engine.wake();
    await engine.settled();
  });

  it('idle during a focus: pause dated at the idle start; back: a notification with Continue, never a continue', async () => {
    f.settings.away = { pauseOnLock: true, idleMinutes: 5 };
    await act('start');
    f.advance(10 * 60_000);
    await idle.onIdle('idle', 300);
    await engine.settled();
    const pause = f.tt.applied.at(-1)!;
    expect([pause.op, pause.time]).toEqual(['pause', formatOpTime(f.now - 300_000)]);
    expect(view().remainingMs).toBe(20 * 60_000); // 5 focused minutes counted, not 10
    f.advance(30 * 60_000);
    await idle.onIdle('active', 300);
    await engine.settled();
    expect(f.notifications.at(-1)).toMatchObject({ id: 'away', title: 'awayTitle', buttons: ['btnContinue'] });
    expect(f.tt.current?.status).toBe(1); // still paused: the user decides
  });

  it('away with nothing running: no poll at all; back: one read', async () => {
    f.settings.away = { pauseOnLock: true, idleMinutes: 5 };
    await idle.onIdle('locked', 300);
    await engine.settled();
    expect(f.alarms.has('poll')).toBe(false);
    const before = f.tt.focusRequests().length;
    await engine.onAlarm('poll'); // an alarm already on its way changes nothing
    await engine.settled();
    expect(f.tt.focusRequests().length).toBe(before);
    await idle.onIdle('active', 300);
    await engine.settled();
    expect(f.tt.focusRequests().length).toBe(before + 1);
    expect(f.alarms.get('poll')?.period).toBe(3);
  });
});
