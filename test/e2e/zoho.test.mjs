// Issue #7: every focus mirrored into Zoho People's time tracker, through the real options page,
// identity.launchWebAuthFlow and worker, against the fake TickTick and the fake Zoho People.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { JOBS, ZOHO_USER } from '../fake-zoho/zoho.mjs';
import { launch, waitFor } from './harness.mjs';
import { consent as consentIn, jobSaved, zohoConnected } from './zoho-connect.mjs';

// Each test counts what happened since its own start and sets up what it needs (the mirror
// connected, an idle popup), so it passes alone as well as after the others.
let h;
let popup;
before(async () => {
  h = await launch({ zoho: {} });
});
after(() => h?.close());

/** The mirror connected (the first test's work) and a popup showing Start. */
async function ready() {
  await zohoConnected(h);
  if (!popup || popup.isClosed()) popup = await h.openPopup();
  await popup.getByRole('button', { name: 'Start' }).waitFor();
}

const timerCalls = () => h.zoho.calls().filter((c) => c.path.endsWith('/timer') || c.path.endsWith('/addcomment'))
  .map((c) => (c.path.endsWith('/addcomment') ? `addcomment:${c.query.comment}` : `${c.query.timer}${c.query.timeLogId ? `:${c.query.timeLogId}` : ''}`));
const tickTickOps = () => h.opRequests().flatMap((r) => r.opList.map((o) => o.op));
const consent = (session) => consentIn(h, session);

test('connect from the options page: launchWebAuthFlow, token in storage.session only, job picker', async () => {
  const logged = h.zoho.log.length;
  const options = await h.openOptions();
  await options.getByRole('switch', { name: 'Mirror focus time to Zoho People' }).check();
  await options.getByLabel('Zoho People e-mail or employee ID').fill(ZOHO_USER);
  await options.getByLabel('Zoho People e-mail or employee ID').blur();
  await options.getByRole('button', { name: /Connect/ }).click();
  await consent();
  await options.getByText('Connected to Zoho People.').waitFor();
  const auth = h.zoho.log.slice(logged).find((e) => e.path === '/oauth/v2/auth');
  assert.deepEqual([auth.query.response_type, auth.query.scope, auth.query.client_id], ['token', 'ZOHOPEOPLE.timetracker.ALL', '1000.SANDBOXCLIENT']);
  assert.match(auth.query.redirect_uri, /^https:\/\/[a-p]{32}\.chromiumapp\.org\/$/);
  const job = options.getByRole('combobox', { name: 'Job', exact: true });
  await waitFor(async () => (await job.locator('option').count()) === 4, 'in-progress jobs listed'); // 3 jobs + "choose"
  const jobsCall = h.zoho.log.slice(logged).find((c) => c.path.endsWith('/getjobs'));
  assert.deepEqual([jobsCall.query.assignedTo, jobsCall.query.jobStatus, jobsCall.query.sIndex], [ZOHO_USER, 'in-progress', '0']);
  await job.selectOption({ label: 'Backend' });
  await jobSaved(h);
  const stores = await h.worker.evaluate(async () => JSON.stringify({
    local: await chrome.storage.local.get(null), sync: await chrome.storage.sync.get(null), session: await chrome.storage.session.get(null),
  }));
  const token = [...h.zoho.tokens.keys()].at(-1);
  const { local, sync, session } = JSON.parse(stores);
  assert.ok(!JSON.stringify(local).includes(token) && !JSON.stringify(sync).includes(token), 'no Zoho token in local or sync storage');
  assert.equal(session.zohoToken.token, token);
  await options.close();
});

test('start, pause, continue, end a focus: timer=start, stop, start with the same timeLogId, stop', async () => {
  await ready();
  const calls = h.zoho.calls().length;
  const made = timerCalls().length;
  await popup.getByRole('button', { name: 'Start' }).click();
  await waitFor(() => h.zoho.running, 'Zoho timer running');
  const start = h.zoho.calls().slice(calls).find((c) => c.query.timer === 'start');
  const today = new Date();
  const ymd = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
  assert.deepEqual(
    [start.method, start.query.user, start.query.jobId, start.query.workDate, start.query.billingStatus, start.query.workItem],
    ['POST', ZOHO_USER, JOBS[0].jobId, ymd, 'billable', 'Focus'],
  );
  assert.match(start.auth, /^Zoho-oauthtoken 1000\./);
  const id = h.zoho.running.id;
  await popup.getByText('Timer running').waitFor();
  await popup.getByRole('button', { name: 'Pause' }).click();
  await waitFor(() => !h.zoho.running, 'Zoho timer stopped');
  await popup.getByRole('button', { name: 'Continue' }).click();
  await waitFor(() => h.zoho.running?.id === id, 'same log resumed');
  await popup.getByRole('button', { name: 'End' }).click();
  await waitFor(() => !h.zoho.running, 'stopped at the end');
  assert.deepEqual(timerCalls().slice(made), ['start', `stop:${id}`, `start:${id}`, `stop:${id}`]);
});

