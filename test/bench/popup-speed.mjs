// Issue #10: the popup's first paint with the real state against a bare extension, in one
// Chromium, interleaved: warm opens (worker running) and cold opens (workers stopped), time to
// the first MM:SS, DOMContentLoaded, worker boot, heap after GC of popup and worker.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { startFakeServer } from '../fake-ticktick/server.mjs';
import { SANDBOX_CSRF, SANDBOX_TOKEN } from '../fake-ticktick/ticktick.mjs';
import { buildBare } from './bare.mjs';
import { rawCdp } from './cdp.mjs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// The fakes' port follows E2E_PORT (test/e2e/harness.mjs), so the bench can run beside a test run.
const FAKE_PORT = Number(process.env.E2E_PORT ?? 18787);
const PORT = FAKE_PORT + 657; // DevTools (19444 by default)
const quantile = (xs, q) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * q))];

/** Runs before any page script: notes when the first MM:SS appears in a role=timer element. */
function probe() {
  const mark = () => {
    const el = document.querySelector('[role=timer]');
    if (el && /^\d\d:\d\d$/.test(el.textContent ?? '') && globalThis.__first === undefined) {
      globalThis.__first = performance.now();
      globalThis.__firstText = el.textContent;
    }
  };
  new MutationObserver(mark).observe(document, { subtree: true, childList: true, characterData: true });
}

export async function popupSpeed({ runs = 3, warm = 20, cold = 10 } = {}) {
  const root = mkdtempSync(join(tmpdir(), 'ttf-bench-'));
  const bare = buildBare(join(root, 'bare'));
  const ours = resolve(process.env.BENCH_EXT ?? '.output/chrome-mv3-e2e'); // BENCH_EXT: measure another build (e.g. a release)
  const server = await startFakeServer({ port: FAKE_PORT });
  server.tt.device.start({ minutes: 25, agoSec: 30 }); // a running focus: the popup's real state counts down from ~24:30
  const proc = spawn(CHROMIUM, [
    '--headless=new', `--remote-debugging-port=${PORT}`, `--user-data-dir=${join(root, 'profile')}`,
    `--disable-extensions-except=${ours},${bare}`, `--load-extension=${ours},${bare}`, '--no-sandbox', '--disable-gpu',
    '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', 'about:blank',
  ], { stdio: 'ignore' });
  let browser;
  for (let i = 0; i < 50 && !browser; i++) browser = await chromium.connectOverCDP(`http://127.0.0.1:${PORT}`).catch(() => new Promise((r) => setTimeout(() => r(undefined), 100)));
  const context = browser.contexts()[0];
  const cdp = await rawCdp(PORT);
  try {
    await context.addCookies([
      { name: 't', value: SANDBOX_TOKEN, domain: '127.0.0.1', path: '/', httpOnly: true, sameSite: 'Lax' },
      { name: '_csrf_token', value: SANDBOX_CSRF, domain: '127.0.0.1', path: '/', sameSite: 'Lax' },
    ]);
    await context.addInitScript(probe);
    const ids = {};
    for (let i = 0; i < 100 && Object.keys(ids).length < 2; i++) {
      for (const w of context.serviceWorkers()) ids[(await w.evaluate(() => chrome.runtime.getManifest().name)) === 'Bare reference' ? 'bare' : 'ours'] = new URL(w.url()).host;
      await new Promise((r) => setTimeout(r, 100));
    }
    // A fresh profile opens our welcome page (app/welcome/open.ts): closed, so no page of ours stays open.
    let welcome;
    for (let i = 0; i < 100 && !welcome; i++) {
      welcome = context.pages().find((p) => p.url() === `chrome-extension://${ids.ours}/welcome.html`);
      if (!welcome) await new Promise((r) => setTimeout(r, 100));
    }
    await welcome?.close();
    // Our worker has the running focus in storage before anything is measured.
    const sw = context.serviceWorkers().find((w) => w.url().includes(ids.ours));
    for (let i = 0; i < 100 && !(await sw.evaluate(async () => (await chrome.storage.local.get('state')).state?.value?.current?.status === 0)); i++) {
      await new Promise((r) => setTimeout(r, 100));
    }
    const stopWorkers = async () => {
      const page = await context.newPage();
      const s = await context.newCDPSession(page);
      await s.send('ServiceWorker.enable');
      await s.send('ServiceWorker.stopAllWorkers');
      await page.close();
    };
    async function open(which) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${ids[which]}/popup.html`);
      await page.waitForFunction(() => globalThis.__first !== undefined, undefined, { timeout: 10_000 });
      const r = await page.evaluate(() => ({ first: globalThis.__first, text: globalThis.__firstText, dcl: performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd }));
      await page.close();
      if (which === 'ours' && !/^(1\d|2[0-5]):\d\d$/.test(r.text)) throw new Error(`our first MM:SS was ${r.text}, not the running focus`);
      return r;
    }
    const data = { warm: { bare: [], ours: [] }, cold: { bare: [], ours: [] }, dcl: { bare: [], ours: [] }, boot: { bare: [], ours: [] } };
    for (let run = 0; run < runs; run++) {
      for (let i = 0; i < warm; i++) {
        for (const which of i % 2 ? ['ours', 'bare'] : ['bare', 'ours']) {
          const r = await open(which);
          data.warm[which].push(r.first);
          data.dcl[which].push(r.dcl);
        }
      }
      for (let i = 0; i < cold; i++) {
        for (const which of i % 2 ? ['ours', 'bare'] : ['bare', 'ours']) {
          await stopWorkers();
          data.cold[which].push((await open(which)).first);
        }
      }
      // Worker boot: a message from an extension page to a stopped worker, until it settles.
      for (const which of ['bare', 'ours']) {
        const page = await context.newPage();
        await page.goto(`chrome-extension://${ids[which]}/manifest.json`);
        for (let i = 0; i < 5; i++) {
          await stopWorkers();
          data.boot[which].push(await page.evaluate(async () => {
            const t0 = performance.now();
            await chrome.runtime.sendMessage({ name: 'bench-ping' }).catch(() => undefined);
            return performance.now() - t0;
          }));
        }
        await page.close();
      }
    }
    const heap = {};
    for (const which of ['bare', 'ours']) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${ids[which]}/popup.html`);
      await page.waitForTimeout(1500);
      heap[which] = {
        popup: await cdp.heapAfterGc(`chrome-extension://${ids[which]}/popup.html`, 'page'),
        worker: await cdp.heapAfterGc(`chrome-extension://${ids[which]}/background.js`, 'service_worker'),
      };
      await page.close();
    }
    const stat = (xs) => ({ median: +quantile(xs, 0.5).toFixed(1), p90: +quantile(xs, 0.9).toFixed(1), n: xs.length });
    const out = {};
    for (const k of Object.keys(data)) out[k] = { bare: stat(data[k].bare), ours: stat(data[k].ours) };
    out.heap = heap;
    return out;
  } finally {
    cdp.close();
    await browser?.close().catch(() => undefined);
    proc.kill();
    await server.close();
    await new Promise((r) => setTimeout(r, 300));
    rmSync(root, { recursive: true, force: true, maxRetries: 5 });
  }
}
