// Issue #2: the core loop on the wire, in the popup and on the badge.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launch, sleep, timerText, waitFor } from './harness.mjs';

let h;
let popup;
before(async () => {
  h = await launch();
  popup = await h.openPopup();
});
after(() => h?.close());

const sentOps = () => h.opRequests().flatMap((r) => r.opList);
/** The start op of the focus TickTick is running now. */
const startOf = () => sentOps().filter((o) => o.op === 'start' && o.oId === h.tt.current?.id).at(-1);
/**
 * A focus started from this popup and running, as the test before leaves it (Start, or Continue
 * after a pause); made here when a test runs alone.
 */
async function running() {
  if (!(await popup.getByRole('button', { name: 'Pause' }).isVisible())) {
    await popup.getByRole('button', { name: h.tt.current && !h.tt.current.exited ? 'Continue' : 'Start' }).click();
    await popup.getByRole('button', { name: 'Pause' }).waitFor();
  }
  await waitFor(async () => h.tt.current?.status === 0 && startOf() && (await h.state()).queue.length === 0, 'the focus running at TickTick');
}

const OP_FIELDS = ['id', 'oId', 'oType', 'op', 'duration', 'firstFocusId', 'focusOnId', 'autoPomoLeft', 'pomoCount', 'manual', 'note', 'time'];

test('idle popup: 25:00 from the TickTick preference, a Start button, no badge', async () => {
  assert.equal(await timerText(popup), '25:00');
  assert.ok(await popup.getByRole('button', { name: 'Start' }).isVisible());
  assert.equal((await h.badge()).text, '');
});

test('Start sends the seed\'s start op, and the popup and badge count down from 25', async () => {
  const sent = h.opRequests().length;
  const before = Date.now();
  await popup.getByRole('button', { name: 'Start' }).click();
  await waitFor(() => h.opRequests().length === sent + 1, 'start request');
  const req = h.opRequests()[sent];
  assert.ok(req.lastPoint > 0, 'lastPoint is the point of the first read');
  assert.equal(req.opList.length, 1);
  const op = req.opList[0];
  assert.deepEqual(Object.keys(op).sort(), [...OP_FIELDS].sort());
  assert.match(op.id, /^[0-9a-f]{24}$/);
  assert.match(op.oId, /^[0-9a-f]{24}$/);
  assert.notEqual(op.id, op.oId);
  assert.deepEqual(
    { op: op.op, oType: op.oType, duration: op.duration, firstFocusId: op.firstFocusId, focusOnId: op.focusOnId, manual: op.manual, note: op.note },
    { op: 'start', oType: 0, duration: 25, firstFocusId: op.oId, focusOnId: '', manual: true, note: '' },
  );
  assert.match(op.time, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+0000$/);
  assert.ok(Math.abs(Date.parse(op.time.replace('+0000', 'Z')) - before) < 5000);
  assert.equal(h.tt.current.status, 0);

  await waitFor(async () => ['25', '24'].includes((await h.badge()).text), 'badge 25/24');
  assert.match(await timerText(popup), /^2[45]:\d\d$/);
  const t1 = await timerText(popup);
  await sleep(1300);
  assert.notEqual(await timerText(popup), t1, 'the countdown ticks locally');
  assert.ok(await popup.getByRole('button', { name: 'Pause' }).isVisible());
  assert.ok(await popup.getByRole('button', { name: 'End' }).isVisible());
});

test('Pause: same oId, frozen countdown, grey badge', async () => {
  await running();
  const startOp = startOf();
  const sent = h.opRequests().length;
  await popup.getByRole('button', { name: 'Pause' }).click();
  await waitFor(() => h.opRequests().length === sent + 1, 'pause request');
  const op = h.opRequests()[sent].opList[0];
  assert.equal(op.op, 'pause');
  assert.equal(op.oId, startOp.oId);
  assert.equal(op.firstFocusId, startOp.oId);
  assert.notEqual(op.id, startOp.id);
  await popup.getByRole('button', { name: 'Continue' }).waitFor();
  const frozen = await timerText(popup);
  await sleep(1500);
  assert.equal(await timerText(popup), frozen, 'paused countdown does not move');
  const badge = await waitFor(async () => {
    const b = await h.badge();
    return b.color[0] === 107 && b; // COLOR_PAUSED #6B717B
  }, 'grey paused badge');
  assert.ok(['25', '24'].includes(badge.text));
});