test('a note becomes a comment on the running log; the popup lists it and can delete it', async () => {
  await ready();
  await popup.getByRole('button', { name: 'Start' }).click();
  await waitFor(() => h.zoho.running, 'timer running');
  const id = h.zoho.running.id;
  await popup.getByRole('textbox', { name: /note/i }).fill('Outlined the report');
  await waitFor(() => h.tt.current.note === 'Outlined the report', 'note at TickTick');
  await popup.getByRole('button', { name: 'Pause' }).click();
  await waitFor(() => !h.zoho.running, 'paused');
  assert.deepEqual(timerCalls().slice(-2), ['addcomment:Outlined the report', `stop:${id}`]);
  await popup.getByRole('button', { name: 'Continue' }).click();
  await popup.getByText('Outlined the report', { exact: true }).waitFor({ timeout: 12_000 });
  await popup.getByRole('textbox', { name: 'Add a comment' }).fill('Asked Li for numbers');
  await popup.getByRole('button', { name: 'Add', exact: true }).click();
  await waitFor(() => h.zoho.logs.get(id).comments.length === 2, 'comment added');
  await popup.getByRole('button', { name: 'Delete comment "Outlined the report"' }).click({ timeout: 12_000 });
  await waitFor(() => h.zoho.logs.get(id).comments.map((c) => c.comment).join() === 'Asked Li for numbers', 'comment deleted');
  await popup.getByRole('button', { name: 'End' }).click();
  await waitFor(() => !h.zoho.running, 'stopped');
});

test('a focus started on another device is mirrored too', async () => {
  await ready();
  const before = timerCalls().length;
  h.tt.device.start({ minutes: 25, taskId: h.tt.tasks[0].id });
  await waitFor(() => h.zoho.running, 'mirrored phone focus', 12_000);
  assert.equal(h.zoho.running.workItem, 'Write the quarterly report');
  h.tt.device.pause();
  await waitFor(() => !h.zoho.running, 'phone pause mirrored', 12_000);
  assert.deepEqual(timerCalls().slice(before).map((c) => c.split(':')[0]), ['start', 'stop']);
  h.tt.device.drop();
  h.tt.device.exit();
  await popup.getByRole('button', { name: 'Start' }).waitFor({ timeout: 8000 });
});

test('Zoho down (502): TickTick ops are still delivered at once, the popup names Zoho People, the call follows later', async () => {
  await ready();
  const calls = h.zoho.calls().length;
  const logs = h.zoho.logs.size;
  // Zoho is down (502) for the start. (A reset connection is no test here: Chromium itself resends a
  // request whose reused connection was reset.)
  h.zoho.setFault('status', { code: 502, times: 1, op: 'timer' });
  await popup.getByRole('button', { name: 'Start' }).click();
  await waitFor(() => h.tt.current?.status === 0 && !h.tt.current.exited, 'TickTick has the start');
  await popup.getByRole('alert').filter({ hasText: 'Zoho People' }).waitFor();
  assert.equal(tickTickOps().at(-1), 'start');
  const retry = await h.worker.evaluate(() => chrome.alarms.get('zohoRetry'));
  assert.ok(retry && retry.scheduledTime > Date.now(), 'a retry alarm for the mirror');
  await waitFor(() => h.zoho.running, 'started once Zoho is back (the first backoff is 2.5–5 s)', 15_000);
  const starts = h.zoho.calls().slice(calls).filter((c) => c.query.timer === 'start' && !c.query.timeLogId);
  assert.deepEqual(starts.map((c) => c.status), [502, 200], 'the start sent again once Zoho answers, not twice');
  assert.equal(h.zoho.logs.size, logs + 1, 'one log for the focus');
  await popup.getByRole('button', { name: 'End' }).click();
  await waitFor(() => !h.zoho.running, 'stopped');
});

test('Zoho answers 8005 (timer disabled): a readable message naming Zoho People; TickTick unaffected', async () => {
  await ready();
  h.zoho.setFault('code', { code: 8005, op: 'timer', times: 1, message: 'Error in adding timelog', errMessage: 'Timer is disabled in Settings. Contact your Administrator' });
  await popup.getByRole('button', { name: 'Start' }).click();
  await popup.getByText('Zoho People: Error in adding timelog: Timer is disabled in Settings. Contact your Administrator').waitFor();
  assert.equal(h.tt.current.status, 0);
  assert.ok(await popup.getByRole('button', { name: 'Pause' }).isVisible(), 'TickTick\'s state is still shown');
  await popup.getByRole('button', { name: 'End' }).click();
  await popup.getByRole('button', { name: 'Start' }).waitFor();
});

