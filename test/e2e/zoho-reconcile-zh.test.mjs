// Issue #21: the statistics page's Zoho People reconciliation in Simplified Chinese: no English UI
// text (test/e2e/page-checks.mjs), the day and the week's totals.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { JOBS, ZOHO_USER } from '../fake-zoho/zoho.mjs';
import { launch } from './harness.mjs';
import { englishWords } from './page-checks.mjs';
import { consent, jobSaved } from './zoho-connect.mjs';

const MIN = 60_000;
const fmt = (ms) => new Date(ms).toISOString().replace('Z', '+0000');

/** The options page in Chinese: the switch, the user, Connect with Zoho's consent, the first job. */
async function zohoConnectedZh(zh) {
  const options = await zh.openOptions();
  await options.getByRole('switch').first().waitFor();
  await options.locator('section[aria-labelledby=zoho-h] input[role=switch]').check();
  await options.locator('section[aria-labelledby=zoho-h] input[type=email], section[aria-labelledby=zoho-h] input[type=text]').first().fill(ZOHO_USER);
  await options.locator('section[aria-labelledby=zoho-h] input[type=email], section[aria-labelledby=zoho-h] input[type=text]').first().blur();
  await options.locator('section[aria-labelledby=zoho-h] button.primary').click();
  await consent(zh);
  // The default job's picker (the jobs per list follow it, each named "<list> 的工作").
  const job = options.getByRole('combobox', { name: '工作', exact: true });
  await job.locator('option', { hasText: JOBS[0].jobName }).waitFor({ state: 'attached' });
  await job.selectOption({ label: JOBS[0].jobName });
  await jobSaved(zh);
  await options.close();
}

test('zh-CN: the reconciliation shows no English UI text', async (t) => {
  const zh = await launch({ zoho: {}, lang: 'zh-CN' });
  t.after(() => zh.close());
  const now = Date.now();
  const start = Math.max(new Date(now).setHours(0, 0, 0, 0), now - 30 * MIN);
  zh.tt.history.push({ id: 'b1b2c3d4e5f6a7b8c9d0e1f2', tasks: [], startTime: fmt(start), endTime: fmt(now - MIN), status: 1, pauseDuration: 0, adjustTime: 0, etag: 'r', type: 0, added: false, note: '' });
  // Connected as the English flow does it: the settings and the token the worker keeps.
  await zohoConnectedZh(zh);
  const page = await zh.context.newPage();
  await page.goto(`chrome-extension://${zh.extId}/stats.html`);
  await page.getByRole('heading', { name: 'Zoho People 中的专注时间' }).waitFor({ timeout: 30_000 });
  await page.getByRole('button', { name: '所在周' }).click();
  await page.locator('.reconcile-totals').waitFor();
  assert.deepEqual(await englishWords(page), []);
});