test('Continue resumes the same session', async () => {
  if (!(await popup.getByRole('button', { name: 'Continue' }).isVisible())) { // run alone: pause first
    await running();
    await popup.getByRole('button', { name: 'Pause' }).click();
    await waitFor(async () => h.tt.current.status === 1 && (await h.state()).queue.length === 0, 'paused at TickTick');
  }
  const startOp = startOf();
  const sent = h.opRequests().length;
  await popup.getByRole('button', { name: 'Continue' }).click();
  await waitFor(() => h.opRequests().length === sent + 1, 'continue request');
  const op = h.opRequests()[sent].opList[0];
  assert.equal(op.op, 'continue');
  assert.equal(op.oId, startOp.oId);
  await popup.getByRole('button', { name: 'Pause' }).waitFor();
  assert.equal(h.tt.current.status, 0);
});

test('the keyboard stays put: after Enter on Pause, the focus is on Continue (not the page)', async () => {
  await running();
  const before = h.opRequests().length;
  await popup.getByRole('button', { name: 'Pause' }).focus();
  await popup.keyboard.press('Enter');
  await popup.getByRole('button', { name: 'Continue' }).waitFor();
  await waitFor(() => popup.evaluate(() => document.activeElement?.textContent === 'Continue'), 'focus on Continue');
  await popup.keyboard.press('Enter');
  await popup.getByRole('button', { name: 'Pause' }).waitFor();
  await waitFor(() => popup.evaluate(() => document.activeElement?.textContent === 'Pause'), 'focus on Pause');
  // One request or two: ops still waiting go out together, as the web app sends them.
  const sent = () => h.opRequests().slice(before).flatMap((b) => b.opList.map((o) => o.op));
  await waitFor(() => sent().join() === 'pause,continue', 'pause and continue sent, once each, in order');
});

test('End under 5 minutes offers Undo first; Undo keeps the focus, nothing is sent', async () => {
  await running();
  assert.ok(await popup.getByText('Under 5 min: ending discards this focus.').isVisible(), 'the popup warns it will not be saved');
  await popup.getByRole('button', { name: 'End' }).click();
  await popup.getByRole('button', { name: 'Undo' }).click();
  await popup.getByRole('button', { name: 'Pause' }).waitFor();
  const before = h.opRequests().length;
  await sleep(4500);
  assert.equal(h.opRequests().length, before, 'no end was sent');
  assert.equal(h.tt.current.status, 0);
});

test('End under 5 minutes sends drop and exit in ONE request after the undo time, and the popup is idle again', async () => {
  await running();
  const startOp = startOf();
  const before = h.opRequests().length;
  await popup.getByRole('button', { name: 'End' }).click();
  const clicked = Date.now();
  await waitFor(() => h.opRequests().length === before + 1, 'end request');
  assert.ok(Date.now() - clicked >= 3500, 'sent when the undo time is over');
  const req = h.opRequests()[before];
  assert.deepEqual(req.opList.map((o) => o.op), ['drop', 'exit']);
  assert.deepEqual(req.opList.map((o) => o.duration), [0, 0]);
  assert.deepEqual([req.opList[1].autoPomoLeft, req.opList[1].pomoCount], [0, 0]);
  assert.ok(req.opList.every((o) => o.oId === startOp.oId));
  assert.equal(h.tt.current.exited, true);
  await popup.getByRole('button', { name: 'Start' }).waitFor();
  await waitFor(async () => (await h.badge()).text === '', 'badge cleared');
});

test('lastPoint: a recent cursor first (never 0: no whole history), then the point of the reply before', async () => {
  await running(); // at least one op on the wire, whose reply moves the point
  const reqs = h.tt.focusRequests();
  const first = reqs[0].body.lastPoint;
  assert.ok(first > reqs[0].at - 11 * 60_000 && first < reqs[0].at, `the first cursor is minutes old, not 0 (${first})`);
  for (let i = 1; i < reqs.length; i++) assert.equal(reqs[i].body.lastPoint, reqs[i - 1].replyPoint, `request ${i} carries the point of the reply before`);
  assert.equal((await h.state()).point, h.tt.point);
  for (let i = 1; i < reqs.length; i++) assert.ok(reqs[i].body.lastPoint >= reqs[i - 1].body.lastPoint);
  assert.ok(reqs.every((r) => r.csrf === 'sandbox-csrf-51be'), 'x-csrftoken from the _csrf_token cookie');
  assert.deepEqual(h.workerErrors, []);
});
