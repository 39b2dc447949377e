import { beforeEach, describe, expect, it } from 'vitest';
import { COLOR_ALERT, COLOR_FOCUS, COLOR_PAUSED, COLOR_BREAK, RETRY_BASE_MS, RETRY_MAX_MS, BUSY_RETRIES, FRESH_CURSOR_MS } from '../../../features/focus/config';
import { createEngine, type Engine } from '../../../features/focus/engine';
import { deriveView } from '../../../features/focus/focus-view';
import { effective } from '../../../features/focus/state';
import { formatOpTime } from '../../../kernel/time';
import { fakePorts } from '../../browser/fakes';

let f: ReturnType<typeof fakePorts>;
let engine: Engine;
const ops = () => f.tt.focusRequests().map((r) => r.body!.opList.map((o) => o.op));
const view = () => deriveView(effective(f.state), f.now);

async function act(type: 'start' | 'pause' | 'continue' | 'end' | 'toggle' | 'startBreak' | 'skipBreak') {
  await engine.act({ type });
  await engine.settled();
}

beforeEach(async () => {
  f = fakePorts();
  engine = createEngine(f.ports);
  await engine.wake();
  await engine.settled();
});

describe('focus loop against the fake TickTick', () => {
  it('start: one op on the wire, badge 25 in focus colour, then pause/continue keep the session', async () => {
    await act('start');
    const [read, start] = f.tt.focusRequests();
    // A first sync asks for the last minutes only, never the account's whole history.
    expect(read!.body).toEqual({ lastPoint: f.now - FRESH_CURSOR_MS, opList: [] });
    expect(start!.body!.lastPoint).toBeGreaterThan(0);
    const op = start!.body!.opList[0]!;
    expect(op).toMatchObject({ op: 'start', oType: 0, duration: 25, manual: true, focusOnId: '', note: '', time: formatOpTime(f.now) });
    expect(op.firstFocusId).toBe(op.oId);
    expect(f.badge.look).toEqual({ text: '25', color: COLOR_FOCUS });
    expect(f.tt.current?.status).toBe(0);

    f.advance(60_000);
    await act('pause');
    expect(f.tt.current?.status).toBe(1);
    expect(f.tt.focusRequests().at(-1)!.body!.opList[0]).toMatchObject({ op: 'pause', oId: op.oId });
    expect(f.badge.look).toEqual({ text: '24', color: COLOR_PAUSED });
    f.advance(10 * 60_000);
    expect(view().remainingMs).toBe(24 * 60_000);

    await act('continue');
    expect(f.tt.current?.status).toBe(0);
    expect(ops()).toEqual([[], ['start'], ['pause'], ['continue']]);
  });

  it('every request carries the point of the reply before it; a fresh cursor only on the first', async () => {
    await act('start');
    await act('pause');
    await engine.sync();
    await engine.settled();
    const reqs = f.tt.focusRequests();
    expect(reqs[0]!.body!.lastPoint).toBe(f.now - FRESH_CURSOR_MS);
    expect(reqs.slice(1).every((r, i) => r.body!.lastPoint === reqs[i]!.replyPoint)).toBe(true);
    expect(f.state.point).toBe(f.tt.point);
    expect(reqs.every((r) => r.csrf === 'sandbox-csrf-51be')).toBe(true);
  });

  it('ending under 5 minutes sends drop and exit in one request', async () => {
    await act('start');
    f.advance(2 * 60_000);
    await act('end');
    expect(ops().at(-1)).toEqual(['drop', 'exit']);
    expect(f.tt.current).toMatchObject({ status: 3, exited: true });
    expect(f.badge.look.text).toBe('');
  });

  it('ending at 5 minutes or more sends finish then exit', async () => {
    await act('start');
    f.advance(6 * 60_000);
    await act('end');
    expect(ops().at(-1)).toEqual(['finish', 'exit']);
    expect(f.tt.current).toMatchObject({ status: 2, exited: true });
  });

  it('a double press sends one pause; a toggle decides from the fresh state', async () => {
    await act('start');
    await Promise.all([engine.act({ type: 'pause' }), engine.act({ type: 'pause' })]);
    await engine.settled();
    await Promise.all([engine.onCommand('toggle-focus'), engine.onCommand('toggle-focus')]);
    await engine.settled();
    expect(ops().flat()).toEqual(['start', 'pause', 'continue', 'pause']);
  });
});

