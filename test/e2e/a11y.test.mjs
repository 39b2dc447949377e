// Issue #8: every page passes axe-core with no serious or critical violation (popup idle,
// focusing, paused, signed out; options; statistics; blocked page), and in Chinese no English UI text shows
// (popup, options, statistics).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import { PORT, launch, waitFor } from './harness.mjs';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core run in the page (evaluate is not subject to the extension's CSP); serious and critical only. */
async function violations(page) {
  await page.evaluate(AXE);
  const found = await page.evaluate(async () => (await globalThis.axe.run(document, { resultTypes: ['violations'] })).violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`));
  return found;
}

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

/** Words of visible text that are not Chinese, brand names, host names or numbers. */
async function englishWords(page) {
  const text = await page.evaluate(() => {
    const parts = [document.title];
    const walk = (n) => {
      if (n.nodeType === 3 && n.parentElement && n.parentElement.offsetParent !== null) parts.push(n.textContent);
      if (n.nodeType === 1 && /^(KBD|CODE)$/.test(n.tagName)) return; // key names and addresses, not UI text
      if (n.nodeType === 1) {
        for (const a of ['aria-label', 'placeholder', 'title']) if (n.getAttribute(a)) parts.push(n.getAttribute(a));
        for (const c of n.childNodes) walk(c);
      }
    };
    walk(document.body);
    return parts.join(' ');
  });
  // Brand names, acronyms (API, URL, ID) and addresses (chrome://extensions/shortcuts) are not UI text.
  const allowed = /^(TickTick|Zoho|People|OAuth|Dida365|[A-Z]{2,})$/;
  return (text.replace(/\b[a-z-]+:\/\/\S+/g, '').match(/[A-Za-z][A-Za-z.'-]*[A-Za-z]/g) ?? [])
    .filter((w) => !allowed.test(w) && !/\.(com|cn|eu|in|au|jp|ca|sa|uk|test)$|^https?|chromiumapp|^[a-z0-9-]+\.(com|org)/i.test(w) && !/^(com|eu|in|jp|sa|uk|cn|au|ca|zohocloud)$/.test(w));
}

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
