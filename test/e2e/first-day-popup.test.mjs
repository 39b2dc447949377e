// Issue #17 part 6: the popup and pages as a new user met them. Each test starts its own browser
// (a fresh install), so it passes alone.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { launch, timerText, waitFor } from './harness.mjs';
import { violations } from './page-checks.mjs';

const active = (page) => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
const focusOn = (page, name) => waitFor(async () => (await active(page)) === name, `the keyboard focus on "${name}"`, 5000);

test('keyboard: Enter on Start lands on Pause (not −5); every transition and End\'s undo keep the focus on the next action', async (t) => {
  const h = await launch();
  t.after(() => h.close());
  const popup = await h.openPopup();
  await popup.getByRole('button', { name: 'Start' }).focus();
  await popup.keyboard.press('Enter');
  await popup.getByRole('button', { name: 'Pause' }).waitFor();
  await focusOn(popup, 'Pause');
  await popup.keyboard.press('Enter'); // a second Enter pauses: it takes no 5 minutes off
  await popup.getByRole('button', { name: 'Continue' }).waitFor();
  await focusOn(popup, 'Continue');
  await popup.keyboard.press('Enter');
  await focusOn(popup, 'Pause');
  await popup.getByRole('button', { name: 'End' }).focus();
  await popup.keyboard.press('Enter');
  await focusOn(popup, 'Undo');
  await popup.keyboard.press('Enter');
  await popup.getByRole('button', { name: 'Pause' }).waitFor();
  await focusOn(popup, 'Pause');
  await popup.getByRole('button', { name: 'End' }).focus();
  await popup.keyboard.press('Enter');
  await focusOn(popup, 'Undo');
  // The undo time runs out: the focus goes to Start, not to the page.
  await popup.getByRole('button', { name: 'Start' }).waitFor({ timeout: 8000 });
  await focusOn(popup, 'Start');
  const ops = h.opRequests().flatMap((r) => r.opList.map((o) => o.op));
  assert.equal(ops.includes('changeDuration'), false, 'no −5 was pressed');
  assert.deepEqual(ops.filter((o) => o !== 'note'), ['start', 'pause', 'continue', 'drop', 'exit']);
});

test('paused, Continue keeps the accent colour; the short-focus hint is one line and says what the undo says', async (t) => {
  const h = await launch();
  t.after(() => h.close());
  const popup = await h.openPopup();
  assert.equal(await popup.getByRole('heading', { level: 1, name: 'TickTick Focus' }).count(), 1, 'the popup has a level-one heading');
  await popup.getByRole('button', { name: 'Start' }).click();
  const colour = (name) => popup.getByRole('button', { name }).evaluate((b) => getComputedStyle(b).backgroundColor);
  const running = await colour('Pause');
  const hint = popup.getByText('Under 5 min: ending discards this focus.');
  await hint.waitFor();
  const box = await hint.boundingBox();
  const line = await hint.evaluate((p) => parseFloat(getComputedStyle(p).lineHeight));
  assert.ok(box.height < line * 1.5, `one line (${box.height} px for a ${line} px line)`);
  await popup.getByRole('button', { name: 'Pause' }).click();
  await popup.getByRole('button', { name: 'Continue' }).waitFor();
  assert.equal(await colour('Continue'), running, 'the resume action is in the accent colour, not grey');
  await popup.getByRole('button', { name: 'Continue' }).click();
  await popup.getByRole('button', { name: 'End' }).click();
  await popup.getByText('Under 5 min: this focus is discarded.').waitFor();
  await popup.getByRole('button', { name: 'Undo' }).click();
});

async function chooserChecks(popup, report, label) {
  await popup.getByRole('button', { name: /choose a task|change task/i }).click();
  const dialog = popup.getByRole('dialog', { name: 'Choose a task to focus on' });
  await dialog.getByRole('heading', { name: 'Choose a task to focus on' }).waitFor();
  await dialog.getByRole('button', { name: /Call the dentist/ }).waitFor();
  report[label] = await violations(popup);
  const height = await popup.evaluate(() => Math.ceil(document.querySelector('main.popup').getBoundingClientRect().bottom));
  assert.ok(height <= 600, `${label}: the popup is ${height} px tall, Chrome's limit is 600`);
  for (const key of ['Tab', 'Shift+Tab']) {
    for (let i = 0; i < 25; i++) {
      await popup.keyboard.press(key);
      assert.ok(await popup.evaluate(() => !!document.activeElement?.closest('.chooser')), `${label}: ${key} ×${i + 1} stays in the dialog`);
    }
  }
  await popup.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
}

