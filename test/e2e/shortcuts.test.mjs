// Keyboard shortcuts: registered with keys Chromium on Linux really assigns, and their handler drives
// the same ops as the popup. (Synthetic key presses never reach extension commands: recipe (e).)
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launch, waitFor } from './harness.mjs';

let h;
before(async () => {
  h = await launch();
});
after(() => h?.close());

test('commands are registered with real shortcuts', async () => {
  const cmds = await h.worker.evaluate(() => chrome.commands.getAll());
  const byName = Object.fromEntries(cmds.map((c) => [c.name, c.shortcut]));
  assert.equal(byName['toggle-focus'], 'Alt+Shift+K');
  assert.equal(byName['end-focus'], 'Alt+Shift+Y');
  assert.equal(byName._execute_action, 'Alt+Shift+F');
});

test('toggle starts, pauses and continues; end drops a short focus', async () => {
  const sent = h.opRequests().length;
  await h.command('toggle-focus');
  await h.settled();
  await h.command('toggle-focus');
  await h.settled();
  await h.command('toggle-focus');
  await h.settled();
  await h.command('end-focus');
  await h.settled();
  await waitFor(() => h.opRequests().length === sent + 4, 'four requests');
  const reqs = h.opRequests().slice(sent);
  assert.deepEqual(reqs.map((r) => r.opList.map((o) => o.op)), [['start'], ['pause'], ['continue'], ['drop', 'exit']]);
  const oIds = new Set(reqs.flatMap((r) => r.opList.map((o) => o.oId)));
  assert.equal(oIds.size, 1, 'one session throughout');
});

test('a toggle pressed twice while a request is under way sends no contradictory ops', async () => {
  h.tt.setFault('hang', { times: 1, apply: true }); // the start's reply never comes back
  await Promise.all([h.command('toggle-focus'), h.command('toggle-focus')]);
  await waitFor(async () => (await h.state())?.queue.length === 2, 'start and pause queued');
  const queued = (await h.state()).queue.map((o) => o.op);
  assert.deepEqual(queued, ['start', 'pause'], 'the second toggle saw the first one\'s start');
});
