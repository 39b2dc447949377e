// Nothing lives in worker globals: after the service worker is killed, badge, alarms, popup and
// queued ops all come back from storage without user action.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launch, timerText, waitFor } from './harness.mjs';

let h;
before(async () => {
  h = await launch();
});
after(() => h?.close());

test('worker stopped mid-focus: the restarted worker restores badge and alarms; the popup is right', async () => {
  const popup = await h.openPopup();
  await popup.getByRole('button', { name: 'Start' }).click();
  await waitFor(() => h.tt.current?.status === 0, 'focus started');
  await waitFor(async () => ['25', '24'].includes((await h.badge()).text), 'badge');
  await popup.close();

  // As after a browser restart: the badge is gone and the worker's globals with it.
  await h.worker.evaluate(() => chrome.action.setBadgeText({ text: '' }));
  await h.stopWorker();
  const reopened = await h.openPopup(); // its messages start a fresh worker
  assert.match(await timerText(reopened), /^2[45]:\d\d$/, 'popup shows the running focus at once');
  await waitFor(async () => ['25', '24'].includes((await h.badge()).text), 'badge restored by the new worker');
  const alarms = await h.worker.evaluate(async () => (await chrome.alarms.getAll()).map((a) => a.name).sort());
  assert.deepEqual(alarms, ['poll', 'tick']);
  assert.equal(await h.worker.evaluate(() => typeof globalThis.__ttf), 'object', 'a fresh worker is running');
  await reopened.close();
});

test('an op queued while offline survives a worker stop and is delivered exactly once', async () => {
  const popup = await h.openPopup();
  if (!(h.tt.current?.status === 0 && !h.tt.current.exited)) { // the focus of the test before; run alone, start one
    await popup.getByRole('button', { name: 'Start' }).click();
    await waitFor(async () => h.tt.current?.status === 0 && (await h.state()).queue.length === 0, 'focus started');
  }
  await popup.getByRole('button', { name: 'Pause' }).waitFor();
  h.tt.setFault('down');
  await popup.getByRole('button', { name: 'Pause' }).click();
  await popup.getByRole('alert').filter({ hasText: 'Will sync when it answers' }).waitFor();
  const [queued] = (await h.state()).queue;
  assert.equal(queued.op, 'pause');
  await popup.close();

  await h.stopWorker();
  h.tt.clearFaults();
  const reopened = await h.openPopup();
  await waitFor(() => h.tt.applied.some((a) => a.id === queued.id), 'pause delivered after restart', 15_000);
  await reopened.getByRole('button', { name: 'Continue' }).waitFor();
  await waitFor(async () => (await h.state()).queue.length === 0, 'queue empty');
  assert.equal(h.tt.applied.filter((a) => a.id === queued.id).length, 1);
  assert.deepEqual(h.tt.duplicates(), []);
  assert.ok(h.tt.timesReceived(queued.id) >= 1);
  assert.deepEqual(h.workerErrors, []);
});
