// Issue #17: options → "Check connection" names the failing step for each way TickTick fails a new
// user (signed out, 401, an HTML sign-in page, a refused request, unreachable, withheld host
// access), says nothing failed on the sandbox, and "Copy report" puts on the clipboard a text
// without the session token or a cookie's value (the sandbox's known SANDBOX_TOKEN / SANDBOX_CSRF).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { SAMPLE_TASKS, SANDBOX_CSRF, SANDBOX_TOKEN } from '../fake-ticktick/ticktick.mjs';
import { BASE, launch, waitFor } from './harness.mjs';
import { violations } from './page-checks.mjs';
import { zohoConnected } from './zoho-connect.mjs';

let h;
let options;
before(async () => {
  h = await launch({ zoho: {} });
  options = await h.openOptions();
});
after(() => h?.close());

/** Runs the check once more and returns the verdict line and the failing step's text. */
async function check() {
  const report = options.locator('pre.report');
  const before = (await report.count()) ? await report.textContent() : '';
  await options.getByRole('button', { name: 'Check connection' }).click();
  await waitFor(async () => (await report.count()) && (await report.textContent()) !== before, 'a new check');
  const verdict = await options.locator('.check-verdict').textContent();
  const failed = options.locator('.check-steps li.mark-fail').first();
  return { verdict, failed: (await failed.count()) ? await failed.textContent() : '' };
}

/** Chrome's own "site access" setting for the extension, as chrome://extensions sets it. */
async function siteAccess(hostAccess) {
  const page = await h.context.newPage();
  await page.goto('chrome://extensions/');
  await page.evaluate(([id, access]) => chrome.developerPrivate.updateExtensionConfiguration({ extensionId: id, hostAccess: access }), [h.extId, hostAccess]);
  await page.close();
}

test('on the sandbox: no step fails; the options page with the results is axe-clean, light and dark', async () => {
  const { verdict } = await check();
  assert.equal(verdict, 'No step failed.');
  console.log(`The check on the sandbox:\n${await options.locator('pre.report').textContent()}`);
  const report = { light: await violations(options) };
  await options.emulateMedia({ colorScheme: 'dark' });
  report.dark = await violations(options);
  await options.emulateMedia({ colorScheme: 'light' });
  assert.deepEqual(report, { light: [], dark: [] });
});

test('TickTick answers 401 user_not_sign_on: the focus read fails, as a session TickTick no longer takes', async () => {
  h.tt.setFault('status', { code: 401, errorCode: 'user_not_sign_on' });
  const { verdict, failed } = await check();
  h.tt.clearFaults();
  assert.equal(verdict, 'Failing step: Focus read.');
  assert.match(failed, /does not take this session.*HTTP 401 · errorCode user_not_sign_on/);
});

test('TickTick answers its HTML sign-in page: the focus read fails, as a sign-in page', async () => {
  h.tt.setFault('html200');
  const { verdict, failed } = await check();
  h.tt.clearFaults();
  assert.equal(verdict, 'Failing step: Focus read.');
  assert.match(failed, /answered with its sign-in page.*HTTP 200 · text\/html/);
});

test('TickTick refuses the request (403): the focus read fails, as refused', async () => {
  h.tt.setFault('status', { code: 403, errorCode: 'csrf_failed' });
  const { verdict, failed } = await check();
  h.tt.clearFaults();
  assert.equal(verdict, 'Failing step: Focus read.');
  assert.match(failed, /refused the request.*HTTP 403 · errorCode csrf_failed/);
});

test('TickTick unreachable: the focus read fails, as no answer', async () => {
  h.server.setReachable(false);
  const { verdict, failed } = await check();
  h.server.setReachable(true);
  assert.equal(verdict, 'Failing step: Focus read.');
  assert.match(failed, /No answer: ticktick\.com could not be reached.*no answer · read as offline/);
});

