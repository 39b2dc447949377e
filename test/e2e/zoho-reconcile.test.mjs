// Issue #21: the statistics page's reconciliation of TickTick's focus with Zoho People's time logs,
// through the real stats page and worker, against the fake TickTick and the fake Zoho People
// (test/fake-zoho/timelogs.mjs follows Zoho's get-timelogs and add-timelogs pages).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { JOBS, ZOHO_USER } from '../fake-zoho/zoho.mjs';
import { launch, waitFor } from './harness.mjs';
import { violations } from './page-checks.mjs';
import { zohoConnected } from './zoho-connect.mjs';

const MIN = 60_000;
const pad = (n) => String(n).padStart(2, '0');
const fmt = (ms) => new Date(ms).toISOString().replace('Z', '+0000');
const hm = (ms) => `${pad(new Date(ms).getHours())}:${pad(new Date(ms).getMinutes())}`;
const ymd = (ms) => { const d = new Date(ms); return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`; };
const minOfDay = (ms) => new Date(ms).getHours() * 60 + new Date(ms).getMinutes();

let h;
/** Today's focus that never reached Zoho (the mirror was off): 25 minutes (less in the day's first half hour), whole minutes. */
let focus;
before(async () => {
  h = await launch({ zoho: {} });
  const now = Date.now();
  const midnight = new Date(now).setHours(0, 0, 0, 0);
  const start = Math.ceil(Math.max(midnight + MIN, now - 40 * MIN) / MIN) * MIN;
  const len = Math.max(1, Math.min(25, Math.floor((now - start) / MIN) - 1));
  const task = h.tt.tasks[0];
  focus = { start, end: start + len * MIN, len, title: task.title };
  h.tt.history.push({ id: 'a1b2c3d4e5f6a7b8c9d0e1f2', tasks: [{ taskId: task.id, title: task.title, startTime: fmt(start), endTime: fmt(focus.end) }],
    startTime: fmt(start), endTime: fmt(focus.end), status: 1, pauseDuration: 0, adjustTime: 0, etag: 'r', type: 0, added: false, note: 'Drafted the outline' });
});
after(() => h?.close());

async function openStats(hash = '') {
  const page = await h.context.newPage();
  page.on('pageerror', (e) => h.workerErrors.push(`stats: ${e.message}`));
  await page.goto(`chrome-extension://${h.extId}/stats.html${hash}`);
  await page.locator('main[data-status=done]').waitFor({ timeout: 30_000 });
  await page.getByRole('heading', { name: 'Focus time in Zoho People' }).waitFor();
  return page;
}
const rowOf = (page, text) => page.locator('.reconcile tbody tr', { hasText: text });

test('a focus made while the mirror was off is a gap; "Log it" creates a log of its real minutes on its day and job', async () => {
  await zohoConnected(h);
  const page = await openStats();
  const row = rowOf(page, focus.title);
  await row.getByText('Not in Zoho People', { exact: true }).waitFor();
  assert.match(await row.textContent(), new RegExp(`${focus.len}\\s*min`));
  const calls = h.zoho.calls().length;
  await row.getByRole('button', { name: 'Log it' }).click();
  const added = await waitFor(() => h.zoho.addedLogs().find((l) => l.from === minOfDay(focus.start)), 'the time log in Zoho');
  assert.deepEqual([added.type, added.jobId, added.workDate, added.to - added.from, added.workItem, added.description, added.billingStatus],
    [1, JOBS[0].jobId, ymd(focus.start), focus.len, focus.title, 'Drafted the outline', 'billable']);
  const call = h.zoho.calls().slice(calls).find((c) => c.path.endsWith('/addtimelog'));
  assert.deepEqual([call.method, call.query.user, call.query.fromTime, call.query.toTime], ['POST', ZOHO_USER, hm(focus.start), hm(focus.end)]);
  // Zoho is read again: the focus is in Zoho People now.
  await row.getByText('In Zoho People', { exact: true }).waitFor();
  // Every read and the write went through the worker's budget (local:zoho `sent`).
  const sent = await h.worker.evaluate(async () => (await chrome.storage.local.get('zoho')).zoho.value.sent);
  assert.ok(sent.gettimelogs?.length >= 2 && sent.addtimelog?.length === 1, JSON.stringify(sent));
  await page.close();
});

