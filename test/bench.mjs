// `npm run bench`: prints the figures the product promises (sizes, popup speed, idle cost, memory).
// Figures only, no pass/fail: speed is never asserted in a test. Needs `npm run build` and
// `npm run build:e2e` first (npm run bench does both).
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { launch, waitFor } from './e2e/harness.mjs';

const dir = '.output/chrome-mv3';
const size = (f) => {
  const b = readFileSync(`${dir}/${f}`);
  return { raw: b.length, gz: gzipSync(b, { level: 9 }).length };
};
const popupHtml = readFileSync(`${dir}/popup.html`, 'utf8');
const popupJs = [...popupHtml.matchAll(/(?:src|href)="\/([^"]+\.js)"/g)].map((m) => m[1]);
const bg = size('background.js');
const popup = popupJs.map(size).reduce((a, b) => ({ raw: a.raw + b.raw, gz: a.gz + b.gz }), { raw: 0, gz: 0 });
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

console.log('bundle (production chrome-mv3, gzip -9):');
console.log(`  background.js      ${bg.raw} B raw, ${bg.gz} B gzipped (budget 10,000)`);
console.log(`  popup JS (${popupJs.length} files) ${popup.raw} B raw, ${popup.gz} B gzipped (budget 20,000)`);

const h = await launch();
try {
  // Popup: navigation to a countdown built from the stored state, 15 opens.
  const firstState = [];
  for (let i = 0; i < 15; i++) {
    const page = await h.context.newPage();
    const t0 = Date.now();
    await page.goto(`chrome-extension://${h.extId}/popup.html`);
    await page.getByRole('timer').waitFor();
    firstState.push(Date.now() - t0);
    if (i === 0) {
      const heap = await page.evaluate(() => performance.memory?.usedJSHeapSize ?? 0);
      console.log(`popup JS heap after open: ${(heap / 1024).toFixed(0)} KiB`);
    }
    await page.close();
  }
  console.log(`popup open → countdown from stored state: median ${median(firstState)} ms, max ${Math.max(...firstState)} ms (15 opens, incl. page load)`);

  // Click → op on the wire (optimistic UI first, then the request).
  const page = await h.context.newPage();
  await page.goto(`chrome-extension://${h.extId}/popup.html`);
  const wire = [];
  const ui = [];
  for (let i = 0; i < 10; i++) {
    const name = i === 0 ? 'Start' : i % 2 ? 'Pause' : 'Continue';
    const before = h.tt.focusRequests().length;
    const t0 = Date.now();
    await page.getByRole('button', { name }).click();
    const next = i % 2 ? 'Continue' : 'Pause';
    await page.getByRole('button', { name: next }).waitFor();
    ui.push(Date.now() - t0);
    await waitFor(() => h.tt.focusRequests().slice(before).some((r) => r.body.opList.length), 'op on the wire');
    wire.push(Date.now() - t0);
    await h.settled();
  }
  console.log(`click → popup shows the new state: median ${median(ui)} ms; click → op received by TickTick: median ${median(wire)} ms`);

  // Optimistic UI, measured in the page: is the new state on screen by the next animation frame?
  let inFrame = 0;
  for (let i = 0; i < 10; i++) {
    inFrame += await page.evaluate(async () => {
      const label = (t) => [...document.querySelectorAll('button')].find((b) => b.textContent === t);
      const [from, to] = label('Pause') ? ['Pause', 'Continue'] : ['Continue', 'Pause'];
      label(from).click();
      await new Promise((r) => requestAnimationFrame(r));
      return label(to) ? 1 : 0;
    });
    await h.settled();
    await page.waitForTimeout(50);
  }
  console.log(`optimistic UI: new state painted by the next animation frame in ${inFrame}/10 clicks`);

  // Idle cost: end the focus, then list what can wake the worker.
  await page.getByRole('button', { name: 'End' }).click();
  await waitFor(async () => (await h.state()).queue.length === 0 && (await h.badge()).text === '', 'idle');
  await h.settled();
  const alarms = await h.worker.evaluate(async () => (await chrome.alarms.getAll()).map((a) => ({ name: a.name, period: a.periodInMinutes ?? null })));
  const perHour = alarms.reduce((n, a) => n + (a.period ? 60 / a.period : 0), 0);
  console.log(`idle: alarms ${JSON.stringify(alarms)} → ${perHour} worker wake-ups per hour, one small request each`);
  const swHeap = await h.worker.evaluate(() => globalThis.performance?.memory?.usedJSHeapSize ?? null);
  console.log(`service worker JS heap: ${swHeap === null ? 'not exposed to workers' : `${(swHeap / 1024).toFixed(0)} KiB`}`);
  const stateBytes = JSON.stringify(await h.state()).length;
  console.log(`stored state: ${stateBytes} B`);
} finally {
  await h.close();
}
