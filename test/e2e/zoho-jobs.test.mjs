// Issue #21 part 1: a Zoho People job per TickTick list, chosen on the real options page ("Jobs
// per list"), and focuses on tasks of two lists reaching the fake Zoho People as logs on the two
// jobs; a task of the other list mid-focus moves the rest of the focus to that list's job.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { JOBS } from '../fake-zoho/zoho.mjs';
import { launch, waitFor } from './harness.mjs';
import { violations } from './page-checks.mjs';
import { zohoConnected } from './zoho-connect.mjs';

const [BACKEND, REVIEW, DESIGN] = JOBS;
let h;
let popup;
before(async () => {
  h = await launch({ zoho: {} });
});
after(() => h?.close());

const mappings = () => h.worker.evaluate(async () => (await chrome.storage.sync.get('settings')).settings?.value?.zoho?.jobs ?? []);

/** Work → Code review (default billing), 生活 → Design sync, non-billable: through the options page unless stored already. */
async function mapped() {
  await zohoConnected(h);
  if ((await mappings()).length === 2) return;
  const options = await h.openOptions();
  await options.getByRole('group', { name: 'Jobs per list' }).waitFor();
  const work = options.getByRole('combobox', { name: 'Job for Work' });
  await work.locator('option', { hasText: REVIEW.jobName }).waitFor({ state: 'attached' });
  assert.equal(await options.getByRole('combobox', { name: 'Job for Inbox' }).count(), 1, 'the Inbox is offered too');
  await work.selectOption({ label: REVIEW.jobName });
  await waitFor(async () => (await mappings()).length === 1, 'Work mapped');
  await options.getByRole('combobox', { name: 'Job for 生活' }).selectOption({ label: DESIGN.jobName });
  await waitFor(async () => (await mappings()).length === 2, '生活 mapped');
  await options.getByRole('combobox', { name: 'Billing status for 生活' }).selectOption({ label: 'Non-billable' });
  await waitFor(async () => (await mappings()).find((m) => m.listId === 'list-home')?.billing === 'non-billable', 'billing saved');
  await options.close();
}

async function idlePopup() {
  if (!popup || popup.isClosed()) popup = await h.openPopup();
  await popup.getByRole('button', { name: 'Start' }).waitFor();
}

/** Binds `title` through the task chooser (before a start, or mid-focus). */
async function choose(search, title) {
  await popup.getByRole('button', { name: /(choose a|change) task/i }).click();
  await popup.getByRole('searchbox').fill(search);
  await popup.getByRole('button', { name: title }).click();
}

const runningOn = (jobId) => waitFor(() => h.zoho.running?.jobId === jobId && h.zoho.running, `a Zoho timer on ${jobId}`, 12_000);
async function end() {
  await popup.getByRole('button', { name: 'End' }).click();
  await waitFor(() => !h.zoho.running, 'Zoho timer stopped');
  await h.settled();
}
const logsSince = (ids) => [...h.zoho.logs.values()].filter((l) => !ids.has(l.id));

test('two focuses on tasks of two mapped lists reach Zoho as logs on the two jobs', async () => {
  await mapped();
  await idlePopup();
  const before = new Set(h.zoho.logs.keys());
  await choose('pull', /Review pull requests/);
  await popup.getByRole('button', { name: 'Start' }).click();
  await runningOn(REVIEW.jobId);
  await popup.getByText(`Zoho People · ${REVIEW.jobName}`).waitFor();
  await end();
  await idlePopup();
  await choose('dentist', /Call the dentist/);
  await popup.getByRole('button', { name: 'Start' }).click();
  await runningOn(DESIGN.jobId);
  await end();
  const logs = logsSince(before);
  assert.deepEqual(logs.map((l) => [l.jobId, l.billingStatus, l.workItem]), [
    [REVIEW.jobId, 'billable', 'Review pull requests'],
    [DESIGN.jobId, 'non-billable', 'Call the dentist'],
  ]);
  assert.deepEqual(h.workerErrors, []);
});

test('a task of the other list mid-focus: the Work log stops, the rest goes to 生活\'s job', async () => {
  await mapped();
  await idlePopup();
  const before = new Set(h.zoho.logs.keys());
  await choose('quarterly', /Write the quarterly report/);
  await popup.getByRole('button', { name: 'Start' }).click();
  const first = await runningOn(REVIEW.jobId);
  await choose('整理', '整理读书笔记');
  const second = await runningOn(DESIGN.jobId);
  assert.notEqual(second.id, first.id);
  assert.ok(first.segments.at(-1).to, 'the Work log stopped');
  await end();
  assert.deepEqual(logsSince(before).map((l) => l.jobId), [REVIEW.jobId, DESIGN.jobId]);
});

test('another device\'s focus: its task\'s list\'s job; a focus on no task: the default job', async () => {
  await mapped();
  await idlePopup();
  const before = new Set(h.zoho.logs.keys());
  h.tt.device.start({ minutes: 25, taskId: h.tt.tasks[5].id }); // Call the dentist, 生活
  await runningOn(DESIGN.jobId);
  h.tt.device.drop();
  h.tt.device.exit();
  await waitFor(() => !h.zoho.running, 'stopped', 12_000);
  await popup.getByRole('button', { name: 'Start' }).waitFor({ timeout: 8000 });
  h.tt.device.start({ minutes: 25 });
  await runningOn(BACKEND.jobId);
  h.tt.device.drop();
  h.tt.device.exit();
  await waitFor(() => !h.zoho.running, 'stopped', 12_000);
  assert.deepEqual(logsSince(before).map((l) => l.jobId), [DESIGN.jobId, BACKEND.jobId]);
});

test('the jobs per list are axe-clean in light and dark, each select named by its list', async () => {
  await mapped();
  const options = await h.openOptions();
  const group = options.getByRole('group', { name: 'Jobs per list' });
  await group.getByRole('combobox', { name: 'Job for Work' }).waitFor();
  await waitFor(async () => (await group.getByRole('combobox', { name: 'Job for Work' }).inputValue()) === REVIEW.jobId, 'the stored mapping shown');
  assert.equal(await group.getByRole('combobox', { name: 'Billing status for 生活' }).inputValue(), 'non-billable');
  assert.equal(await group.getByRole('combobox', { name: 'Billing status for Inbox' }).isDisabled(), true, 'no billing of its own on the default job');
  const light = await violations(options);
  await options.emulateMedia({ colorScheme: 'dark' });
  const dark = await violations(options);
  assert.deepEqual({ light, dark }, { light: [], dark: [] });
  await options.close();
});
