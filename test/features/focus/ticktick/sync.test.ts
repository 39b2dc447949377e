// The TickTick round end to end against the fake TickTick (in process): what a user would lose or
// see twice when answers go missing, TickTick sends the unexpected, or the account is huge.
import { beforeEach, describe, expect, it } from 'vitest';
import { COLOR_ALERT, FRESH_CURSOR_MS } from '../../../../features/focus/config';
import { createEngine, type Engine } from '../../../../features/focus/engine';
import { deriveView } from '../../../../features/focus/focus-view';
import { effective } from '../../../../features/focus/state';
import { clockOffset } from '../../../../features/focus/ticktick/client';
import { fakePorts } from '../../../browser/fakes';

let f: ReturnType<typeof fakePorts>;
let engine: Engine;
const sent = () => f.tt.focusRequests().filter((r) => r.body?.opList.length).map((r) => r.body!.opList.map((o) => o.op));

async function act(type: 'start' | 'pause' | 'continue' | 'end') {
  await engine.act({ type });
  await engine.settled();
}
async function retryNow() {
  f.advance(Math.max(0, (f.state.retry?.at ?? f.now) - f.now));
  await engine.onAlarm('retry');
  await engine.settled();
}

beforeEach(async () => {
  f = fakePorts();
  engine = createEngine(f.ports);
  await engine.wake();
  await engine.settled();
  await act('start');
  f.advance(60_000);
});

describe('an answer that went missing', () => {
  it('pause then continue while TickTick is unreachable: back online both go out, in order, and it runs', async () => {
    f.setOffline(true);
    await act('pause');
    f.advance(30_000);
    await act('continue');
    f.setOffline(false);
    await retryNow();
    expect(f.tt.current?.status).toBe(0);
    expect(f.tt.applied.map((a) => a.op)).toEqual(['start', 'pause', 'continue']);
    expect(deriveView(effective(f.state), f.now).phase).toBe('focusing');
  });

  it('the same pair applied by TickTick, then a 502 from the gateway: read first, nothing sent twice', async () => {
    f.tt.setFault('too_busy', { times: 2 }); // not applied: both wait
    await act('pause');
    f.advance(30_000);
    await act('continue');
    f.tt.setFault('lost', { times: 1 });
    await retryNow();
    expect(f.state.inflight).toHaveLength(2); // TickTick may hold them: kept as in flight
    await retryNow();
    expect(f.state.queue).toEqual([]);
    expect(f.tt.current?.status).toBe(0);
    expect(f.tt.applied.map((a) => a.op)).toEqual(['start', 'pause', 'continue']);
    const reqs = f.tt.focusRequests();
    const lost = reqs.findIndex((r) => r.fault === 'lost');
    expect(reqs[lost]!.body!.opList.map((o) => o.op)).toEqual(['pause', 'continue']);
    expect(reqs.slice(lost + 1).map((r) => r.body!.opList.length)).toEqual([0]); // one read settled it
  });

  it('a worker stopped mid-request reads before it sends again (the mark was saved before the send)', async () => {
    const real = f.ports.http.request;
    f.ports.http.request = (url, req) => (JSON.parse(req.body!).opList.length ? new Promise(() => undefined) : real(url, req));
    void engine.act({ type: 'pause' }); // never answered: the worker "dies" here
    await new Promise((r) => setTimeout(r, 10));
    expect(f.state.inflight).toEqual([f.state.queue[0]!.id]);
    f.ports.http.request = real;
    const before = f.tt.focusRequests().length;
    const restarted = createEngine(f.ports);
    await restarted.wake();
    await restarted.settled();
    const after = f.tt.focusRequests().slice(before).map((r) => r.body!.opList.map((o) => o.op));
    expect(after).toEqual([[], ['pause']]);
    expect(f.tt.current?.status).toBe(1);
  });
});