test('a Zoho log with no focus behind it shows as such; "Ignore" is remembered', async () => {
  await zohoConnected(h);
  const f = minOfDay(focus.start);
  const [from, to] = f >= 70 ? [f - 60, f - 30] : [minOfDay(focus.end) + 30, minOfDay(focus.end) + 60];
  h.zoho.logElsewhere({ from, to, workItem: 'Client call' });
  const page = await openStats();
  const row = rowOf(page, 'Client call');
  await row.getByText('No focus behind it').waitFor();
  assert.match(await row.textContent(), /30\s*min/);
  assert.equal(await row.getByRole('button', { name: 'Log it' }).count(), 0, 'nothing to log for a log with no focus');
  await row.getByRole('button', { name: 'Ignore' }).click();
  await page.getByRole('button', { name: 'Show ignored (1)' }).waitFor();
  assert.equal(await row.count(), 0);
  await page.reload();
  await page.locator('main[data-status=done]').waitFor({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Show ignored (1)' }).click();
  await rowOf(page, 'Client call').getByText('Ignored', { exact: true }).waitFor();
  await page.close();
});

test('the week: totals per job and billable / non-billable, TickTick beside Zoho', async () => {
  await zohoConnected(h);
  const f = minOfDay(focus.start);
  const [from, to] = f >= 100 ? [f - 95, f - 80] : [minOfDay(focus.end) + 70, minOfDay(focus.end) + 85];
  h.zoho.logElsewhere({ jobId: JOBS[1].jobId, from, to, workItem: 'Support rota', billingStatus: 'non-billable' });
  // A range of today alone: its week is today (the page reads only its range's sessions).
  const today = ymd(Date.now());
  const page = await openStats(`#custom/${today}/${today}`);
  await page.getByRole('button', { name: 'Its week' }).click();
  const totals = page.locator('.reconcile-totals');
  await totals.waitFor();
  // Expected from the fakes: TickTick's focus of today (all on the mirror's job), Zoho's logs of today per job.
  const zohoMin = (jobId) => [...h.zoho.logs.values()].filter((l) => l.jobId === jobId && l.workDate === today).reduce((n, l) => n + h.zoho.totalSec(l) / 60, 0);
  const backend = await totals.locator('tbody tr', { hasText: JOBS[0].jobName }).textContent();
  assert.match(backend, new RegExp(`Billable\\s*${focus.len} min\\s*${zohoMin(JOBS[0].jobId)} min`));
  const other = await totals.locator('tbody tr', { hasText: JOBS[1].jobName }).textContent();
  assert.match(other, /Non-billable\s*0 min\s*15 min\s*\+15 min/);
  assert.match(await totals.locator('tfoot tr', { hasText: 'Non-billable' }).textContent(), /0 min\s*15 min/);
  // The week lists its gaps only: the Zoho log with no focus is one.
  await rowOf(page, 'Support rota').getByText('No focus behind it', { exact: true }).waitFor();
  await page.close();
});

test('the reconciliation is axe-clean in light and dark', async () => {
  await zohoConnected(h);
  const page = await openStats();
  await page.locator('.reconcile table').first().waitFor();
  await page.getByRole('button', { name: 'Its week' }).click();
  await page.locator('.reconcile-totals').waitFor();
  const light = await violations(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  const dark = await violations(page);
  assert.deepEqual({ light, dark }, { light: [], dark: [] });
  if (process.env.TTF_SHOT) await page.locator('.reconcile').screenshot({ path: process.env.TTF_SHOT });
  assert.deepEqual(h.workerErrors, []);
  await page.close();
});