describe('the queue never loses or repeats an op', () => {
  it('offline: the pause waits in storage, retries with backoff, and is delivered once', async () => {
    await act('start');
    f.setOffline(true);
    await act('pause');
    expect(f.state.queue.map((o) => o.op)).toEqual(['pause']);
    expect(f.state.error?.error).toBe('offline');
    expect(view().phase).toBe('paused'); // optimistic
    const retryAt = f.alarms.get('retry')!.when!;
    expect(retryAt - f.now).toBeGreaterThanOrEqual(RETRY_BASE_MS / 2);

    f.setOffline(false);
    f.advance(retryAt - f.now);
    await engine.onAlarm('retry');
    await engine.settled();
    expect(f.state.queue).toEqual([]);
    expect(f.state.error).toBeNull();
    expect(f.tt.applied.filter((a) => a.op === 'pause')).toHaveLength(1);
    expect(f.tt.duplicates()).toEqual([]);
  });

  it('a reply lost after TickTick applied the batch: it reads first and does not send again', async () => {
    await act('start');
    f.tt.setFault('hang', { times: 1, apply: true });
    await act('pause');
    expect(f.state.inflight).toEqual([f.state.queue[0]!.id]); // saved before it left
    await engine.onAlarm('retry');
    await engine.settled();
    expect(f.state.queue).toEqual([]);
    expect(f.tt.duplicates()).toEqual([]);
    expect(f.tt.current?.status).toBe(1);
  });

  it('a lost reply when TickTick did not apply it: the op is sent again, once', async () => {
    await act('start');
    f.tt.setFault('hang', { times: 1 });
    await act('pause');
    await engine.onAlarm('retry');
    await engine.settled();
    expect(f.tt.applied.filter((a) => a.op === 'pause')).toHaveLength(1);
    expect(f.tt.current?.status).toBe(1);
  });

  it('backoff grows and is capped', async () => {
    await act('start');
    f.setOffline(true);
    await act('pause');
    const waits: number[] = [];
    for (let i = 0; i < 12; i++) {
      const at = f.alarms.get('retry')!.when!;
      waits.push(at - f.now);
      f.advance(at - f.now);
      await engine.onAlarm('retry');
      await engine.settled();
    }
    expect(waits[1]!).toBeGreaterThan(waits[0]!);
    expect(Math.max(...waits)).toBeLessThanOrEqual(RETRY_MAX_MS);
    expect(f.state.queue).toHaveLength(1);
  });

  it('too_busy retries after 1–2 s, a few times, then backs off', async () => {
    await act('start');
    f.tt.setFault('too_busy');
    await act('pause');
    const wait = f.alarms.get('retry')!.when! - f.now;
    expect(wait).toBeGreaterThanOrEqual(1000);
    expect(wait).toBeLessThanOrEqual(2000);
    for (let i = 0; i < BUSY_RETRIES; i++) {
      await engine.onAlarm('retry');
      await engine.settled();
    }
    expect(f.alarms.get('retry')!.when! - f.now).toBeGreaterThan(2000);
    f.tt.clearFaults();
    await engine.onAlarm('retry');
    await engine.settled();
    expect(f.state.queue).toEqual([]);
  });

  it('refused (4xx): the op stays, polls only read, the user retries or discards', async () => {
    await act('start');
    f.tt.setFault('rejected', { times: 1 });
    await act('pause');
    expect(f.state.error?.error).toBe('rejected');
    expect(f.state.queue).toHaveLength(1);
    expect(f.alarms.has('retry')).toBe(false);
    await engine.onAlarm('poll');
    await engine.settled();
    expect(f.tt.focusRequests().at(-1)!.body!.opList).toEqual([]);
    expect(f.state.error?.error).toBe('rejected');
    await engine.retry();
    await engine.settled();
    expect(f.state.queue).toEqual([]);
    expect(f.tt.current?.status).toBe(1);

    f.tt.setFault('rejected', { times: 1 });
    await act('continue');
    await engine.discard();
    await engine.settled();
    expect(f.state.queue).toEqual([]);
    expect(view().phase).toBe('paused'); // TickTick's state again
  });

  it('signed out: the badge keeps the minutes in the alert colour, the op is kept, and sent once the session cookie appears', async () => {
    await act('start');
    f.cookies.t = false;
    await act('pause');
    expect(f.state.error).toMatchObject({ error: 'no_auth_session', message: 'err_no_auth_session' });
    expect(f.badge.look).toEqual({ text: '25', color: COLOR_ALERT });
    expect(f.badge.title).toContain('err_no_auth_session');
    expect(f.state.queue).toHaveLength(1);
    f.cookies.t = true;
    await engine.onSession();
    await engine.settled();
    expect(f.state.queue).toEqual([]);
    expect(f.tt.current?.status).toBe(1);
    expect(f.badge.look).toEqual({ text: '25', color: COLOR_PAUSED });
  });

  it('the session cookie going and coming back: signed out, then synced again without user action', async () => {
    await act('start');
    f.cookies.t = false;
    await engine.onSession();
    expect(f.badge.look).toEqual({ text: '25', color: COLOR_ALERT });
    f.cookies.t = true;
    await engine.onSession();
    expect(f.state.error).toBeNull();
    expect(f.badge.look.text).toBe('25');
  });

  it('an expired session (401) reads as signed out too', async () => {
    await act('start');
    f.tt.setFault('status', { code: 401, errorCode: 'user_not_sign_on', times: 1 });
    await act('pause');
    expect(f.state.error?.error).toBe('no_auth_session');
    expect(f.state.queue).toHaveLength(1);
  });
});