describe('what TickTick sends that we did not expect', () => {
  it('a reply over the size cap is not asked again as it was: a fresh cursor, said once', async () => {
    const real = f.ports.http.request;
    let big = 1;
    f.ports.http.request = async (url, req) => (big-- > 0 ? { status: 200, contentType: 'application/json', text: '', redirected: false, tooLarge: true } : real(url, req));
    await engine.sync();
    await engine.settled();
    expect(f.state.error?.error).toBe('too_large');
    expect(f.state.notice?.key).toBe('historySkipped');
    await retryNow();
    expect(f.tt.focusRequests().at(-1)!.body!.lastPoint).toBe(f.now - FRESH_CURSOR_MS);
    expect(f.state.error).toBeNull();
  });

  it('an answer to our batch without `current` is no "idle": the batch is taken and shown applied', async () => {
    f.tt.setFault('missing_current', { times: 1 });
    await act('pause');
    expect(f.state.queue).toEqual([]);
    expect(f.state.current?.status).toBe(1);
    expect(deriveView(effective(f.state), f.now).phase).toBe('paused');
  });

  it('no point keeps ours; an unknown status keeps the last good view and is counted', async () => {
    const point = f.state.point;
    f.tt.setFault('no_point', { times: 1 });
    await act('pause');
    expect(f.state.point).toBe(point);
    expect(f.state.queue).toEqual([]);
    f.tt.setFault('unknown_values', { times: 1 });
    await engine.sync();
    await engine.settled();
    expect(f.state.error).toBeNull();
    expect(f.state.current?.status).toBe(1);
    expect(f.state.anomalies).toMatchObject({ count: 2, last: 'current.type 4 is unknown' });
  });

  it('TickTick\'s clock runs 3 minutes ahead: a phone\'s pomodoro runs out by TickTick\'s clock', async () => {
    await act('end');
    f.setServerAhead(3 * 60_000);
    f.tt.device.start({ minutes: 25, agoSec: 0 }); // the fake dates it by our clock
    await engine.sync();
    await engine.settled();
    expect(f.state.clockOffset).toBeGreaterThan(170_000);
    expect(f.badge.look.text).toBe('22');
    expect(clockOffset(new Date(1_000_000).toUTCString(), 999_000, 1_001_000)).toBe(0); // within 2 s: noise
  });
});

describe('backoff and refusals', () => {
  it('the popup\'s refresh waits for a scheduled retry: a failing TickTick is not asked faster', async () => {
    f.tt.setFault('status', { code: 503 });
    await act('pause');
    const n = f.tt.focusRequests().length;
    for (let i = 0; i < 5; i++) {
      f.advance(400); // the first retry is due after 2.5 s at the earliest
      await engine.sync();
      await engine.settled();
    }
    expect(f.tt.focusRequests().length).toBe(n);
  });

  it('a failing read with nothing queued backs off too: an open popup does not ask every 5 s, the retry does', async () => {
    f.tt.setFault('status', { code: 503 });
    f.advance(60_000);
    await engine.sync(); // the popup opens: one read, and it fails
    await engine.settled();
    expect([f.state.queue.length, f.state.error?.error, f.state.retry !== null]).toEqual([0, 'server_error', true]);
    const n = f.tt.focusRequests().length;
    for (let i = 0; i < 4; i++) {
      f.advance(500); // the popup's refreshes, faster than the backoff
      await engine.sync();
      await engine.settled();
    }
    expect(f.tt.focusRequests().length).toBe(n);
    f.tt.clearFaults();
    await retryNow();
    expect([f.tt.focusRequests().length, f.state.error, f.state.retry]).toEqual([n + 1, null, null]);
  });

  it('a read failing while a refusal waits for the user keeps the refusal: nothing is sent without Retry', async () => {
    f.tt.setFault('rejected', { times: 1 });
    await act('pause'); // refused
    await engine.act({ type: 'end' }); // waits behind it
    await engine.settled();
    f.tt.setFault('status', { code: 503, times: 1 });
    f.advance(60_000);
    await engine.onAlarm('poll'); // a read, and it fails
    await engine.settled();
    expect(f.state.error?.error).toBe('rejected');
    await retryNow();
    expect(f.tt.focusRequests().filter((r) => r.body!.opList.length).map((r) => r.body!.opList.map((o) => o.op))).toEqual([['start'], ['pause']]);
    await engine.discard();
    await engine.settled();
    expect(f.tt.applied.map((a) => a.op)).toEqual(['start', 'drop', 'exit']); // the end still went out
  });

  it('a refused read after a lost answer: Discard gives up the waiting ops, so none is resent unread', async () => {
    f.tt.setFault('hang', { times: 1, apply: true });
    await act('pause');
    expect(f.state.inflight).toHaveLength(1);
    f.tt.setFault('rejected', { times: 1 });
    await retryNow(); // the reconcile read is refused
    expect(f.state.error?.ops).toEqual(f.state.queue.map((o) => o.id));
    await engine.discard();
    await engine.settled();
    expect(f.state).toMatchObject({ queue: [], inflight: [] });
    expect(f.tt.applied.filter((a) => a.op === 'pause')).toHaveLength(1);
  });

  it('Discard drops only the refused batch; an op made after it still goes out; the badge alerts meanwhile', async () => {
    f.tt.setFault('rejected', { times: 1 });
    await act('pause');
    expect(f.badge.look.color).toBe(COLOR_ALERT);
    await engine.act({ type: 'end' }); // queued behind the refusal
    await engine.settled();
    await engine.discard();
    await engine.settled();
    expect(f.state.queue).toEqual([]);
    expect(sent().at(-1)).toEqual(['drop', 'exit']);
    expect(f.tt.current).toMatchObject({ exited: true });
  });
});
