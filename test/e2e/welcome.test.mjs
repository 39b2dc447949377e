// Issue #17: the welcome page opens on a fresh install only, follows a sign-in made in another
// tab, and its button starts a focus; it and the privacy page are axe-clean in light and dark and
// speak Chinese in Chinese.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { BASE, launch, launchBrowser, sleep, waitFor } from './harness.mjs';
import { englishWords, violations } from './page-checks.mjs';

const stateLine = (page, n) => page.locator('.wel-steps > li').nth(n).getByRole('status');

test('a fresh install: the welcome page follows a sign-in in another tab, its button starts a focus; the same profile started again shows none', async (t) => {
  const h = await launch({ signedIn: false, welcome: true });
  t.after(() => h.close());
  const w = h.welcome;
  await w.getByRole('heading', { name: 'Welcome to TickTick Focus', level: 1 }).waitFor();
  await waitFor(async () => /Not signed in yet/.test(await stateLine(w, 0).textContent()), 'signed out said');
  const start = w.getByRole('button', { name: 'Start my first focus' });
  assert.equal(await start.isDisabled(), true, 'no focus before a sign-in');
  assert.match(await stateLine(w, 1).textContent(), /puzzle-piece Extensions button/); // headless Chromium: not pinned
  assert.deepEqual(await w.locator('.shortcuts kbd').allTextContents(), ['Alt+Shift+F', 'Alt+Shift+Y', 'Alt+Shift+S', 'Alt+Shift+K']);

  // The sign-in link opens the site in a tab of its own; signing in there turns the step green here.
  const [site] = await Promise.all([h.context.waitForEvent('page'), w.getByRole('link', { name: 'Sign in at ticktick.com' }).click()]);
  await site.waitForURL(`${BASE}/signin`);
  await Promise.all([site.waitForURL(`${BASE}/`), site.getByRole('button', { name: 'Sign in as the sandbox user' }).click()]);
  await waitFor(async () => /Signed in to ticktick\.com/.test(await stateLine(w, 0).textContent()), 'the sign-in seen on the welcome page');
  await start.click();
  await waitFor(() => h.tt.current?.status === 0, 'a focus running at TickTick');
  assert.equal(h.tt.applied.filter((a) => a.op === 'start' && a.by === 'extension').length, 1, 'one start, sent by the extension');
  await waitFor(async () => /Your focus is running/.test(await stateLine(w, 3).textContent()), 'the focus said as running');
  assert.equal(await start.isDisabled(), true, 'one first focus');

  // The same profile again: --load-extension says `install` once more (with the mark removed, the
  // page opens about 0.3 s after the new worker starts); with it, nothing opens.
  await h.context.close();
  const again = await launchBrowser(h.profile);
  t.after(() => again.close());
  if (!again.serviceWorkers().length) await again.waitForEvent('serviceworker');
  await sleep(2000);
  assert.deepEqual(again.pages().map((p) => p.url()).filter((u) => u.includes('welcome')), []);
});

test('welcome and privacy pages: axe-clean in light and dark; the privacy page says what PRIVACY.md says', async (t) => {
  const h = await launch({ welcome: true });
  t.after(() => h.close());
  const w = h.welcome;
  await w.getByText(/Signed in to ticktick\.com/).waitFor();
  const report = { 'welcome light': await violations(w) };
  await w.emulateMedia({ colorScheme: 'dark' });
  report['welcome dark'] = await violations(w);
  const [privacy] = await Promise.all([h.context.waitForEvent('page'), w.getByRole('link', { name: 'Privacy policy' }).click()]);
  await privacy.getByRole('heading', { name: 'Privacy policy', level: 1 }).waitFor();
  report['privacy light'] = await violations(privacy);
  await privacy.emulateMedia({ colorScheme: 'dark' });
  report['privacy dark'] = await violations(privacy);
  console.log(`axe serious/critical violations: ${JSON.stringify(report)}`);
  for (const [page, v] of Object.entries(report)) assert.deepEqual(v, [], page);
  // Every heading of PRIVACY.md is a heading of the page, in order.
  const headings = readFileSync('PRIVACY.md', 'utf8').split('\n').filter((l) => /^#{1,3} /.test(l)).map((l) => l.replace(/^#+ /, ''));
  assert.deepEqual(await privacy.getByRole('heading').allTextContents(), headings);
});

test('zh-CN: the welcome and privacy pages show no English UI text', async (t) => {
  const h = await launch({ signedIn: false, lang: 'zh-CN', welcome: true });
  t.after(() => h.close());
  const w = h.welcome;
  await w.getByRole('heading', { name: '欢迎使用滴答专注', level: 1 }).waitFor();
  await w.getByText(/还没有登录/).waitFor();
  const found = { welcome: await englishWords(w) };
  const privacy = await h.context.newPage();
  await privacy.goto(`chrome-extension://${h.extId}/privacy.html`);
  await privacy.getByRole('heading', { name: '隐私政策', level: 1 }).waitFor();
  found.privacy = await englishWords(privacy);
  assert.equal(await w.evaluate(() => document.documentElement.lang), 'zh-CN');
  console.log(`English words seen in zh-CN: ${JSON.stringify(found)}`);
  for (const [page, words] of Object.entries(found)) assert.deepEqual(words, [], page);
});