test('the chooser: a visible title, row names that match their text, Tab stays inside, within 600 px, axe-clean', async (t) => {
  const h = await launch();
  t.after(() => h.close());
  const popup = await h.openPopup();
  const report = {};
  await chooserChecks(popup, report, 'chooser idle');
  await popup.getByRole('button', { name: 'Start' }).click();
  await popup.getByRole('button', { name: 'Pause' }).waitFor();
  await chooserChecks(popup, report, 'chooser focusing');
  for (const [page, v] of Object.entries(report)) assert.deepEqual(v, [], page);
});

test('an empty account: the chooser says there are no open tasks and links to TickTick', async (t) => {
  const h = await launch({ fake: { tasks: [] } });
  t.after(() => h.close());
  const popup = await h.openPopup();
  await popup.getByRole('button', { name: /choose a task/i }).click();
  await popup.getByText('You have no open tasks.').waitFor();
  assert.equal(await popup.getByText('No open task matches').count(), 0);
  const link = popup.getByRole('link', { name: 'Add tasks in TickTick' });
  assert.equal(await link.getAttribute('href'), `${h.server.url}/webapp/`);
});

test('after a focus whose task was changed mid-way, the idle screen offers the last task', async (t) => {
  const h = await launch();
  t.after(() => h.close());
  const popup = await h.openPopup();
  await popup.getByRole('button', { name: /choose a task/i }).click();
  await popup.getByRole('searchbox').fill('migration');
  await popup.getByRole('button', { name: /Prepare the migration plan/ }).click();
  await popup.getByRole('button', { name: 'Start' }).click();
  await popup.getByRole('button', { name: /change task/i }).click();
  await popup.getByRole('searchbox').fill('dentist');
  await popup.getByRole('button', { name: /Call the dentist/ }).click();
  await waitFor(() => h.tt.current?.focusOnLogs?.some((l) => l.title === 'Call the dentist') || h.opRequests().some((r) => r.opList.some((o) => o.op === 'focus')), 'the task change sent');
  const clear = await popup.getByRole('button', { name: 'Clear task' }).boundingBox();
  assert.ok(clear.width >= 24 && clear.height >= 24, `the clear "×" is a 24×24 target (${clear.width}×${clear.height})`);
  await popup.getByRole('button', { name: 'End' }).click();
  await popup.getByRole('button', { name: 'Start' }).waitFor({ timeout: 8000 });
  assert.equal(await popup.locator('.taskline .task-title').textContent(), 'Call the dentist');
});

test('the finished screen says the time focused and the break to come; the break says short or long', async (t) => {
  const h = await launch();
  t.after(() => h.close());
  h.tt.device.start({ minutes: 5, agoSec: 5 * 60 + 2 }); // on the phone, and already run out
  const popup = await h.openPopup();
  await popup.getByText('Focused 5 minutes. Next: Short break (5 minutes).').waitFor({ timeout: 15_000 });
  assert.equal(await timerText(popup), '05:00', 'the time focused, not 00:00');
  await popup.getByRole('button', { name: 'Start break' }).click();
  await waitFor(async () => (await popup.getByRole('timer').getAttribute('aria-label')).startsWith('Short break'), 'the break named short');
  await popup.locator('.phase', { hasText: 'Short break' }).waitFor();
});

test('a popup opened while the worker\'s sync is on its way still shows the sign-in prompt it brings', async (t) => {
  const h = await launch();
  t.after(() => h.close());
  // The session ends at TickTick (a cookie it no longer takes), and its answer is slow: the popup
  // opens, reads the state (signed in), and the sync it starts ends signed out 2.5 s later.
  h.server.setLatency(2500);
  await h.context.addCookies([{ name: 't', value: 'a-session-tickTick-ended', domain: '127.0.0.1', path: '/', httpOnly: true, sameSite: 'Lax' }]);
  const popup = await h.openPopup();
  assert.notEqual((await h.state()).error?.error, 'no_auth_session', 'opened before the answer came');
  await popup.getByRole('link', { name: 'Sign in to TickTick' }).waitFor({ timeout: 15_000 });
});

