// Issue #14 in the real browser: what the train, a gateway losing answers and a heavy account do
// to the queue. Mirrors features/focus/ticktick/sync.ts and features/focus/ticktick/reconcile.ts.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { launch, waitFor } from './harness.mjs';

const click = (popup, name) => popup.getByRole('button', { name, exact: true }).click();
const drained = async (h) => (await h.state())?.queue.length === 0;

/** A focus runs; TickTick becomes unreachable; Pause then Continue wait in the queue. */
async function pairWhileUnreachable(h) {
  const popup = await h.openPopup();
  await click(popup, 'Start');
  await waitFor(() => h.tt.current?.status === 0, 'started');
  h.server.setReachable(false);
  await click(popup, 'Pause');
  await waitFor(async () => (await h.state()).error?.error === 'offline', 'the worker saw TickTick unreachable');
  await click(popup, 'Continue');
  await waitFor(async () => (await h.state()).queue.length === 2, 'both queued');
  return popup;
}

test('Pause, then Continue, while TickTick is unreachable: back online both arrive, once each, in order, and it runs', { timeout: 90_000 }, async () => {
  const h = await launch();
  try {
    const popup = await pairWhileUnreachable(h);
    h.server.setReachable(true);
    await waitFor(() => drained(h), 'queue drained after the retry', 60_000);
    assert.deepEqual(h.tt.applied.map((a) => a.op), ['start', 'pause', 'continue']);
    assert.equal(h.tt.current.status, 0, 'TickTick says running, as the user left it');
    for (const a of h.tt.applied) assert.equal(h.tt.timesReceived(a.id), 1, `${a.op} received once`);
    await popup.getByRole('button', { name: 'Pause', exact: true }).waitFor();
    assert.deepEqual(h.workerErrors, []);
  } finally {
    await h.close();
  }
});

test('the same pair applied by TickTick with its answer lost (a 502 after applying): no op id received twice', { timeout: 90_000 }, async () => {
  const h = await launch();
  try {
    await pairWhileUnreachable(h);
    // Back: the first request (a read, the pause may have been in flight) goes through, then the
    // pair is applied and the gateway loses the answer.
    h.tt.setFault('lost', { times: 1, onlyOps: true });
    h.server.setReachable(true);
    await waitFor(() => h.tt.focusRequests().some((r) => r.fault === 'lost'), 'the pair applied, the answer lost', 60_000);
    await waitFor(() => drained(h), 'settled by a read', 60_000);
    assert.deepEqual(h.tt.applied.map((a) => a.op), ['start', 'pause', 'continue']);
    for (const a of h.tt.applied) assert.equal(h.tt.timesReceived(a.id), 1, `${a.op} received once`);
    assert.equal(h.tt.current.status, 0);
  } finally {
    await h.close();
  }
});

test('a heavy account (20,000 records): Start within 3 s of the first read, a start goes through, the history is never downloaded', { timeout: 60_000 }, async () => {
  const h = await launch({ signedIn: false, fake: { heavyHistory: 20_000 } });
  try {
    const popup = await h.openPopup();
    const t0 = Date.now();
    await h.signIn();
    await waitFor(async () => (await h.state())?.syncedAt > 0, 'first sync', 10_000);
    const first = h.tt.focusRequests().find((r) => r.status === 200);
    await popup.getByRole('button', { name: 'Start', exact: true }).waitFor({ timeout: 3000 });
    const startShown = Date.now() - t0;
    await click(popup, 'Start');
    await waitFor(() => h.tt.current?.status === 0, 'the start reached TickTick');
    const bytes = h.tt.focusRequests().reduce((n, r) => n + r.bytes, 0);
    console.log(`heavy account: first reply ${first.bytes} B, all focus replies ${bytes} B, Start shown ${startShown} ms after sign-in`);
    assert.ok(bytes < 50_000, `no history downloaded (${bytes} B of replies)`);
    assert.ok(h.tt.focusRequests().every((r) => r.body.lastPoint > 0), 'never lastPoint 0');
    assert.equal((await h.state()).error, null);
  } finally {
    await h.close();
  }
});

test('every TickTick request the extension makes carries the web app\'s Origin and Referer; a tab\'s own requests are untouched', async () => {
  const h = await launch();
  try {
    const popup = await h.openPopup();
    await click(popup, 'Start');
    await waitFor(() => h.tt.current?.status === 0, 'started');
    const web = h.server.url;
    const ours = h.tt.log.filter((e) => e.path.startsWith('/focus/') || e.path.startsWith('/api/'));
    assert.ok(ours.length >= 2);
    assert.deepEqual(ours.filter((e) => e.origin !== web || e.referer !== `${web}/webapp/`).map((e) => `${e.path} ${e.origin} ${e.referer}`), []);
    // A page of the site itself posting to the focus endpoint keeps its own headers.
    const site = await h.context.newPage();
    await site.goto(`${web}/signin`);
    await site.evaluate(() => fetch('/focus/batch/focusOp', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"lastPoint":1,"opList":[]}' }));
    // The tab's own Referer (its page) arrives as it was: the rule would have made it /webapp/.
    assert.ok(h.tt.log.some((e) => e.path === '/focus/batch/focusOp' && e.referer === `${web}/signin`), 'the tab\'s request was not rewritten');
  } finally {
    await h.close();
  }
});

test('two presses in quick succession (Pause, then Continue at once) are both acted on, in order', async () => {
  const h = await launch();
  try {
    const popup = await h.openPopup();
    await click(popup, 'Start');
    await waitFor(() => h.tt.current?.status === 0, 'started');
    // The second press lands while the first is still on its way to the worker.
    await popup.evaluate(async () => {
      const button = (name) => [...document.querySelectorAll('button')].find((b) => b.textContent === name);
      button('Pause').click();
      // The optimistic paint shows Continue within a task or two, long before the worker answers.
      for (let i = 0; i < 200 && !button('Continue'); i++) await new Promise((r) => setTimeout(r, 0));
      button('Continue').click();
    });
    await waitFor(() => h.tt.applied.filter((a) => a.op === 'continue').length === 1, 'the continue reached TickTick');
    assert.deepEqual(h.tt.applied.map((a) => a.op), ['start', 'pause', 'continue']);
    assert.equal(h.tt.current.status, 0);
  } finally {
    await h.close();
  }
});
