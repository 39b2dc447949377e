// The auto-start chain follows the user's count (docs/ticktick-protocol.md §4): with 3, a manual
// start leaves 2, the chain counts down, and after the pomodoro that leaves 0 nothing starts.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launch, waitFor } from './harness.mjs';

let h;
before(async () => {
  h = await launch({ fake: { prefs: { autoPomo: true, pomoDuration: 5, focusDuration: 120 } } });
});
after(() => h?.close());

const ops = () => h.opRequests().flatMap((r) => r.opList);

/** A pomodoro of the phone's chain, `left` auto-starts to go, finished, its 1-min break ending in 3 s. */
function breakEndingSoon(left) {
  const op = h.tt.device.start({ minutes: 5, agoSec: 5 * 60 + 57, autoPomoLeft: left });
  h.tt.device.finish(Date.now() - 57_000);
  h.tt.device.startBreak(1, 57);
  return op;
}

test('an auto-start count of 3 in the options: the manual start leaves 2 on the wire', async () => {
  const options = await h.openOptions();
  const count = options.getByLabel('Pomodoros started in a row (2–10)');
  await count.fill('3');
  await count.press('Tab');
  await waitFor(() => h.worker.evaluate(async () => JSON.stringify(await chrome.storage.sync.get(null)).includes('"autoPomoCount":3')), 'the count saved');
  await options.close();
  const popup = await h.openPopup();
  await popup.getByRole('button', { name: 'Start' }).click();
  const start = await waitFor(() => ops().find((o) => o.op === 'start'), 'the manual start');
  assert.deepEqual([start.autoPomoLeft, start.manual], [2, true]);
  await popup.getByText(/of 2h/).waitFor(); // the daily focus goal beside the pomodoro goal
  await popup.close();
  h.tt.device.drop();
  h.tt.device.exit();
});

test('one left: the break ends and the chain\'s last pomodoro starts, leaving 0', async () => {
  const first = breakEndingSoon(1);
  const popup = await h.openPopup();
  const next = await waitFor(() => ops().find((o) => o.op === 'start' && o.firstFocusId === first.oId), 'the automatic start', 20_000);
  assert.deepEqual([next.autoPomoLeft, next.manual], [0, false]);
  await popup.close();
  h.tt.device.drop();
  h.tt.device.exit();
});

test('none left: the break ends and nothing starts', async () => {
  const last = breakEndingSoon(0);
  const popup = await h.openPopup();
  await waitFor(() => h.tt.applied.some((a) => a.op === 'endBreak' && a.oId === last.oId && a.by === 'extension'), 'the break ended', 20_000);
  await h.settled();
  await new Promise((r) => setTimeout(r, 1500));
  assert.equal(ops().filter((o) => o.op === 'start' && o.firstFocusId === last.oId).length, 0);
  await popup.getByRole('button', { name: 'Start' }).waitFor();
  assert.deepEqual(h.workerErrors, []);
});