test('an expired token is renewed silently through /oauth/v2/auth/refresh (launchWebAuthFlow without a window)', async () => {
  await ready();
  h.zoho.expireTokens();
  const tokens = h.zoho.tokens.size;
  await popup.getByRole('button', { name: 'Start' }).click();
  await waitFor(() => h.zoho.running, 'timer started after the renewal', 15_000);
  assert.equal(h.zoho.tokens.size, tokens + 1);
  const auth = h.zoho.log.filter((e) => e.path.startsWith('/oauth/v2/auth')).at(-1);
  assert.deepEqual([auth.path, auth.query.response_type, auth.status], ['/oauth/v2/auth/refresh', 'token', 302]);
  await popup.getByRole('button', { name: 'End' }).click();
  await waitFor(() => !h.zoho.running, 'stopped');
  assert.deepEqual(h.workerErrors, []);
});

test('a timer already running in Zoho is not doubled: the popup shows it and asks', async () => {
  await ready();
  const other = h.zoho.startElsewhere();
  await popup.getByRole('button', { name: 'Start' }).click();
  await popup.getByText('Zoho People already runs a timer: Code review – Started in Zoho.', { exact: false }).waitFor();
  assert.equal(h.zoho.running.id, other.id, 'no second timer');
  await popup.getByRole('button', { name: 'Stop it and mirror this focus' }).click();
  await waitFor(() => h.zoho.running && h.zoho.running.id !== other.id, 'ours runs after the user chose');
  assert.equal(h.zoho.running.jobId, JOBS[0].jobId);
  await popup.getByRole('button', { name: 'End' }).click();
  await waitFor(() => !h.zoho.running, 'stopped');
});

test('when a silent renewal fails, the popup says "Reconnect Zoho People"; TickTick goes on', async () => {
  await ready();
  // The reads this file made within the minute leave room for the mirror's check (a shared budget).
  await waitFor(async () => (await h.worker.evaluate(async () => ((await chrome.storage.local.get('zoho')).zoho.value.sent?.getcurrentlyrunningtimer ?? [])
    .filter((t) => Date.now() - t < 60_000).length)) < 15, 'room in the read budget', 60_000);
  h.zoho.accounts.signOut(); // Zoho's refresh meets its sign-in page: a renewal without a window cannot finish
  h.zoho.expireTokens();
  await popup.getByRole('button', { name: 'Start' }).click();
  await popup.getByRole('button', { name: 'Reconnect Zoho People' }).waitFor({ timeout: 15_000 });
  assert.equal(h.tt.current.status, 0, 'TickTick has the focus');
  await popup.getByRole('button', { name: 'Pause' }).click();
  await waitFor(() => h.tt.current.status === 1, 'TickTick paused');
  // The mirror queues the stop after TickTick's answer (app/worker.ts): wait for it to be saved.
  const kinds = async () => (await h.worker.evaluate(async () => (await chrome.storage.local.get('zoho')).zoho.value)).queue.map((c) => c.kind).join();
  await waitFor(async () => (await kinds()) === 'start,stop', 'the mirror\'s calls wait for the new sign-in');
  h.zoho.accounts.signIn();
  const options = await h.openOptions();
  await options.getByRole('button', { name: 'Reconnect Zoho People' }).click();
  await consent();
  await options.getByText('Connected to Zoho People.').waitFor();
  const zoho = () => h.worker.evaluate(async () => (await chrome.storage.local.get('zoho')).zoho.value);
  await waitFor(async () => !(await zoho()).queue.some((c) => c.kind === 'start'), 'the start sent after reconnecting');
  // The stop goes out at once, or, when the timer calls of the last minute used Zoho's budget (20
  // a minute, then a 5-minute lock: after the rest of this file they do), waits for it instead of
  // being sent into the lock.
  const { z2, at } = await waitFor(async () => {
    const read = { z2: await zoho(), at: Date.now() };
    return (read.z2.queue.length === 0 || read.z2.retry?.at > read.at) && read;
  }, 'the stop sent, or waiting for the budget');
  const window = z2.sent.timer.filter((t) => at - t < 60_000);
  if (z2.queue.length) {
    assert.deepEqual([z2.queue.map((c) => c.kind), window.length], [['stop'], 20], 'only a full budget holds the stop');
    assert.ok(z2.retry.at <= window[0] + 60_000 + 1000, 'retried when the oldest call leaves the window');
  } else {
    assert.equal(h.zoho.running, null, 'Zoho\'s timer stopped, as TickTick\'s focus is paused');
  }
  assert.ok(h.zoho.calls().every((c) => !c.locked), 'never locked out (7209)');
  await options.close();
});