test('options: Zoho\'s fields only when the mirror is on, Connect primary only until connected; who is signed in; "Saved" by the field; nothing overflows at 420 px', async (t) => {
  const h = await launch({ zoho: {} });
  t.after(() => h.close());
  const options = await h.openOptions();
  await options.setViewportSize({ width: 420, height: 900 });
  await options.getByText('Signed in to ticktick.com as').waitFor();
  for (const scheme of ['light', 'dark']) {
    await options.emulateMedia({ colorScheme: scheme });
    const ratio = await options.getByRole('combobox', { name: 'Account' }).evaluate((el) => {
      const rgb = (c) => c.match(/\d+(\.\d+)?/g).slice(0, 3).map(Number);
      const lum = (c) => rgb(c).map((v) => v / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)).reduce((n, v, i) => n + v * [0.2126, 0.7152, 0.0722][i], 0);
      const [a, b] = [lum(getComputedStyle(el).borderTopColor), lum(getComputedStyle(document.body).backgroundColor)].sort((x, y) => y - x);
      return (a + 0.05) / (b + 0.05);
    });
    assert.ok(ratio >= 3, `${scheme}: a field's border at ${ratio.toFixed(2)}:1 against the page (3:1 needed)`);
  }
  await options.emulateMedia({ colorScheme: 'light' });
  assert.equal(await options.locator('.hint strong', { hasText: 'Sandbox' }).count(), 1, 'the profile\'s name');
  const site = options.getByRole('combobox', { name: 'Account' });
  await site.selectOption('ticktick');
  const tip = options.locator('.saved-tip', { hasText: 'Saved' });
  await tip.waitFor();
  const [field, saved] = [await site.boundingBox(), await tip.boundingBox()];
  assert.ok(Math.abs(saved.y - (field.y + field.height)) < 20, `"Saved" just under the field (${saved.y} vs ${field.y + field.height})`);
  assert.equal(await options.getByLabel('Zoho People e-mail or employee ID').count(), 0, 'no Zoho fields while off');
  assert.equal(await options.getByRole('button', { name: 'Connect Zoho People' }).count(), 0);
  await options.getByRole('switch', { name: 'Mirror focus time to Zoho People' }).check();
  const connect = options.getByRole('button', { name: 'Connect Zoho People' });
  await connect.waitFor();
  assert.equal(await connect.evaluate((b) => b.classList.contains('primary')), true, 'the page\'s main action while not connected');
  assert.ok(await options.evaluate(() => document.documentElement.scrollWidth <= 420), 'the redirect URL wraps');
  const { consent } = await import('./zoho-connect.mjs');
  const { ZOHO_USER } = await import('../fake-zoho/zoho.mjs');
  await options.getByLabel('Zoho People e-mail or employee ID').fill(ZOHO_USER);
  await connect.click();
  await consent(h);
  await options.getByText('Connected to Zoho People.').waitFor();
  assert.equal(await connect.evaluate((b) => b.classList.contains('primary')), false, 'not primary once connected');
});

test('statistics signed out: the reason, a sign-in link and Retry, and no numbers it does not have', async (t) => {
  const h = await launch();
  t.after(() => h.close());
  await h.context.clearCookies();
  await waitFor(async () => (await h.state()).error?.error === 'no_auth_session', 'signed out', 15_000);
  const stats = await h.context.newPage();
  await stats.goto(`chrome-extension://${h.extId}/stats.html`);
  const alert = stats.getByRole('alert');
  await alert.getByText(/signed out of TickTick/).waitFor({ timeout: 15_000 });
  await alert.getByRole('link', { name: 'Sign in to TickTick' }).waitFor();
  assert.equal(await stats.locator('.figures').count(), 0, 'no zeros shown as data');
  assert.equal(await stats.locator('.chart').count(), 0, 'no empty chart');
  await h.signIn();
  await alert.getByRole('button', { name: 'Retry' }).click();
  await stats.locator('.figures').waitFor({ timeout: 15_000 });
  assert.equal(await stats.getByRole('alert').count(), 0);
  // One Tab stop for the chart, not one per bar (arrows move between the days).
  assert.equal(await stats.locator('.chart .bar[tabindex="0"]').count(), 1);
  assert.equal(await stats.locator('.chart .bar').evaluateAll((bs) => bs.filter((b) => b.tabIndex >= 0).length), 1);
  // The chart's labels at a narrow width: 10 px or more on screen, not a 640-unit drawing's 6.
  await stats.setViewportSize({ width: 400, height: 800 });
  const sizes = await stats.locator('.chart text.axis').evaluateAll((ts) => ts.map((x) => parseFloat(getComputedStyle(x).fontSize) * x.ownerSVGElement.getBoundingClientRect().width / 640));
  assert.ok(sizes.length && Math.min(...sizes) >= 10, `label sizes ${sizes.map((x) => x.toFixed(1))}`);
});

test('an error banner links to the connection check', async (t) => {
  const h = await launch();
  t.after(() => h.close());
  h.tt.setFault('status', { code: 503 });
  const popup = await h.openPopup();
  const link = popup.getByRole('alert').getByRole('link', { name: 'Check connection' });
  await link.waitFor({ timeout: 15_000 });
  assert.equal(await link.getAttribute('href'), '/options.html#check');
});