describe('other devices and the clock', () => {
  it('a pause on the phone is adopted with a notice', async () => {
    await act('start');
    f.advance(3 * 60_000);
    f.tt.device.pause();
    await engine.onAlarm('poll');
    await engine.settled();
    expect(view().phase).toBe('paused');
    expect(f.state.notice?.key).toBe('remotePaused');
    expect(f.badge.look).toEqual({ text: '22', color: COLOR_PAUSED });
  });

  it('a focus started on the phone shows on the badge after the next poll', async () => {
    f.tt.device.start({ agoSec: 120 });
    await engine.onAlarm('poll');
    await engine.settled();
    expect(f.badge.look.text).toBe('23');
    expect(f.state.notice?.key).toBe('remoteStarted');
    expect(f.alarms.get('poll')!.period).toBe(1);
  });

  it('natural end: finish with manual false at start + 25 min + pauses, even when woken late', async () => {
    await act('start');
    const started = f.now;
    f.advance(60_000);
    await act('pause');
    f.advance(30_000);
    await act('continue');
    expect(f.alarms.get('tick')!.when).toBeLessThanOrEqual(started + 25 * 60_000 + 30_000);
    f.advance(40 * 60_000); // the worker slept through the end
    await engine.onAlarm('tick');
    await engine.settled();
    const fin = f.tt.applied.find((a) => a.op === 'finish')!;
    expect(fin).toMatchObject({ manual: false, time: formatOpTime(started + 25 * 60_000 + 30_000) });
    expect(view().phase).toBe('finished');
    expect(f.notifications).toHaveLength(1);
  });

  it('natural end already finished on another device: no second finish', async () => {
    await act('start');
    const started = f.now;
    f.advance(26 * 60_000);
    f.tt.device.finish(started + 25 * 60_000);
    await engine.onAlarm('tick');
    await engine.settled();
    expect(f.tt.applied.filter((a) => a.op === 'finish')).toHaveLength(1);
    expect(f.tt.applied.find((a) => a.op === 'finish')!.by).toBe('device');
    expect(f.state.notice).toBeNull();
  });

  it('break: start it, and its natural end sends endBreak', async () => {
    await act('start');
    f.advance(26 * 60_000);
    await engine.onAlarm('tick');
    await engine.settled();
    await act('startBreak');
    expect(view().phase).toBe('break');
    expect(f.badge.look).toEqual({ text: '5', color: COLOR_BREAK });
    f.advance(6 * 60_000);
    await engine.onAlarm('tick');
    await engine.settled();
    expect(f.tt.applied.at(-1)).toMatchObject({ op: 'endBreak', manual: false });
    expect(view().phase).toBe('idle');
  });

  it('a new engine over the same storage (worker restart) restores badge and alarms', async () => {
    await act('start');
    f.advance(90_000);
    f.badge.look = { text: '', color: '' };
    f.alarms.clear();
    const restarted = createEngine(f.ports);
    await restarted.wake();
    await restarted.settled();
    expect(f.badge.look.text).toBe('24');
    expect(f.alarms.get('tick')?.when).toBeGreaterThan(f.now);
    expect(f.alarms.get('poll')?.period).toBe(1);
  });

  it('plans with the user\'s TickTick preferences: pomo length, break length', async () => {
    f.prefs.pomoDuration = 50;
    f.prefs.shortBreakDuration = 10;
    await act('start');
    expect(f.tt.current?.duration).toBe(50);
    f.advance(51 * 60_000);
    await engine.onAlarm('tick');
    await engine.settled();
    await act('startBreak');
    expect(f.tt.current?.focusBreak.duration).toBe(10);
  });
});

