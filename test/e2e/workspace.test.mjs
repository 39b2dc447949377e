// Issue #19, the focus workspace: ambient sound while a focus runs (Chrome's offscreen document
// plays it), and an end you cannot miss (the end notification's "5 more minutes" with no popup).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launch, waitFor } from './harness.mjs';

let h;
before(async () => {
  h = await launch();
});
after(() => h?.close());

/** What the offscreen document plays now (null: none, or no document). */
const ambient = () => h.worker.evaluate(async () => {
  const docs = await chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] });
  return docs.length ? (await chrome.runtime.sendMessage({ offscreen: 'status' })).ambient : null;
});
const playing = async (name) => {
  const a = await ambient();
  return name === null ? !a?.name : a?.name === name && a.running;
};

test('ambient sound: chosen in the popup, it plays with the focus, stops on pause, comes back on continue, ends with it', async () => {
  const popup = await h.openPopup();
  await popup.getByRole('combobox', { name: 'Ambient sound' }).selectOption('brown');
  await popup.getByRole('slider', { name: 'Ambient volume' }).fill('30');
  await waitFor(async () => (await h.worker.evaluate(async () => (await chrome.storage.sync.get('settings')).settings.value.ambient)).volume === 0.3, 'choice saved');
  assert.equal(await ambient(), null, 'nothing plays before a focus: no offscreen document is opened for silence');
  await popup.getByRole('button', { name: 'Start' }).click();
  await waitFor(() => playing('brown'), 'brown noise with the focus');
  assert.equal((await ambient()).volume, 0.3);
  await popup.getByRole('button', { name: 'Pause' }).click();
  await waitFor(() => playing(null), 'silent while paused');
  await popup.getByRole('button', { name: 'Continue' }).click();
  await waitFor(() => playing('brown'), 'back on continue');
  // A new choice applies to the running focus at once.
  await popup.getByRole('combobox', { name: 'Ambient sound' }).selectOption('tick');
  await waitFor(() => playing('tick'), 'the ticking instead');
  await popup.getByRole('button', { name: 'End' }).click();
  await waitFor(() => playing(null), 'silent after the end');
  await popup.getByRole('combobox', { name: 'Ambient sound' }).selectOption('off');
  await popup.close();
  assert.deepEqual(h.workerErrors, []);
});

test('ambient sound follows a focus started on another device', async () => {
  const popup = await h.openPopup();
  await popup.getByRole('combobox', { name: 'Ambient sound' }).selectOption('pink');
  await popup.close();
  h.tt.device.start({ minutes: 25 });
  const page = await h.openPopup(); // the popup's read brings the phone's focus in
  await waitFor(() => playing('pink'), 'pink noise for the phone\'s focus');
  h.tt.device.pause(0);
  await page.reload();
  await waitFor(() => playing(null), 'silent when the phone paused');
  await page.getByRole('button', { name: 'End' }).click();
  await page.getByRole('combobox', { name: 'Ambient sound' }).selectOption('off');
  await page.getByRole('button', { name: 'Start' }).waitFor();
  await page.close();
});

test('the end notification\'s "5 more minutes", with no popup open: a 5-minute pomodoro on the same task and chain', async () => {
  const [task] = h.tt.tasks;
  // A pomodoro on a task, started on the phone, that runs out 3 s from now.
  const op = h.tt.device.start({ minutes: 5, agoSec: 5 * 60 - 3, taskId: task.id });
  const popup = await h.openPopup();
  await popup.close();
  await waitFor(() => h.opRequests().some((r) => r.opList.some((o) => o.op === 'finish' && o.oId === op.oId)), 'the automatic finish', 20_000);
  await waitFor(async () => (await h.worker.evaluate(() => chrome.notifications.getAll())).focusDone, 'the end notification');
  const before = h.opRequests().length;
  await h.worker.evaluate(() => globalThis.__ttf.notice('focusDone', 1)); // its second button
  await waitFor(() => h.tt.current?.status === 0 && h.tt.current.id !== op.oId, 'a new pomodoro at TickTick');
  const sent = h.opRequests().slice(before).flatMap((r) => r.opList);
  assert.deepEqual(sent.map((o) => o.op), ['endBreak', 'start']);
  const start = sent[1];
  assert.equal(start.duration, 5);
  assert.equal(start.focusOnId, task.id);
  assert.equal(start.firstFocusId, op.firstFocusId || op.oId, 'the same chain');
  assert.equal(start.manual, true);
  assert.ok(!(await h.worker.evaluate(() => chrome.notifications.getAll())).focusDone, 'the notification is gone');
  assert.equal((await h.badge()).text, '5');
  assert.deepEqual(h.workerErrors, []);
});
