// Drives the real built extension in Debian Chromium against the fake TickTick on loopback
// (docs/testing.md). `npm run e2e` builds it first with
// WXT_TICKTICK_BASE_URL=http://127.0.0.1:18787 into .output/chrome-mv3-e2e.
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { startFakeServer } from '../fake-ticktick/server.mjs';
import { startFakeZoho } from '../fake-zoho/server.mjs';
import { SANDBOX_CSRF, SANDBOX_TOKEN } from '../fake-ticktick/ticktick.mjs';

/** E2E_PORT moves both fakes (TickTick on it, Zoho on it + 1), so two checkouts can test at once. */
export const PORT = Number(process.env.E2E_PORT ?? 18787);
export const BASE = `http://127.0.0.1:${PORT}`;
/** The e2e build's WXT_ZOHO_BASE_URL. */
export const ZOHO_PORT = PORT + 1;
export const EXT_DIR = resolve('.output/chrome-mv3-e2e');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Every file of the build a page may ever load, its entry first: the page's scripts and each
 * chunk they import, statically or lazily. Returns a map from file to its code.
 */
export function pageFiles(page) {
  const html = readFileSync(join(EXT_DIR, page), 'utf8');
  const todo = [...html.matchAll(/(?:src|href)="\/([^"]+\.js)"/g)].map((m) => m[1]).reverse();
  const seen = new Map();
  while (todo.length) {
    const f = todo.pop();
    if (seen.has(f)) continue;
    const code = readFileSync(join(EXT_DIR, f), 'utf8');
    seen.set(f, code);
    for (const m of code.matchAll(/["']\.\/([\w.-]+\.js)["']/g)) todo.push(`chunks/${m[1]}`);
  }
  return seen;
}

export async function sleep(ms) {
  await new Promise((r) => setTimeout(r, ms));
}

/** Polls `fn` until it returns a truthy value; fails with `what` after `timeout` ms. */
export async function waitFor(fn, what, timeout = 10_000) {
  const end = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      last = await fn();
      if (last) return last;
    } catch (e) {
      last = e;
    }
    if (Date.now() > end) throw new Error(`timed out waiting for ${what} (last: ${last instanceof Error ? last.message : JSON.stringify(last)})`);
    await sleep(100);
  }
}

/** Chromium with the e2e build loaded, in `profile` (docs/testing.md: the flags and why). */
export function launchBrowser(profile, { lang = 'en-US', args = [] } = {}) {
  return chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      `--disable-extensions-except=${EXT_DIR}`, `--load-extension=${EXT_DIR}`, '--no-sandbox', '--disable-gpu',
      '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
      '--disable-quic', `--lang=${lang}`, ...args,
    ],
  });
}

/** The welcome page the extension opened (app/welcome/open.ts), once its address is ours. */
export const welcomePage = (context, extId) =>
  waitFor(() => context.pages().find((p) => p.url() === `chrome-extension://${extId}/welcome.html`), 'the welcome page');

/**
 * `fake`: options of the fake TickTick (preferences, tasks); `zoho`: also start the fake Zoho
 * People (options of it); `lang`: the browser's UI language; `welcome`: keep the welcome page a
 * fresh install opens (as `h.welcome`) instead of closing it before the test starts.
 */
export async function launch({ signedIn = true, fake = {}, zoho = null, lang = 'en-US', args = [], welcome = false } = {}) {
  if (!existsSync(join(EXT_DIR, 'manifest.json'))) throw new Error(`no build at ${EXT_DIR}: run npm run e2e`);
  const server = await startFakeServer({ port: PORT, ...fake });
  const zohoServer = zoho ? await startFakeZoho({ port: ZOHO_PORT, ...zoho }) : null;
  const profile = await mkdtemp(join(tmpdir(), 'ttf-e2e-'));
  const context = await launchBrowser(profile, { lang, args });
  let [worker] = context.serviceWorkers();
  if (!worker) worker = await context.waitForEvent('serviceworker');
  const extId = new URL(worker.url()).host;
  // Every profile here is a fresh install, so the welcome page opens: closed unless the test
  // looks at it, so that it is never the tab or the page event a test waits for.
  const welcomed = await welcomePage(context, extId);
  if (!welcome) await welcomed.close();
  const workerErrors = [];
  worker.on('console', (m) => {
    if (m.type() === 'error') workerErrors.push(m.text());
  });

  const h = {
    server, tt: server.tt, zoho: zohoServer?.zoho, context, worker, extId, workerErrors, profile,
    welcome: welcome ? welcomed : null,
    /** Stored background state (the `local:state` item). */
    state: () => worker.evaluate(async () => (await chrome.storage.local.get('state')).state?.value ?? null),
    badge: () => worker.evaluate(async () => ({
      text: await chrome.action.getBadgeText({}),
      color: await chrome.action.getBadgeBackgroundColor({}),
    })),
    settled: () => worker.evaluate(() => globalThis.__ttf.settled()),
    command: (name) => worker.evaluate((n) => globalThis.__ttf.command(n), name),
    async signIn() {
      await context.addCookies([
        { name: 't', value: SANDBOX_TOKEN, domain: '127.0.0.1', path: '/', httpOnly: true, sameSite: 'Lax' },
        { name: '_csrf_token', value: SANDBOX_CSRF, domain: '127.0.0.1', path: '/', sameSite: 'Lax' },
      ]);
    },
    async openPopup() {
      const page = await context.newPage();
      page.on('pageerror', (e) => workerErrors.push(`popup: ${e.message}`));
      await page.goto(`chrome-extension://${extId}/popup.html`);
      await page.getByRole('timer').waitFor();
      return page;
    },
    async openOptions() {
      const page = await context.newPage();
      page.on('pageerror', (e) => workerErrors.push(`options: ${e.message}`));
      await page.goto(`chrome-extension://${extId}/options.html`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      return page;
    },
    /** Kills the service worker (the recipe's CDP route); the next event starts a fresh one. */
    async stopWorker() {
      const page = await context.newPage();
      await page.goto('about:blank');
      const cdp = await context.newCDPSession(page);
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await page.close();
    },
    /** Requests to the focus endpoint with at least one op. */
    opRequests: () => server.tt.focusRequests().filter((r) => r.body?.opList.length).map((r) => r.body),
    async close() {
      await context.close().catch(() => undefined);
      await server.close();
      await zohoServer?.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
  if (signedIn) {
    await h.signIn();
    await waitFor(async () => (await h.state())?.syncedAt > 0, 'first sync');
  }
  return h;
}

/** Text of the popup's countdown. */
export const timerText = (page) => page.getByRole('timer').textContent();
