// Issue #11: updating the extension never loses a queued op, the sync cursor or a setting. The
// released 0.1.0 build (test/fixtures/release-0.1.0) queues an op while TickTick is down; then the
// folder's files are replaced by the current build and reloaded in the running browser (CDP
// Extensions.loadUnpacked on the same path: what Reload in chrome://extensions does).
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, test } from 'node:test';
import { chromium } from 'playwright-core';
import { startFakeServer } from '../fake-ticktick/server.mjs';
import { SANDBOX_CSRF, SANDBOX_TOKEN } from '../fake-ticktick/ticktick.mjs';
import { EXT_DIR, PORT, sleep, waitFor } from './harness.mjs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// Next to the fakes' ports (19333 by default), so checkouts testing at once on other E2E_PORTs
// do not meet on one debugging port.
const DEBUG_PORT = PORT + 546;
const root = mkdtempSync(join(tmpdir(), 'ttf-update-'));
const ext = join(root, 'extension');
let server;
let proc;
let browser;
let context;

/** The extension's worker running the code with `identity` (the current build) or without (0.1.0). */
async function workerOf(current) {
  return waitFor(async () => {
    for (const w of context.serviceWorkers()) {
      const has = await w.evaluate(() => chrome.runtime.getManifest().permissions.includes('identity')).catch(() => null);
      if (has === current) return w;
    }
    return null;
  }, current ? 'the updated worker' : 'the 0.1.0 worker', 20_000);
}
/**
 * The update: the current build's files in the same folder, reloaded in the running browser (what
 * Reload in chrome://extensions does). Returns the id the reload reports. The first test does it
 * mid-way; the second does it first when it runs alone.
 */
let updated = false;
async function update() {
  for (const f of readdirSync(ext)) rmSync(join(ext, f), { recursive: true, force: true });
  cpSync(EXT_DIR, ext, { recursive: true });
  const cdp = await browser.newBrowserCDPSession();
  const { id } = await cdp.send('Extensions.loadUnpacked', { path: ext });
  updated = true;
  return id;
}
const stored = (w, area, key) => w.evaluate(async ([a, k]) => (await chrome.storage[a].get(k))[k] ?? null, [area, key]);

before(async () => {
  cpSync(resolve('test/fixtures/release-0.1.0'), ext, { recursive: true });
  // 0.1.0 was built for the fake TickTick on the default port: the copy talks to this run's.
  for (const f of readdirSync(ext, { recursive: true }).filter((n) => n.endsWith('.js'))) {
    const file = join(ext, f);
    writeFileSync(file, readFileSync(file, 'utf8').replaceAll('127.0.0.1:18787', `127.0.0.1:${PORT}`));
  }
  server = await startFakeServer({ port: PORT });
  proc = spawn(CHROMIUM, [
    '--headless=new', `--remote-debugging-port=${DEBUG_PORT}`, `--user-data-dir=${join(root, 'profile')}`,
    `--disable-extensions-except=${ext}`, `--load-extension=${ext}`, '--enable-unsafe-extension-debugging',
    '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync',
    '--no-first-run', '--disable-quic', '--lang=en-US', 'about:blank',
  ], { stdio: 'ignore' });
  browser = await waitFor(() => chromium.connectOverCDP(`http://127.0.0.1:${DEBUG_PORT}`).catch(() => null), 'Chromium with remote debugging');
  context = browser.contexts()[0];
  await context.addCookies([
    { name: 't', value: SANDBOX_TOKEN, domain: '127.0.0.1', path: '/', httpOnly: true, sameSite: 'Lax' },
    { name: '_csrf_token', value: SANDBOX_CSRF, domain: '127.0.0.1', path: '/', sameSite: 'Lax' },
  ]);
});
after(async () => {
  await browser?.close().catch(() => undefined);
  if (proc && proc.exitCode === null) {
    const exited = new Promise((r) => proc.once('exit', r));
    proc.kill();
    await exited;
  }
  await server?.close();
  rmSync(root, { recursive: true, force: true, maxRetries: 5 });
});

