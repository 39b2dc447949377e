// The side panel (entrypoints/sidepanel), opened as a tab: the running focus, kept live from the
// worker like the popup, and today's sessions from TickTick's timeline.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { launch, timerText, waitFor } from './harness.mjs';
import { englishWords, violations } from './page-checks.mjs';

const sameDay = (a, b) => new Date(a).toDateString() === new Date(b).toDateString();

/** A session finished earlier today (for the panel's list), and the panel opened as a tab. */
async function withPanel(h) {
  const start = Date.now() - 10 * 60_000;
  h.tt.device.start({ minutes: 5, agoSec: 10 * 60, taskId: h.tt.tasks[1].id });
  h.tt.device.finish(start + 5 * 60_000);
  h.tt.device.exit();
  const panel = await h.context.newPage();
  panel.on('pageerror', (e) => h.workerErrors.push(`panel: ${e.message}`));
  return { start, panel };
}

test('the side panel shows the running focus and follows a pause made in the popup', async (t) => {
  const h = await launch();
  t.after(() => h.close());
  const { start, panel } = await withPanel(h);
  const popup = await h.openPopup();
  await popup.getByRole('button', { name: 'Side panel' }).waitFor(); // the popup's way to open it
  await popup.getByRole('button', { name: 'Start' }).click();
  await waitFor(() => h.tt.current?.status === 0 && !h.tt.current.exited, 'the focus running at TickTick');

  await panel.goto(`chrome-extension://${h.extId}/sidepanel.html`);
  await panel.getByRole('button', { name: 'Pause' }).waitFor();
  await panel.getByRole('button', { name: '+5 min' }).waitFor();
  assert.match(await timerText(panel), /^\d{2}:\d{2}$/);
  await panel.getByRole('heading', { name: 'Today\'s sessions' }).waitFor();
  if (sameDay(start, Date.now())) await panel.locator('.panel-today li', { hasText: 'Review pull requests' }).waitFor();
  assert.equal(await panel.getByRole('button', { name: 'Side panel' }).count(), 0, 'no "open the panel" inside the panel');
  // The focus view given the panel's room (public/style.css `.side`): its width up to 520 px,
  // centred, a larger ring, today's list under the controls; the popup keeps its 300 px.
  const box = (p, sel) => p.locator(sel).first().evaluate((e) => { const r = e.getBoundingClientRect(); return { x: r.x, y: r.y, w: r.width, h: r.height }; });
  await panel.setViewportSize({ width: 460, height: 900 });
  assert.equal((await box(panel, 'main')).w, 460);
  assert.ok((await box(panel, '.timer')).w > 250, 'a larger ring');
  assert.ok((await box(panel, '.panel-today')).y > (await box(panel, '.controls')).y, 'today\'s sessions under the controls');
  await panel.setViewportSize({ width: 800, height: 900 });
  const wide = await box(panel, 'main');
  assert.deepEqual([wide.w, wide.x], [520, 140], 'at most 520 px, centred');
  assert.equal((await box(popup, 'main')).w, 300, 'the popup unchanged');
  assert.equal((await box(popup, '.timer')).w, 190);

  // Today's pomodoros on a task (app/sidepanel/today.ts): in the panel's chooser and on its task line.
  if (sameDay(start, Date.now())) {
    await panel.getByRole('button', { name: /choose a task/i }).click();
    const row = panel.locator('.tasks li', { hasText: 'Review pull requests' });
    await row.getByText('30m/2h · today: 1').waitFor();
    assert.equal(await panel.locator('.tasks li', { hasText: 'Write the quarterly report' }).getByText(/today/).count(), 0, 'none today: not said in a row');
    await row.getByRole('button').click();
    await panel.locator('.taskline').getByText('30m/2h · today: 1').waitFor();
    await popup.locator('.taskline').getByText('Review pull requests').waitFor();
    assert.equal(await popup.locator('.taskline').getByText(/today/).count(), 0, 'the popup has no timeline read');
  }

  await popup.getByRole('button', { name: 'Pause' }).click();
  await panel.getByRole('button', { name: 'Continue' }).waitFor({ timeout: 8000 });
  const frozen = await timerText(panel);
  await new Promise((r) => setTimeout(r, 1500));
  assert.equal(await timerText(panel), frozen, 'the panel\'s countdown stops with the pause');
  assert.deepEqual(await violations(panel), []);
  assert.deepEqual(h.workerErrors, []);
});

test('the side panel in Chinese and dark: axe-clean, no English UI text, the chooser too', async (t) => {
  const h = await launch({ lang: 'zh-CN' });
  t.after(() => h.close());
  const { start, panel } = await withPanel(h);
  await panel.emulateMedia({ colorScheme: 'dark' });
  await panel.goto(`chrome-extension://${h.extId}/sidepanel.html`);
  await panel.getByRole('button', { name: '开始' }).click();
  await panel.getByRole('button', { name: '暂停' }).waitFor();
  if (sameDay(start, Date.now())) await panel.locator('.panel-today li').first().waitFor();
  assert.equal(await panel.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches), true);
  const found = { focusing: { axe: await violations(panel), english: await englishWords(panel) } };
  await panel.locator('.taskline').getByRole('button').first().click();
  await panel.locator('.tasks li').first().waitFor();
  found.chooser = { axe: await violations(panel), english: await englishWords(panel) };
  console.log(`side panel, zh-CN and dark: ${JSON.stringify(found)}`);
  assert.deepEqual(found, { focusing: { axe: [], english: [] }, chooser: { axe: [], english: [] } });
  assert.deepEqual(h.workerErrors, []);
});
