// Issue #19: Firefox's sidebar (`sidebar_action`, its page entrypoints/sidepanel) loads in Firefox
// ESR and shows the running focus. Driven as test/e2e/firefox.test.mjs drives the popup
// (docs/testing.md, Firefox): BiDi will not navigate a tab to moz-extension://, so the extension's
// own popup tab opens the sidebar's page in a tab of its own (`tabs.create`), which can be driven.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { after, before, test } from 'node:test';
import puppeteer from 'puppeteer-core';
import { startFakeServer } from '../fake-ticktick/server.mjs';
import { PORT, sleep, waitFor } from './harness.mjs';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const EXT = resolve('.output/firefox-mv2-e2e');
let server;
let browser;

/** The extension's tab whose address ends in `path` (BiDi's `url()` reads about:blank there). */
const tab = (path) => waitFor(async () => {
  for (const p of await browser.pages()) {
    if ((await p.evaluate(() => location.href).catch(() => '')).endsWith(path)) return p;
  }
  return null;
}, `the extension's ${path} tab`, 20_000);
const has = (page, name) => page.evaluate((n) => [...document.querySelectorAll('button')].some((b) => b.textContent === n), name);
const click = (page, name) => page.evaluate((n) => [...document.querySelectorAll('button')].find((b) => b.textContent === n)?.click() ?? false, name);
const clock = (page) => page.evaluate(() => document.querySelector('[role=timer]')?.textContent ?? '');

before(async () => {
  if (!existsSync(EXT)) throw new Error(`no build at ${EXT}: run npm run build:e2e:firefox`);
  server = await startFakeServer({ port: PORT });
  browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true, args: ['--no-remote'] });
  await browser.installExtension(EXT);
});
after(async () => {
  await browser?.close().catch(() => undefined);
  await server?.close();
});

test('Firefox: the sidebar\'s page shows the running focus and its countdown', async () => {
  const manifest = JSON.parse(readFileSync(`${EXT}/manifest.json`, 'utf8'));
  assert.equal(manifest.sidebar_action?.default_panel, 'sidepanel.html');
  const popup = await tab('/popup.html');
  const site = await browser.newPage();
  await site.goto(`http://127.0.0.1:${PORT}/signin`);
  await Promise.all([site.waitForNavigation(), site.click('button[type=submit]')]);
  await site.close();
  await popup.evaluate(() => void globalThis.browser.tabs.create({ url: globalThis.browser.runtime.getURL('/sidepanel.html') }));
  const panel = await tab('/sidepanel.html');
  await waitFor(() => has(panel, 'Start'), 'Start in the sidebar\'s page', 15_000);
  await click(panel, 'Start');
  await waitFor(() => server.tt.current?.status === 0, 'focus started in TickTick');
  await waitFor(() => has(panel, 'Pause'), 'Pause in the sidebar\'s page');
  const first = await clock(panel);
  assert.match(first, /^\d{2}:\d{2}$/);
  await waitFor(async () => (await clock(panel)) !== first, 'the countdown moving', 5000);
  assert.ok((await clock(panel)) < first, 'counting down');
  assert.equal(await panel.evaluate(() => document.body.classList.contains('side')), true, 'the panel layout');
  await click(panel, 'Pause');
  await waitFor(() => server.tt.current?.status === 1, 'paused at TickTick from the sidebar\'s page');
  await sleep(200);
});
