// Interaction figures: click → screen, click → TickTick, optimistic paint, idle wake-ups, stored
// state. Printed and returned for docs/bench.json; never asserted in a test.
import { launch, waitFor } from '../e2e/harness.mjs';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function interaction() {
  const h = await launch();
  try {
    // Click → op on the wire (optimistic UI first, then the request).
    const page = await h.context.newPage();
    await page.goto(`chrome-extension://${h.extId}/popup.html`);
    const wire = [];
    const ui = [];
    // The click as the page saw it (the event's own time), not when the driver began to act.
    await page.evaluate(() => document.addEventListener('click', (e) => (globalThis.clickAt = performance.timeOrigin + e.timeStamp), true));
    for (let i = 0; i < 10; i++) {
      const name = i === 0 ? 'Start' : i % 2 ? 'Pause' : 'Continue';
      const before = h.tt.focusRequests().length;
      const t0 = Date.now();
      await page.getByRole('button', { name }).click();
      const next = i % 2 ? 'Continue' : 'Pause';
      await page.getByRole('button', { name: next }).waitFor();
      ui.push(Date.now() - t0);
      // The fake stamps each request as it arrives (same process, same clock): no polling in the figure.
      const op = await waitFor(() => h.tt.focusRequests().slice(before).find((r) => r.body.opList.length), 'op on the wire');
      wire.push(Math.round(op.at - (await page.evaluate(() => globalThis.clickAt))));
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
    return { clickToScreenMs: median(ui), clickToTickTickMs: median(wire), paintedNextFrame: inFrame, idleWakeupsPerHour: perHour, storedStateBytes: stateBytes };
  } finally {
    await h.close();
  }
}
