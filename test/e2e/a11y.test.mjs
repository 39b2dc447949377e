// Issue #8: every page passes axe-core with no serious or critical violation (popup idle,
// focusing, paused, signed out; options; statistics; blocked page), and in Chinese no English UI text shows
// (popup, options, statistics).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PORT, launch, waitFor } from './harness.mjs';
import { englishWords, violations } from './page-checks.mjs';

test('axe: popup idle, focusing, paused and signed out; options; statistics; the blocked page', async (t) => {
  const h = await launch({ args: [`--host-resolver-rules=MAP example.test 127.0.0.1:${PORT}`] });
  t.after(() => h.close());
  const popup = await h.openPopup();
  const report = {};
  report['popup idle'] = await violations(popup);
  await popup.getByRole('button', { name: 'Start' }).click();
  await popup.getByRole('button', { name: 'Pause' }).waitFor();
  report['popup focusing'] = await violations(popup);
  await popup.getByRole('button', { name: 'Pause' }).click();
  await popup.getByRole('button', { name: 'Continue' }).waitFor();
  report['popup paused'] = await violations(popup);
  const options = await h.openOptions();
  report.options = await violations(options);
  await options.getByRole('switch', { name: 'Block these sites while a focus runs' }).check();
  await options.getByRole('textbox', { name: 'Site to block' }).fill('example.test');
  await options.getByRole('button', { name: 'Add site' }).click();
  await options.getByRole('button', { name: 'Remove example.test' }).waitFor();
  await popup.getByRole('button', { name: 'Continue' }).click();
  await waitFor(() => h.tt.current.status === 0, 'running');
  const tab = await h.context.newPage();
  await tab.goto('http://example.test/').catch(() => undefined);
  await tab.getByRole('button', { name: 'Allow 5 minutes' }).waitFor();
  report['blocked page'] = await violations(tab);
  const stats = await h.context.newPage();
  await stats.goto(`chrome-extension://${h.extId}/stats.html`);
  await stats.locator('.chart .bar').first().waitFor();
  report.statistics = await violations(stats);
  await h.context.clearCookies();
  await waitFor(async () => (await h.state()).error?.error === 'no_auth_session', 'signed out');
  const out = await h.openPopup();
  await out.getByRole('link', { name: 'Sign in to TickTick' }).waitFor();
  report['popup signed out'] = await violations(out);
  console.log(`axe serious/critical violations: ${JSON.stringify(report)}`);
  for (const [page, v] of Object.entries(report)) assert.deepEqual(v, [], page);
});

test('zh-CN: popup, options and the statistics page show no English UI text', async (t) => {
  const h = await launch({ lang: 'zh-CN', args: [`--host-resolver-rules=MAP example.test 127.0.0.1:${PORT}`] });
  t.after(() => h.close());
  const popup = await h.openPopup();
  await popup.getByRole('button', { name: '开始' }).waitFor();
  const found = { 'popup idle': await englishWords(popup) };
  await popup.getByRole('button', { name: '开始' }).click();
  await popup.getByRole('button', { name: '暂停' }).waitFor();
  found['popup focusing'] = await englishWords(popup);
  const options = await h.openOptions();
  found.options = await englishWords(options);
  const stats = await h.context.newPage();
  await stats.goto(`chrome-extension://${h.extId}/stats.html`);
  await stats.getByRole('heading', { name: '专注统计', level: 1 }).waitFor();
  await stats.locator('.chart .bar').first().waitFor();
  found.statistics = await englishWords(stats);
  assert.equal(await options.evaluate(() => document.documentElement.lang), 'zh-CN');
  console.log(`English words seen in zh-CN: ${JSON.stringify(found)}`);
  for (const [page, words] of Object.entries(found)) assert.deepEqual(words, [], page);
});
