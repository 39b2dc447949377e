// `npm start`: the extension against a fake TickTick account and a fake Zoho People on this
// machine, no real account needed. Builds with WXT_TICKTICK_BASE_URL and WXT_ZOHO_BASE_URL, starts
// both fake servers (TickTick signed in), and opens Chromium with the extension loaded. Headless machines get a screenshot of the popup instead of a window.
//   npm start              run until Ctrl+C
//   npm start -- --once    screenshot, then exit
import { execSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { startFakeServer } from './fake-ticktick/server.mjs';
import { SANDBOX_CSRF, SANDBOX_TOKEN } from './fake-ticktick/ticktick.mjs';
import { startFakeZoho } from './fake-zoho/server.mjs';
import { ZOHO_CLIENT, ZOHO_USER } from './fake-zoho/zoho.mjs';

const PORT = 8787;
const BASE = `http://127.0.0.1:${PORT}`;
const ZOHO = 'http://127.0.0.1:8788';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const once = process.argv.includes('--once');
const headless = once || !process.env.DISPLAY;

function ensureChromium() {
  if (existsSync(CHROMIUM)) return;
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.log('Chromium is missing: installing Debian\'s chromium package…');
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
    return;
  }
  console.error(`No Chromium at ${CHROMIUM}. Install it (Debian: sudo apt-get install chromium) or set CHROMIUM_PATH.`);
  process.exit(1);
}

ensureChromium();
console.log(`Building the extension for the sandbox (${BASE})…`);
const build = spawnSync('npx', ['wxt', 'build', '--mode', 'sandbox'], {
  stdio: 'inherit', env: { ...process.env, WXT_TICKTICK_BASE_URL: BASE, WXT_ZOHO_BASE_URL: ZOHO, WXT_ZOHO_CLIENT_ID: ZOHO_CLIENT },
});
if (build.status !== 0) process.exit(build.status ?? 1);
const extDir = resolve('.output/chrome-mv3-sandbox');

const server = await startFakeServer({ port: PORT, quiet: false });
const zoho = await startFakeZoho({ port: 8788, quiet: false });
mkdirSync('.sandbox', { recursive: true });
const context = await chromium.launchPersistentContext(resolve('.sandbox/profile'), {
  executablePath: CHROMIUM,
  headless,
  viewport: headless ? { width: 340, height: 440 } : null,
  args: [
    `--disable-extensions-except=${extDir}`, `--load-extension=${extDir}`, '--no-sandbox',
    '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
  ],
});
// The sandbox account is signed in, as if you had signed in on ticktick.com.
await context.addCookies([
  { name: 't', value: SANDBOX_TOKEN, domain: '127.0.0.1', path: '/', httpOnly: true, sameSite: 'Lax' },
  { name: '_csrf_token', value: SANDBOX_CSRF, domain: '127.0.0.1', path: '/', sameSite: 'Lax' },
]);
let [worker] = context.serviceWorkers();
if (!worker) worker = await context.waitForEvent('serviceworker');
const popupUrl = `chrome-extension://${new URL(worker.url()).host}/popup.html`;

console.log(`
TickTick Focus sandbox
  fake TickTick:      ${BASE}/  (act as "another device": start, pause, end from the page)
  fake Zoho People:   ${ZOHO}  (options page → Zoho People: user ${ZOHO_USER}, Connect, pick a job)
  extension build:    ${extDir}
  popup:              ${popupUrl}
`);

if (headless) {
  const page = await context.newPage();
  await page.goto(popupUrl);
  await page.getByRole('button', { name: 'Start' }).click();
  await page.waitForTimeout(1500);
  await page.screenshot({ path: '.sandbox/popup.png' });
  console.log('No display here, so Chromium runs headless: a focus was started and the popup saved to .sandbox/popup.png.');
  if (once) {
    await context.close();
    await server.close();
    await zoho.close();
    process.exit(0);
  }
} else {
  const [first] = context.pages();
  await (first ?? (await context.newPage())).goto(`${BASE}/`);
  console.log('Click the extension\'s toolbar icon (pin it from the puzzle menu) to open the popup.');
}
console.log('Press Ctrl+C to stop.');
const stop = async () => {
  await context.close().catch(() => undefined);
  await server.close();
  await zoho.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
