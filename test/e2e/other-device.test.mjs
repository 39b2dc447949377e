// TickTick's `current` is the truth: a focus started, paused or ended on a phone shows in the popup
// and on the badge.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launch, timerText, waitFor } from './harness.mjs';

let h;
before(async () => {
  h = await launch();
});
after(() => h?.close());

test('a focus started on another device shows when the popup opens', async () => {
  h.tt.device.start({ minutes: 25, agoSec: 5 * 60, taskId: h.tt.tasks[0].id });
  const popup = await h.openPopup();
  await waitFor(async () => /^(19|20):\d\d$/.test(await timerText(popup)), 'countdown near 20:00');
  assert.ok(await popup.getByText('Write the quarterly report').isVisible(), 'task title bound on the phone');
  assert.ok(await popup.getByRole('button', { name: 'Pause' }).isVisible());
  await waitFor(async () => (await h.badge()).text === '20', 'badge 20');
  await popup.close();
});

test('a pause on the phone reaches an open popup within seconds, with a notice', async () => {
  // The phone's focus of the test before; started here when this test runs alone.
  if (!(h.tt.current?.status === 0 && !h.tt.current.exited)) h.tt.device.start({ minutes: 25, agoSec: 5 * 60 });
  const popup = await h.openPopup();
  await popup.getByRole('button', { name: 'Pause' }).waitFor({ timeout: 8000 });
  h.tt.device.pause();
  await popup.getByRole('button', { name: 'Continue' }).waitFor({ timeout: 8000 });
  assert.match(await popup.getByRole('status').textContent(), /Paused on another device/);
  const frozen = await timerText(popup);
  await new Promise((r) => setTimeout(r, 1200));
  assert.equal(await timerText(popup), frozen);
  await waitFor(async () => (await h.badge()).color[0] === 107, 'grey badge');

  h.tt.device.continue();
  await popup.getByRole('button', { name: 'Pause' }).waitFor({ timeout: 8000 });
  h.tt.device.drop();
  h.tt.device.exit();
  await popup.getByRole('button', { name: 'Start' }).waitFor({ timeout: 8000 });
  assert.match(await popup.getByRole('status').textContent(), /Ended on another device/);
  await waitFor(async () => (await h.badge()).text === '', 'badge cleared');
  assert.equal(h.opRequests().length, 0, 'following another device sends no ops');
});