test('host access withheld (site access "on click"): the host access step fails, the cookies it hides are not checked', async () => {
  await siteAccess('ON_CLICK');
  const { verdict, failed } = await check();
  await siteAccess('ON_ALL_SITES');
  assert.equal(verdict, 'Failing step: Host access.');
  assert.match(failed, /withholds ticktick\.com from this extension/);
  assert.equal(await options.locator('.check-steps li.mark-skip').filter({ hasText: 'Session cookie' }).count(), 1);
});

test('Copy report: no token and no cookie value; the task title only when the box is ticked', async () => {
  h.tt.device.start({ taskId: SAMPLE_TASKS[0].id });
  const popup = await h.openPopup(); // an open popup follows the phone's focus, its task included
  await waitFor(async () => (await h.state())?.current?.focusTasks?.[0]?.title === SAMPLE_TASKS[0].title, 'the task in the state');
  await popup.close();
  await check();
  // The clipboard, as a page that may read it sees it (Chromium grants no permission to an
  // extension's origin from outside): a tab on the sandbox's site.
  await h.context.grantPermissions(['clipboard-read'], { origin: BASE });
  const reader = await h.context.newPage();
  await reader.goto(`${BASE}/signin`);
  const copied = async () => {
    await options.bringToFront();
    await options.getByRole('button', { name: 'Copy report' }).click();
    await options.getByText('Copied to the clipboard.').waitFor();
    await reader.bringToFront();
    // "Copied" may still be the first copy's word: wait for this copy's text (the clipboard was emptied after each).
    const text = await waitFor(() => reader.evaluate(() => navigator.clipboard.readText()), 'the report on the clipboard');
    await reader.evaluate(() => navigator.clipboard.writeText('')).catch(() => undefined);
    return text;
  };
  const plain = await copied();
  assert.match(plain, /^TickTick Focus \d+\.\d+\.\d+: connection check/);
  assert.match(plain, /task: \(left out\)/);
  await options.getByRole('checkbox', { name: /Include task titles, notes/ }).check();
  const ticked = await copied();
  assert.ok(ticked.includes(SAMPLE_TASKS[0].title), 'the title when ticked');
  for (const text of [plain, ticked]) {
    assert.ok(!text.includes(SANDBOX_TOKEN), 'no session token');
    assert.ok(!text.includes(SANDBOX_CSRF), 'no CSRF cookie value');
  }
  assert.ok(!plain.includes(SAMPLE_TASKS[0].title), 'no title unless ticked');
});

test('Zoho People on: the check reads the running timer through the mirror; the report holds no Zoho token', async () => {
  await zohoConnected(h);
  if (h.tt.current?.status !== 0) h.tt.device.start(); // a focus runs (alone, or after the tests above)
  const popup = await h.openPopup(); // it syncs: the mirror follows with a Zoho timer
  await waitFor(() => h.zoho.calls().some((c) => c.path.endsWith('/timer') && c.query.timer === 'start'), 'the Zoho timer started');
  await popup.close();
  await h.settled();
  await options.reload();
  await options.getByRole('heading', { level: 1 }).waitFor();
  const reads = h.zoho.calls().filter((c) => c.path.endsWith('/getcurrentlyrunningtimer')).length;
  const { verdict } = await check();
  assert.equal(verdict, 'No step failed.');
  const zoho = await options.locator('.check-steps li').filter({ hasText: 'Zoho People' }).textContent();
  assert.match(zoho, /Connected: the running timer was read\..*token \d+ min left · renewal without a window · job chosen · queue 0 · timer running/);
  assert.equal(h.zoho.calls().filter((c) => c.path.endsWith('/getcurrentlyrunningtimer')).length, reads + 1, 'one timer read');
  const text = await options.locator('pre.report').textContent();
  for (const token of h.zoho.tokens.keys()) assert.ok(!text.includes(token), 'no Zoho token');
});

test('signed out: the session cookie step fails', async () => {
  await h.context.clearCookies();
  const { verdict, failed } = await check();
  assert.equal(verdict, 'Failing step: Session cookie.');
  assert.match(failed, /None on ticktick\.com: sign in/);
});
