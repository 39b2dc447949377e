// `npm run screenshots`: the store listings' pictures, made from the sandbox (store/README.md):
// 1280×800 PNGs of the popup focusing on a task, the task chooser, statistics, options and the
// blocked page, each light and dark, and the 440×280 tile. Builds the extension against the fake
// TickTick (as `npm start` does, plus a test site to block), drives it with playwright-core in
// headless Chromium, and writes store/screenshots/.
//   npm run screenshots                          build, shoot, write store/screenshots/
//   node scripts/screenshots.mjs --ext DIR --port N --out DIR   shoot a build already made for port N
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { startFakeServer } from '../test/fake-ticktick/server.mjs';
import { SAMPLE_LISTS, SAMPLE_TASKS, SANDBOX_CSRF, SANDBOX_TOKEN } from '../test/fake-ticktick/ticktick.mjs';
import { ZOHO_CLIENT } from '../test/fake-zoho/zoho.mjs';
import { popupStage, tile } from './screenshots/stage.mjs';

const { values: opt } = parseArgs({ options: { port: { type: 'string', default: '8787' }, out: { type: 'string', default: 'store/screenshots' }, ext: { type: 'string' } } });
const PORT = Number(opt.port);
const BASE = `http://127.0.0.1:${PORT}`;
const OUT = resolve(opt.out);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SIZE = { width: 1280, height: 800 };
// The sandbox account without its Chinese list: the listings' screenshots are the English ones.
const LISTS = SAMPLE_LISTS.filter((l) => l.id !== 'list-home');
const TASKS = SAMPLE_TASKS.filter((x) => LISTS.some((l) => l.id === x.projectId) || x.projectId === 'inbox1');
const TASK = TASKS[0];

function build() {
  if (opt.ext) return resolve(opt.ext);
  console.log(`Building the extension for the sandbox (${BASE})…`);
  const r = spawnSync('npx', ['wxt', 'build', '--mode', 'screenshots'], {
    stdio: 'inherit',
    env: {
      ...process.env, WXT_TICKTICK_BASE_URL: BASE, WXT_ZOHO_BASE_URL: `http://127.0.0.1:${PORT + 1}`, WXT_ZOHO_CLIENT_ID: ZOHO_CLIENT,
      // A site to block, granted up front: a permission prompt cannot be answered headless.
      WXT_TEST_HOSTS: '*://example.test/*,*://*.example.test/*',
    },
  });
  if (r.status !== 0) process.exit(r.status ?? 1);
  return resolve('.output/chrome-mv3-screenshots');
}

async function until(fn, what, timeout = 15_000) {
  for (const end = Date.now() + timeout; Date.now() < end; await new Promise((r) => setTimeout(r, 100))) {
    const v = await Promise.resolve().then(fn).catch(() => null);
    if (v) return v;
  }
  throw new Error(`timed out waiting for ${what}`);
}

/**
 * Signed in, the welcome page closed, example.test on the block list, a pomodoro done today and a
 * focus on a task running for seven minutes: made at TickTick before the first sync, so the
 * popup shows them as the account's, not as news from another device.
 */
async function prepare(context, server) {
  const at = Date.now();
  server.tt.device.start({ minutes: 25, agoSec: 60 * 60, taskId: TASKS[1].id });
  server.tt.device.finish(at - 35 * 60_000);
  server.tt.device.start({ minutes: 25, agoSec: 7 * 60 + 12, taskId: TASK.id });
  await context.addCookies([
    { name: 't', value: SANDBOX_TOKEN, domain: '127.0.0.1', path: '/', httpOnly: true, sameSite: 'Lax' },
    { name: '_csrf_token', value: SANDBOX_CSRF, domain: '127.0.0.1', path: '/', sameSite: 'Lax' },
  ]);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
  const welcome = await until(async () => context.pages().find((p) => p.url().endsWith('/welcome.html')), 'the welcome page');
  await welcome.close();
  await worker.evaluate(() => chrome.storage.sync.set({ blockSites: { v: 1, value: ['example.test'] } }));
  const options = await page(context, `chrome-extension://${id}/options.html`);
  await options.getByRole('switch', { name: 'Block these sites while a focus runs' }).check();
  await options.getByRole('button', { name: 'Remove example.test' }).waitFor();
  await options.close();
  return id;
}

async function page(context, url) {
  const p = await context.newPage();
  await p.setViewportSize(SIZE);
  await p.goto(url);
  return p;
}

/** Each of `shots` in light and dark: `name-light.png`, `name-dark.png`. */
async function shoot(context, id) {
  const written = [];
  const save = async (p, name, scheme) => {
    const path = join(OUT, `${name}-${scheme}.png`);
    await p.screenshot({ path });
    written.push(path);
  };
  for (const scheme of ['light', 'dark']) {
    const popup = await page(context, `chrome-extension://${id}/popup.html`);
    await popup.emulateMedia({ colorScheme: scheme });
    await popup.getByRole('link', { name: TASK.title }).waitFor();
    const stage = await context.newPage();
    await stage.setViewportSize(SIZE);
    await popupStage(stage, popup, scheme, 'popup');
    await save(stage, 'popup-task', scheme);
    await popup.getByRole('button', { name: 'Change task' }).click();
    await popup.getByRole('dialog').getByRole('button').filter({ hasText: TASKS[1].title }).waitFor();
    await popupStage(stage, popup, scheme, 'chooser');
    await save(stage, 'task-chooser', scheme);
    await popup.close();
    await stage.close();
    for (const [name, url, ready] of [
      ['statistics', `chrome-extension://${id}/stats.html`, (p) => p.locator('.chart .bar').first().waitFor()],
      ['options', `chrome-extension://${id}/options.html`, (p) => p.getByRole('heading', { level: 1 }).waitFor()],
      ['blocked', 'http://example.test/', (p) => p.getByRole('button', { name: 'Allow 5 minutes' }).waitFor()],
    ]) {
      const p = await context.newPage();
      await p.setViewportSize(SIZE);
      await p.emulateMedia({ colorScheme: scheme });
      await p.goto(url).catch(() => undefined); // the blocked site's navigation is redirected
      await ready(p);
      await save(p, name, scheme);
      await p.close();
    }
  }
  const t = await context.newPage();
  await tile(t, join(OUT, 'tile-440x280.png'));
  written.push(join(OUT, 'tile-440x280.png'));
  await t.close();
  return written;
}

const ext = build();
mkdirSync(OUT, { recursive: true });
const server = await startFakeServer({ port: PORT, tasks: TASKS, lists: LISTS });
const profile = mkdtempSync(join(tmpdir(), 'ttf-shots-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: CHROMIUM, headless: true, viewport: SIZE,
  args: [
    `--disable-extensions-except=${ext}`, `--load-extension=${ext}`, '--no-sandbox', '--disable-gpu',
    '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
    '--lang=en-US', `--host-resolver-rules=MAP example.test 127.0.0.1:${PORT}`,
  ],
});
try {
  const id = await prepare(context, server);
  const written = await shoot(context, id);
  console.log(`Wrote ${written.length} PNGs:\n${written.map((w) => `  ${w}`).join('\n')}`);
} finally {
  await context.close();
  await server.close();
  rmSync(profile, { recursive: true, force: true });
}
