// Least privilege and the session token: the token never lands in extension storage, web pages
// cannot reach the background, and the manifest asks only for what is used.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { promisify } from 'node:util';
import { SANDBOX_TOKEN } from '../fake-ticktick/ticktick.mjs';
import { BASE, EXT_DIR, launch, waitFor } from './harness.mjs';

let h;
before(async () => {
  h = await launch();
});
after(() => h?.close());

test('after a full focus loop no storage area contains the session token', async () => {
  const popup = await h.openPopup();
  for (const name of ['Start', 'Pause', 'Continue', 'End']) {
    await popup.getByRole('button', { name }).click();
    await waitFor(async () => (await h.state()).queue.length === 0, `${name} delivered`);
  }
  const dump = await h.worker.evaluate(async () => JSON.stringify({
    local: await chrome.storage.local.get(null),
    sync: await chrome.storage.sync.get(null),
    session: await chrome.storage.session.get(null),
  }));
  assert.ok(dump.includes('"point"'), 'the dump holds the real state');
  assert.ok(!dump.includes(SANDBOX_TOKEN), 'no token in storage');
  assert.ok(h.tt.log.every((e) => !String(e.device).includes(SANDBOX_TOKEN)), 'no token in headers we add');
});

test('a web page cannot message the extension', async () => {
  const page = await h.context.newPage();
  await page.goto(`${BASE}/signin`);
  const reachable = await page.evaluate(() => typeof globalThis.chrome?.runtime?.sendMessage);
  assert.equal(reachable, 'undefined');
});

test('a web page cannot load, frame or open the blocked page under the extension\'s id', async () => {
  const page = await h.context.newPage();
  await page.goto(`${BASE}/signin`);
  const url = `chrome-extension://${h.extId}/blocked.html#https://example.com/`;
  const fetched = await page.evaluate((u) => fetch(u).then((r) => `status ${r.status}`, (e) => e.name), url);
  assert.equal(fetched, 'TypeError', 'fetch refused: no probing whether the extension is installed');
  await page.evaluate((u) => {
    const f = document.createElement('iframe');
    f.src = u;
    document.body.append(f);
  }, url);
  await waitFor(() => /^chrome/.test(page.frames()[1]?.url() ?? ''), 'the frame settled');
  assert.match(page.frames()[1].url(), /^chrome-error:/, 'the frame is refused');
  await page.evaluate((u) => {
    location.href = u;
  }, url);
  await waitFor(() => page.url() !== `${BASE}/signin`, 'the navigation settled');
  assert.match(page.url(), /^chrome-error:/, 'a top-level link to it is refused too');
  await page.close();
  // Only the dynamic id (new each browser session, known to the worker) reaches it: the redirect's.
  const dynamic = await h.worker.evaluate(() => chrome.runtime.getURL('/blocked.html'));
  assert.ok(!dynamic.includes(h.extId), dynamic);
});

test('manifest: minimal permissions, strict CSP, no externally_connectable', () => {
  const m = JSON.parse(readFileSync(`${EXT_DIR}/manifest.json`, 'utf8'));
  // identity: Zoho sign-in; declarativeNetRequest: site blocking; idle: pause when away;
  // offscreen: the end sound (Chrome's worker has no Audio); sidePanel: the panel that stays open.
  assert.deepEqual(m.permissions.sort(), ['alarms', 'cookies', 'declarativeNetRequest', 'identity', 'idle', 'notifications', 'offscreen', 'sidePanel', 'storage']);
  // Loopback (the fakes) and, in e2e builds only, the test site the suite blocks.
  assert.deepEqual(m.host_permissions, ['http://127.0.0.1/*', '*://example.test/*', '*://*.example.test/*']);
  assert.equal(m.externally_connectable, undefined);
  assert.match(m.content_security_policy.extension_pages, /script-src 'self'/);
  assert.deepEqual(m.web_accessible_resources, [{ resources: ['blocked.html'], matches: ['<all_urls>'], use_dynamic_url: true }]);
});

/**
 * The manifest of a production Chrome build of this checkout, built here into a folder of its own
 * (about 4 s): `.output/chrome-mv3` may be missing or older than the sources when this file runs
 * alone, and the folder `npm run build` fills is not this test's to overwrite.
 */
async function productionManifest() {
  const out = mkdtempSync(join(tmpdir(), 'ttf-prod-'));
  try {
    const script = `import { build } from 'wxt'; await build({ mode: 'production', browser: 'chrome', outDir: ${JSON.stringify(out)} });`;
    await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], { maxBuffer: 16 << 20 });
    return JSON.parse(readFileSync(join(out, 'chrome-mv3', 'manifest.json'), 'utf8'));
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

test('production manifest: only the TickTick and Dida365 hosts; Zoho and blocked sites optional; no content script', { timeout: 120_000 }, async () => {
  const p = await productionManifest();
  assert.deepEqual(p.host_permissions, ['https://ms.ticktick.com/*', 'https://api.ticktick.com/*', 'https://ms.dida365.com/*', 'https://api.dida365.com/*']);
  assert.deepEqual(p.permissions.sort(), ['alarms', 'cookies', 'declarativeNetRequest', 'identity', 'idle', 'notifications', 'offscreen', 'sidePanel', 'storage']);
  // Optional only, asked for at run time: one Zoho data centre when the mirror is turned on, and
  // each site the user blocks. Never granted at install.
  const zoho = p.optional_host_permissions.filter((o) => o !== '*://*/*');
  assert.equal(zoho.length, 9);
  assert.ok(zoho.every((o) => /^https:\/\/people\.zoho(cloud)?\.[a-z.]+\/\*$/.test(o)));
  assert.ok(!p.host_permissions.includes('<all_urls>') && !p.host_permissions.includes('*://*/*'));
  assert.equal(p.content_scripts, undefined, 'no content script on any page');
  assert.equal(p.externally_connectable, undefined);
  assert.equal(p.content_security_policy.extension_pages, "script-src 'self'; object-src 'self'");
});