describe('flush scheduling', () => {
  it('an op queued at any moment of a finishing exchange still goes out without waiting for a poll', async () => {
    for (let delay = 0; delay < 80; delay++) {
      const g = fakePorts();
      const e = createEngine(g.ports);
      await e.act({ type: 'start' });
      await e.settled();
      void e.act({ type: 'pause' });
      for (let i = 0; i < delay; i++) await Promise.resolve(); // land anywhere in the pause's exchange
      await e.act({ type: 'continue' });
      await e.settled();
      expect(g.state.queue, `continue queued after ${delay} microtasks`).toEqual([]);
    }
  });

  it('after a lost reply already applied, one read settles it: no second request', async () => {
    await act('start');
    f.tt.setFault('hang', { times: 1, apply: true });
    await act('pause');
    const before = f.tt.focusRequests().length;
    await engine.onAlarm('retry');
    await engine.settled();
    expect(f.tt.focusRequests().length - before).toBe(1);
    expect(f.tt.focusRequests().at(-1)!.body!.opList).toEqual([]);
  });
});

describe('no request twice for one wake-up', () => {
  it('an alarm that wakes a cold worker makes one read, not two', async () => {
    await act('start');
    f.advance(3 * 60_000); // stale: the worker's start-up refresh wants a read too
    const before = f.tt.focusRequests().length;
    const cold = createEngine(f.ports);
    await Promise.all([cold.wake(), cold.onAlarm('poll')]);
    await cold.settled();
    expect(f.tt.focusRequests().length - before).toBe(1);
  });

  it('an op made while a read is in flight still goes out right after it', async () => {
    f.advance(60_000);
    const read = engine.sync();
    await engine.act({ type: 'start' });
    await read;
    await engine.settled();
    expect(f.tt.current?.status).toBe(0);
    expect(f.state.queue).toEqual([]);
  });
});

