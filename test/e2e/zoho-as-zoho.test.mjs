// Issue #15: Zoho People as Zoho really behaves, through the built extension against the fake Zoho
// that follows Zoho's pages: a user with one job connects right after typing, the next focus after
// the token expired reaches Zoho through the session refresh, a stop answered with a code Zoho does
// not document leaves no timer running, a whole focus while Zoho is unreachable becomes a time
// log of the focus's real minutes, and so does a focus whose pause reached Zoho late.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { JOBS, ZOHO_USER } from '../fake-zoho/zoho.mjs';
import { launch, sleep, waitFor } from './harness.mjs';
import { jobSaved, zohoConnected } from './zoho-connect.mjs';

let h;
let popup;
before(async () => {
  h = await launch({ zoho: { jobs: [JOBS[0]] } }); // a user with one job
});
after(() => h?.close());

/** The mirror connected (the first test's work, done here when a test runs alone) and a popup showing Start. */
async function ready() {
  await zohoConnected(h);
  if (!popup || popup.isClosed()) popup = await h.openPopup();
  await popup.getByRole('button', { name: 'Start' }).waitFor();
}

const hm = (ms) => new Date(ms).toTimeString().slice(0, 5);
const minutes = (s) => Number(s.slice(0, 2)) * 60 + Number(s.slice(3, 5));
const mirror = () => h.worker.evaluate(async () => (await chrome.storage.local.get('zoho')).zoho.value);
/**
 * Polls `fn` until a minute after the mirror's next retry. The backoff after a minute of failures
 * is jittered (kernel/retry.ts), so the time is the one the worker stored, read again on each
 * look: an attempt still on its way when the test cleared the fault fails and sets a later one.
 */
async function afterRetry(fn, what) {
  const start = Date.now();
  let due = start;
  for (;;) {
    const found = await fn();
    if (found) return found;
    const z = await mirror();
    due = Math.max(due, z.retry?.at ?? 0);
    if (Date.now() > Math.min(due, start + 5 * 60_000) + 60_000) { // 5 minutes: the backoff's cap
      const calls = h.zoho.calls().slice(-6).map((c) => `${c.path.split('/').at(-1)} ${c.status}${c.fault ? ` ${c.fault}` : ''} ${c.at - start} ms`);
      throw new Error(`timed out waiting for ${what} (retry ${JSON.stringify(z.retry)}, queue ${z.queue.map((c) => c.kind)}, last calls: ${calls.join(', ')})`);
    }
    await sleep(250);
  }
}

test('a user with one job connects, clicking Connect right after typing: getjobs from sIndex 0 with what was typed', async () => {
  const options = await h.openOptions();
  await options.getByRole('switch', { name: 'Mirror focus time to Zoho People' }).check();
  await options.getByText(/tick “Allow access for this session”/).waitFor();
  await options.getByLabel('Zoho People e-mail or employee ID').fill(ZOHO_USER);
  await options.getByRole('button', { name: 'Connect Zoho People' }).click(); // no blur, no wait in between
  const consent = await waitFor(() => h.context.pages().find((p) => p.url().includes('/oauth/v2/auth?')), 'Zoho\'s consent page');
  await consent.getByLabel('Allow access for this session').check();
  await consent.getByRole('button', { name: 'Accept' }).click();
  await options.getByText('Connected to Zoho People.').waitFor();
  const job = options.getByRole('combobox', { name: 'Job', exact: true });
  await waitFor(async () => (await job.locator('option').count()) === 2, 'the one job listed'); // + "choose"
  const jobs = h.zoho.calls().filter((c) => c.path.endsWith('/getjobs'));
  assert.deepEqual(jobs.map((c) => [c.query.assignedTo, c.query.sIndex, c.query.limit]), [[ZOHO_USER, '0', '200']]);
  await job.selectOption({ label: 'Backend' });
  await jobSaved(h);
  assert.equal(await options.getByText(/was not ticked/).count(), 0, 'the session was granted: no warning');
  await options.close();
});

test('the token expires; the next focus reaches Zoho through /oauth/v2/auth/refresh without a Reconnect', async () => {
  await ready();
  const logged = h.zoho.log.length;
  h.zoho.expireTokens();
  await popup.getByRole('button', { name: 'Start' }).click();
  await waitFor(() => h.zoho.running, 'Zoho timer running after the renewal', 15_000);
  const oauth = h.zoho.log.slice(logged).filter((e) => e.path.startsWith('/oauth/'));
  assert.deepEqual([oauth.at(-1).path, oauth.at(-1).status], ['/oauth/v2/auth/refresh', 302]);
  assert.equal(oauth.filter((e) => e.path === '/oauth/v2/auth').length, 0, 'no consent page again');
  assert.equal(await popup.getByRole('button', { name: 'Reconnect Zoho People' }).count(), 0);
  await popup.getByRole('button', { name: 'End' }).click();
  await waitFor(() => !h.zoho.running, 'stopped');
});

test('a stop answered with a code Zoho does not document leaves no timer running', async () => {
  await ready();
  const calls = h.zoho.calls().length;
  await popup.getByRole('button', { name: 'Start' }).click();
  await waitFor(() => h.zoho.running, 'Zoho timer running');
  const id = h.zoho.running.id;
  h.zoho.setFault('code', { code: 7300, op: 'timer', times: 1, message: 'Error in pausing the timer', errMessage: 'Something unexpected' });
  await popup.getByRole('button', { name: 'Pause' }).click();
  await waitFor(() => h.zoho.calls().slice(calls).some((c) => c.fault === 'code'), 'the odd answer');
  assert.ok(h.zoho.running, 'Zoho still runs the timer after the odd answer');
  await waitFor(() => !h.zoho.running, 'the timer stopped after a check and a second stop', 20_000);
  const stops = h.zoho.calls().filter((c) => c.query.timer === 'stop' && c.query.timeLogId === id);
  assert.deepEqual(stops.map((c) => c.fault), ['code', null]);
  await popup.getByRole('button', { name: 'End' }).click();
  await popup.getByRole('button', { name: 'Start' }).waitFor();
});

