// Issue #8: the statistics page shows the fake TickTick's last seven days with the right minutes.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launch, waitFor } from './harness.mjs';

let h;
before(async () => {
  h = await launch();
});
after(() => h?.close());

test('opened from the popup: today against the goal, seven bars with each day\'s minutes, sessions on focus', async () => {
  // Today: one 25-minute pomodoro finished on the phone.
  const op = h.tt.device.start({ minutes: 25, agoSec: 40 * 60, taskId: h.tt.tasks[1].id });
  h.tt.device.finish(Date.parse(op.time.replace('+0000', 'Z')) + 25 * 60_000);
  const popup = await h.openPopup();
  const [page] = await Promise.all([h.context.waitForEvent('page'), popup.getByRole('button', { name: 'Statistics' }).click()]);
  await page.getByRole('heading', { name: 'Focus statistics', level: 1 }).waitFor();
  const bars = page.getByRole('group', { name: /Focus minutes per day/ }).getByRole('img');
  await waitFor(async () => (await bars.count()) === 7, 'seven bars');
  const labels = await bars.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
  const minutes = labels.map((l) => Number(/: (\d+) minutes?$/.exec(l)?.[1]));
  assert.deepEqual(minutes, [...h.tt.historyMinutes, 25], labels.join(' | '));
  await page.getByText('1 of 8 pomodoros').waitFor();
  await bars.nth(5).focus();
  await page.getByRole('heading', { level: 3, name: /100 minutes/ }).waitFor();
  assert.equal(await page.locator('.day li').count(), 4, 'the day\'s four sessions');
  await page.keyboard.press('ArrowRight');
  await page.getByText(/Review pull requests/).waitFor(); // today's session and its task
  assert.match(await page.getByRole('link', { name: "TickTick's own statistics" }).getAttribute('href'), /#statistics\/pomo/);
  const table = await page.locator('table').evaluate((t) => [...t.querySelectorAll('tbody td:first-of-type')].map((td) => Number(td.textContent)));
  assert.deepEqual(table, minutes, 'the numbers are in a table for screen readers too');
  const timelineCalls = h.tt.log.filter((e) => e.path === '/api/v2/pomodoros/timeline');
  assert.ok(timelineCalls.length >= 1);
  assert.deepEqual(h.workerErrors, []);
});