describe('a focus about a task, with a note and the user\'s rhythm', () => {
  const rhythm = { pomoDuration: 30, shortBreakDuration: 7, longBreakDuration: 20, longBreakInterval: 3, autoBreak: true };
  async function withRhythm() {
    f = fakePorts(Date.parse('2026-11-23T09:00:00Z'), { prefs: rhythm });
    engine = createEngine(f.ports);
    await engine.wake();
    await engine.onAlarm('poll'); // the slow poll fetches TickTick's preferences when they are stale
    await engine.settled();
  }

  it('every request carries the web app\'s X-Device, hl and x-tz headers', async () => {
    await act('start');
    const r = f.tt.focusRequests().at(-1)!;
    expect(JSON.parse(r.device!)).toMatchObject({ platform: 'web' });
    expect([r.hl, r.tz]).toEqual(['en_US', 'Europe/Berlin']);
  });

  it('the worker follows TickTick\'s preferences: 30-min start, then the break starts by itself (7 min)', async () => {
    await withRhythm();
    expect(f.tt.log.filter((e) => e.path === '/api/v2/user/preferences/pomodoro')).toHaveLength(1);
    await act('start');
    expect(f.tt.current?.duration).toBe(30);
    f.advance(30 * 60_000 + 40_000); // the worker woke 40 s late
    await engine.onAlarm('tick');
    await engine.settled();
    const auto = f.tt.applied.slice(-2);
    expect(auto.map((a) => [a.op, a.manual, a.duration])).toEqual([['finish', false, 30], ['startBreak', false, 7]]);
    expect(auto[1]!.time).toBe(formatOpTime(f.now - 40_000));
    expect(view().phase).toBe('break');
    expect(f.badge.look).toEqual({ text: '7', color: COLOR_BREAK });
    await engine.onAlarm('poll');
    await engine.settled();
    expect(f.tt.log.filter((e) => e.path === '/api/v2/user/preferences/pomodoro')).toHaveLength(1); // fresh for 6 h
  });

  it('a note typed in bursts while offline is one op, delivered once with the last text', async () => {
    await act('start');
    f.setOffline(true);
    for (const text of ['Out', 'Outline', 'Outline done']) await engine.act({ type: 'note', text });
    await engine.settled();
    expect(f.state.queue.map((o) => [o.op, o.note])).toEqual([['note', 'Outline done']]);
    f.setOffline(false);
    await engine.onAlarm('retry');
    await engine.settled();
    expect(f.tt.applied.filter((a) => a.op === 'note').map((a) => a.note)).toEqual(['Outline done']);
    expect(f.tt.current?.note).toBe('Outline done');
  });

  it('binding, rebinding and ±5 reach TickTick on the same session; the badge tooltip names the task', async () => {
    const task = { id: f.tt.tasks[0]!.id, title: f.tt.tasks[0]!.title };
    await engine.act({ type: 'start', task });
    await engine.settled();
    expect(f.tt.current?.focusTasks[0]).toMatchObject({ id: task.id, title: task.title });
    expect(f.badge.title).toContain(task.title);
    await act('pause');
    await engine.act({ type: 'bind', task: { id: f.tt.tasks[1]!.id, title: f.tt.tasks[1]!.title } });
    await engine.settled();
    await act('continue');
    await engine.act({ type: 'adjust', delta: 5 });
    await engine.settled();
    expect(f.tt.current).toMatchObject({ duration: 30, status: 0 });
    expect(view().taskTitle).toBe('Review pull requests');
    expect(f.badge.look.text).toBe('30');
    expect(ops().slice(1).flat()).toEqual(['start', 'pause', 'focus', 'continue', 'changeDuration']);
  });

  it('exceed_query_limit (HTTP 500) is a throttle: the op is kept and retried with backoff', async () => {
    await act('start');
    f.tt.setFault('status', { code: 500, errorCode: 'exceed_query_limit', times: 1 });
    await act('pause');
    expect(f.state.error?.error).toBe('rate_limited');
    expect(f.state.queue.map((o) => o.op)).toEqual(['pause']);
    expect(f.state.inflight).toEqual([]); // a throttled request was not applied
    await engine.onAlarm('retry');
    await engine.settled();
    expect(f.tt.current?.status).toBe(1);
  });
});