const queueEmpty = async () => (await mirror()).queue.length === 0;

test('a whole focus while Zoho is unreachable becomes a time log of the focus\'s real minutes', async () => {
  await ready();
  const calls = h.zoho.calls().length;
  const added = h.zoho.addedLogs().length;
  h.zoho.setFault('status', { code: 503 }); // every call: Zoho is down
  const startedAt = Date.now();
  await popup.getByRole('button', { name: 'Start' }).click();
  await popup.getByRole('alert').filter({ hasText: 'Zoho People' }).waitFor();
  await sleep(Math.max(0, startedAt + 65_000 - Date.now())); // more than a minute: a replay would be late
  const endedAt = Date.now();
  await popup.getByRole('button', { name: 'End' }).click();
  await popup.getByRole('button', { name: 'Start' }).waitFor();
  h.zoho.clearFaults();
  await afterRetry(async () => h.zoho.addedLogs().length > added && (await queueEmpty()), 'the time log, at the next retry');
  // Usually one log; when a retry came between the minute mark and End, the minutes so far and
  // the rest are two logs that meet (features/zoho/late.ts). Either way: the focus's minutes.
  const sent = h.zoho.calls().slice(calls).filter((c) => c.path.endsWith('/addtimelog') && c.status === 200);
  assert.ok(sent.length >= 1 && sent.length <= 2, `${sent.length} time logs`);
  for (const c of sent) {
    const q = c.query;
    assert.deepEqual([c.method, q.user, q.jobId, q.workDate, q.billingStatus, q.workItem], ['POST', ZOHO_USER, JOBS[0].jobId, new Date(startedAt).toLocaleDateString('sv'), 'billable', 'Focus']);
  }
  const from = sent[0].query.fromTime;
  const to = sent.at(-1).query.toTime;
  if (sent.length === 2) assert.equal(sent[1].query.fromTime, sent[0].query.toTime, 'the two logs meet');
  assert.ok(Math.abs(minutes(from) - minutes(hm(startedAt))) <= 1, `from ${from} ≈ ${hm(startedAt)}`);
  assert.ok(Math.abs(minutes(to) - minutes(hm(endedAt))) <= 1, `to ${to} ≈ ${hm(endedAt)}`);
  assert.ok(minutes(to) - minutes(from) >= 1, 'the focus\'s minutes, not seconds');
  assert.ok(h.zoho.addedLogs().slice(added).every((l) => l.type === 1));
  assert.equal(h.zoho.running, null);
  assert.ok(!h.zoho.calls().some((c) => c.query.timer === 'start' && c.status === 200 && c.at > startedAt), 'no timer replayed');
  const z = await mirror();
  assert.deepEqual([z.queue, z.missed], [[], []]);
  assert.deepEqual(h.workerErrors, []);
});

test('a focus whose pause cannot reach Zoho for more than a minute ends with Zoho holding its real minutes', async () => {
  await ready();
  const calls = h.zoho.calls().length;
  const startedAt = Date.now();
  await popup.getByRole('button', { name: 'Start' }).click();
  await waitFor(() => h.zoho.running, 'Zoho timer running, on time');
  const timerLog = h.zoho.running.id;
  const added = h.zoho.addedLogs().length;
  await sleep(Math.max(0, startedAt + 61_000 - Date.now())); // a focus of a minute or more
  h.zoho.setFault('status', { code: 503 }); // Zoho unreachable at the pause
  const pausedAt = Date.now();
  await popup.getByRole('button', { name: 'End' }).click();
  await popup.getByRole('button', { name: 'Start' }).waitFor();
  await sleep(Math.max(0, pausedAt + 65_000 - Date.now())); // the stop is now more than a minute late
  assert.ok(h.zoho.running, 'Zoho\'s timer still runs while the stop cannot reach it');
  h.zoho.clearFaults();
  // The fake holds the log a moment before the worker has its answer and saves the queue: wait for both.
  await afterRetry(async () => !h.zoho.logs.has(timerLog) && h.zoho.addedLogs().length > added && (await queueEmpty()), 'the timer log replaced by the real minutes');
  assert.equal(h.zoho.addedLogs().length, added + 1, 'one log of the real minutes');
  assert.equal(h.zoho.running, null, 'the timer stopped');
  const log = h.zoho.addedLogs().at(-1);
  assert.equal(log.type, 1);
  assert.ok(Math.abs(log.from - minutes(hm(startedAt))) <= 1, `from ${log.from} ≈ ${hm(startedAt)}`);
  assert.ok(Math.abs(log.to - minutes(hm(pausedAt))) <= 1, `to ${log.to} ≈ ${hm(pausedAt)}, not when Zoho got the stop`);
  assert.deepEqual([log.jobId, log.workItem, log.billingStatus], [JOBS[0].jobId, 'Focus', 'billable']);
  const del = h.zoho.calls().slice(calls).filter((c) => c.path.endsWith('/deletetimelog') && c.status === 200 && !c.fault);
  assert.deepEqual(del.map((c) => [c.method, c.query.timeLogId]), [['POST', timerLog]]);
  const z = await mirror();
  assert.deepEqual([z.queue, z.missed], [[], []]);
  assert.deepEqual(h.workerErrors, []);
});
