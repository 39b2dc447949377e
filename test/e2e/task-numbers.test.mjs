// A task's own numbers from TickTick's task data (`focusSummaries`, docs/ticktick-protocol.md §10):
// in the chooser's rows and on the task line once bound.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launch } from './harness.mjs';
import { violations } from './page-checks.mjs';

let h;
before(async () => {
  h = await launch();
});
after(() => h?.close());

test('the chooser shows a task\'s focus and estimate; the task line keeps them once picked', async () => {
  const page = await h.openPopup();
  await page.getByRole('button', { name: /choose a task/i }).click();
  const row = page.locator('.tasks li', { hasText: 'Write the quarterly report' });
  await row.getByText('3/5 pomos · 1h 15m').waitFor();
  await page.locator('.tasks li', { hasText: 'Review pull requests' }).getByText('30m/2h').waitFor();
  assert.equal(await page.locator('.tasks li', { hasText: 'Call the dentist' }).locator('.numbers').count(), 0);
  // The numbers sit inside the row's button, so a name taken from the row's content carries them.
  assert.equal(await row.getByRole('button').locator('.numbers').count(), 1);
  // The rows' name is their visible text (TaskChooser.tsx), so no axe finding is set aside.
  assert.deepEqual(await violations(page), []);
  await row.getByRole('button').click();
  await page.locator('.taskline').getByText('3/5 pomos · 1h 15m').waitFor();
  assert.deepEqual(h.workerErrors, []);
});