test('an op queued by 0.1.0 while TickTick is down survives the update and is delivered once, from the stored lastPoint', async () => {
  const old = await workerOf(false);
  const id = new URL(old.url()).host;
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${id}/popup.html`);
  await popup.getByRole('button', { name: 'Start' }).click();
  await waitFor(() => server.tt.current?.status === 0, 'focus started by 0.1.0');
  // The user's settings, through 0.1.0's own options page.
  const options = await context.newPage();
  await options.goto(`chrome-extension://${id}/options.html`);
  await options.locator('select').selectOption('ticktick');
  await options.locator('input[type=checkbox]').uncheck();
  await waitFor(async () => (await stored(old, 'sync', 'settings'))?.value?.notify === false, 'settings saved by 0.1.0');
  await options.close();

  server.tt.setFault('down');
  await popup.getByRole('button', { name: 'Pause' }).click();
  const queued = await waitFor(async () => {
    const s = await stored(old, 'local', 'state');
    return s?.value?.queue?.length === 1 && s.value.error && s;
  }, 'pause queued while TickTick is down');
  assert.equal(queued.v, 1);
  const pause = queued.value.queue[0];
  const point = queued.value.point;
  await popup.close();

  // The update: new files in the same folder, reloaded in the running browser.
  assert.equal(await update(), id, 'same extension id, same storage');
  const current = await workerOf(true);

  // Migrated before anything else; nothing dropped.
  const settings = await waitFor(async () => {
    const s = await stored(current, 'sync', 'settings');
    return s?.v === 3 && s;
  }, 'settings migrated to v3');
  assert.deepEqual([settings.value.site, settings.value.notify], ['ticktick', false]);
  assert.deepEqual(settings.value.rhythm, {});
  assert.equal(settings.value.zoho.enabled, false);
  const state = await waitFor(async () => {
    const s = await stored(current, 'local', 'state');
    return s?.v === 2 && s;
  }, 'state migrated to v2');
  assert.deepEqual(state.value.queue.map((o) => o.id), [pause.id], 'the queued op is still there');
  assert.equal(state.value.point, point);
  // 0.1.0 marked the batch "may have arrived" (uncertain); now it is the op ids in flight.
  assert.deepEqual(state.value.inflight, queued.value.uncertain ? [pause.id] : []);

  // TickTick is back: the op goes out once, with the cursor 0.1.0 stored.
  server.tt.clearFaults();
  const page = await context.newPage();
  await page.goto(`chrome-extension://${id}/popup.html`); // opening the popup syncs
  await waitFor(() => server.tt.applied.some((a) => a.id === pause.id), 'pause delivered after the update', 20_000);
  await sleep(500);
  assert.equal(server.tt.applied.filter((a) => a.id === pause.id).length, 1, 'applied exactly once');
  const delivering = server.tt.focusRequests().find((r) => r.status === 200 && r.body?.opList.some((o) => o.id === pause.id));
  assert.equal(delivering.body.lastPoint, point, 'lastPoint continues from the stored one');
  assert.equal(server.tt.current.status, 1);
  await page.getByRole('button', { name: 'Continue' }).waitFor();
  const problems = await stored(current, 'local', 'problems');
  assert.equal(problems, null, 'nothing was set aside');
});

test('a value from a newer version (a downgrade) is kept aside, never overwritten, and the popup says so', async () => {
  if (!updated) await update();
  const w = await workerOf(true);
  const id = new URL(w.url()).host;
  const newer = { v: 7, value: { site: 'dida365', notify: true, somethingNew: [1, 2] } };
  await w.evaluate((v) => chrome.storage.sync.set({ settings: v }), newer);
  const page = await context.newPage();
  await page.goto(`chrome-extension://${id}/popup.html`);
  await page.getByRole('alert').filter({ hasText: 'could not be read (settings)' }).waitFor();
  assert.deepEqual(await stored(w, 'sync', 'settings.backup'), newer, 'the newer value is kept as it was');
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await page.getByRole('alert').filter({ hasText: 'could not be read' }).waitFor({ state: 'detached' });
  assert.deepEqual(await stored(w, 'sync', 'settings.backup'), newer, 'dismissing keeps the backup');
});
