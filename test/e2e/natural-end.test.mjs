// When a pomodoro runs out, the background finishes it with manual:false at the true end instant,
// once, and not at all when another device already did.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launch, waitFor } from './harness.mjs';

let h;
before(async () => {
  h = await launch();
});
after(() => h?.close());

const fmt = (ms) => new Date(ms).toISOString().replace('Z', '+0000');

test('a pomodoro that runs out is finished at start + duration + pauses, manual false', async () => {
  // A 5-min pomodoro started on the phone 6 min − 3 s ago, paused for the last 60 s and continued
  // now: it runs out in 3 s, and its true end is start + 5 min + 60 s.
  const op = h.tt.device.start({ minutes: 5, agoSec: 6 * 60 - 3 });
  h.tt.device.pause(60);
  h.tt.device.continue();
  const start = Date.parse(op.time.replace('+0000', 'Z'));
  const pauses = h.tt.current.pauseLogs.map((l) => Date.parse(l.time.replace('+0000', 'Z')));
  const end = start + 5 * 60_000 + (pauses[1] - pauses[0]);
  const popup = await h.openPopup();
  await waitFor(() => h.opRequests().some((r) => r.opList.some((o) => o.op === 'finish')), 'automatic finish', 20_000);
  const fin = h.opRequests().flatMap((r) => r.opList).find((o) => o.op === 'finish');
  assert.equal(fin.manual, false);
  assert.equal(fin.time, fmt(end));
  assert.equal(fin.oId, op.oId);
  await popup.getByRole('button', { name: 'Start break' }).waitFor();
  assert.equal((await h.badge()).text, '✓');
  await popup.getByText('Today: 1/8 pomos · 5m').waitFor(); // today's stats refreshed when it ended
  const prefsAndStats = h.tt.log.filter((e) => e.path.startsWith('/api/v2/')).map((e) => e.path);
  assert.ok(prefsAndStats.includes('/api/v2/user/preferences/pomodoro'));
  assert.equal(h.tt.applied.filter((a) => a.op === 'finish').length, 1);
});

test('already finished on another device: no second finish', async () => {
  // The test before leaves a finished pomodoro whose break is offered: skip it first.
  if (h.tt.current?.status === 2 && !h.tt.current.exited && !h.tt.current.focusBreak?.endTime) {
    await (await h.openPopup()).getByRole('button', { name: 'Skip break' }).click();
    await waitFor(() => h.tt.current.focusBreak.endTime, 'break skipped');
  }
  const op = h.tt.device.start({ minutes: 5, agoSec: 5 * 60 - 2 });
  await h.settled();
  const before = h.opRequests().length;
  h.tt.device.finish(Date.parse(op.time.replace('+0000', 'Z')) + 5 * 60_000);
  await new Promise((r) => setTimeout(r, 5000));
  await h.settled();
  assert.equal(h.tt.applied.filter((a) => a.op === 'finish' && a.oId === op.oId).length, 1);
  assert.equal(h.opRequests().slice(before).flatMap((r) => r.opList).filter((o) => o.op === 'finish').length, 0);
});
