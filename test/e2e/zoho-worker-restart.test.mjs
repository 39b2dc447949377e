// The Zoho People mirror's code is a script of its own (features/zoho/worker.ts): a worker started
// while Zoho is off never loads it, and a worker started after the install (a stop, a browser
// restart) loads it from what it imported at install time when the mirror has work.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launch, waitFor } from './harness.mjs';
import { zohoConnected } from './zoho-connect.mjs';

let h;
before(async () => {
  h = await launch({ zoho: {} });
});
after(() => h?.close());

const mirrorLoaded = () => h.worker.evaluate(() => typeof globalThis.__ttfZohoMirror === 'function');

async function startAndEnd(popup) {
  await popup.getByRole('button', { name: 'Start' }).click();
  await waitFor(() => h.tt.current?.status === 0 && !h.tt.current.exited, 'TickTick has the start');
  await popup.getByRole('button', { name: 'End' }).click();
  await waitFor(() => h.tt.current?.exited || h.tt.current?.status !== 0, 'TickTick has the end');
}

test('Zoho off: a restarted worker runs a whole focus without loading the mirror', async () => {
  await h.stopWorker();
  const popup = await h.openPopup();
  await startAndEnd(popup);
  await h.settled();
  assert.equal(await mirrorLoaded(), false, 'the mirror\'s script was not run');
  assert.deepEqual(h.zoho.calls(), [], 'nothing sent to Zoho');
  await popup.close();
});

test('Zoho on: the focus after a worker stop starts and stops Zoho\'s timer', async () => {
  await zohoConnected(h);
  await h.stopWorker();
  const popup = await h.openPopup();
  await popup.getByRole('button', { name: 'Start' }).click();
  await waitFor(() => h.zoho.running, 'Zoho timer running, from a worker that loaded the mirror after install');
  assert.equal(await mirrorLoaded(), true);
  await popup.getByRole('button', { name: 'End' }).click();
  await waitFor(() => !h.zoho.running, 'stopped at the end');
  assert.deepEqual(h.workerErrors, []);
  await popup.close();
});

test('a Zoho call waiting for its retry goes out from a fresh worker that no page woke', async () => {
  await zohoConnected(h);
  const popup = await h.openPopup();
  h.zoho.setFault('status', { code: 502, times: 1, op: 'timer' });
  await popup.getByRole('button', { name: 'Start' }).click();
  await waitFor(async () => (await h.worker.evaluate(() => chrome.alarms.get('zohoRetry'))) !== undefined, 'a retry alarm for the mirror');
  await popup.close();
  await h.stopWorker();
  // No page is open: only the alarm wakes the worker.
  await waitFor(() => h.zoho.running, 'started by the retry (the first backoff is 2.5–5 s)', 15_000);
  const starts = h.zoho.calls().filter((c) => c.query.timer === 'start' && !c.query.timeLogId);
  assert.deepEqual(starts.map((c) => c.status).slice(-2), [502, 200], 'sent again once, not twice');
});
