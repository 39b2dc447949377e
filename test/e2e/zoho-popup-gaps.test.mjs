// Issue #21: "one line in the popup when something is off": today's focus and Zoho People's logs
// disagree, the popup says so and opens the statistics page; once the gap is logged it says nothing.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { launch, waitFor } from './harness.mjs';
import { zohoConnected } from './zoho-connect.mjs';

const MIN = 60_000;
const fmt = (ms) => new Date(ms).toISOString().replace('Z', '+0000');

test('a focus Zoho never got: the popup has one line naming it, Review opens the reconciliation; logged, the line goes', async (t) => {
  const h = await launch({ zoho: {} });
  t.after(() => h.close());
  const now = Date.now();
  const start = Math.ceil(Math.max(new Date(now).setHours(0, 0, 0, 0) + MIN, now - 40 * MIN) / MIN) * MIN;
  const end = start + Math.max(1, Math.min(25, Math.floor((now - start) / MIN) - 1)) * MIN;
  const task = h.tt.tasks[0];
  h.tt.history.push({ id: 'c1b2c3d4e5f6a7b8c9d0e1f2', tasks: [{ taskId: task.id, title: task.title, startTime: fmt(start), endTime: fmt(end) }],
    startTime: fmt(start), endTime: fmt(end), status: 1, pauseDuration: 0, adjustTime: 0, etag: 'r', type: 0, added: false, note: '' });
  await zohoConnected(h);
  const popup = await h.openPopup();
  const line = popup.getByText('Zoho People and today’s focus differ (1).');
  await line.waitFor({ timeout: 15_000 });
  const [stats] = await Promise.all([h.context.waitForEvent('page'), popup.getByRole('button', { name: 'Review' }).click()]);
  await stats.waitForURL(/stats\.html/);
  const row = stats.locator('.reconcile tbody tr', { hasText: task.title });
  await row.getByRole('button', { name: 'Log it' }).click({ timeout: 30_000 });
  await row.getByText('In Zoho People', { exact: true }).waitFor({ timeout: 15_000 });
  const table = await stats.locator('.reconcile tr').evaluateAll((rs) => rs.map((r) => [...r.cells].map((c) => c.textContent.trim()).join(' | ')));
  console.log(`A reconciled day on the sandbox:\n${table.join('\n')}`);
  const again = await h.openPopup();
  await again.locator('.zoho').waitFor();
  // Counted again (Log it dropped the popup's kept count), to none.
  await waitFor(async () => (await h.worker.evaluate(async () => (await chrome.storage.session.get('zohoTodayGaps')).zohoTodayGaps))?.gaps === 0, 'the gaps counted again');
  assert.equal(await again.getByText(/today’s focus differ/).count(), 0, 'nothing is off any more');
});
