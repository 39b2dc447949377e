// Issue #20: the statistics page's year view on an account with 4,000 sessions in that year: the
// open from nothing (every page of the year fetched, stored and drawn), the open from the cache
// (navigation → the range's figures and heatmap drawn: the page's `stats-painted` mark; the rest of
// the page a frame later, `stats-complete`; median and p90 of several), the
// timeline requests a second open makes, and the bytes the cache takes in storage.local.
import { launch } from '../e2e/harness.mjs';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p90 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.9))];

/** The floor on this machine now: an extension page with almost no script (offscreen.html) to DOMContentLoaded. */
async function bare(h) {
  const page = await h.context.newPage();
  await page.goto(`chrome-extension://${h.extId}/offscreen.html`);
  const ms = await page.evaluate(() => Math.round(performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd));
  await page.close();
  return ms;
}

/** The floor for the open from nothing: the same timeline pages fetched in a bare loop from a page. */
async function fetchFloor(page, base) {
  return page.evaluate(async (base) => {
    const t0 = performance.now();
    for (let to; ;) {
      const body = await (await fetch(`${base}/api/v2/pomodoros/timeline${to ? `?to=${to}` : ''}`, { credentials: 'include' })).json();
      if (!body.length) return Math.round(performance.now() - t0);
      to = Math.min(...body.map((r) => Date.parse(r.startTime.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'))));
    }
  }, base);
}

async function open(h, year) {
  const page = await h.context.newPage();
  await page.goto(`chrome-extension://${h.extId}/stats.html#year/${year}`);
  await page.locator('main[data-status=done]').waitFor({ timeout: 180_000 });
  const marks = await page.evaluate(() => ({
    ...Object.fromEntries(['stats-painted', 'stats-complete', 'stats-done'].map((n) => [n, Math.round(performance.getEntriesByName(n)[0]?.startTime ?? NaN)])),
    dcl: Math.round(performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd),
  }));
  return { page, painted: marks['stats-painted'], complete: marks['stats-complete'], done: marks['stats-done'], dcl: marks.dcl };
}

export async function statsCost(count = 4000, runs = 9) {
  const year = new Date().getFullYear() - 1;
  const h = await launch({ fake: { focusYears: [{ year, count }] } });
  try {
    const timeline = () => h.tt.log.filter((e) => e.path === '/api/v2/pomodoros/timeline').length;
    const first = await open(h, year);
    const pages = timeline();
    const bytes = await first.page.evaluate(async () => {
      const all = await chrome.storage.local.get(null);
      const keys = Object.keys(all).filter((k) => k.startsWith('statsDay:') || k === 'statsMeta');
      return { days: keys.length - 1, bytes: await chrome.storage.local.getBytesInUse(keys) };
    });
    const floorMs = await fetchFloor(first.page, h.server.url);
    await first.page.close();
    const cached = [];
    const whole = [];
    const booted = [];
    let again = 0;
    const floor = [];
    for (let i = 0; i < runs; i++) {
      floor.push(await bare(h));
      const before = timeline();
      const o = await open(h, year);
      again = Math.max(again, timeline() - before);
      cached.push(o.painted);
      whole.push(o.complete);
      booted.push(o.dcl);
      await o.page.close();
    }
    const figures = {
      sessions: count, pages, fromNothingMs: first.done, pagesFetchedBareMs: floorMs, fromCacheMs: { median: median(cached), p90: p90(cached), n: runs },
      // The rest of the page (the day's sessions, by list, by task, by hour) drawn a frame later.
      completeFromCacheMs: { median: median(whole), p90: p90(whole) },
      // The browser's own part: navigation → DOMContentLoaded (the page's scripts loaded), before our code reads anything.
      domContentLoadedMs: { median: median(booted), p90: p90(booted) },
      bareExtensionPageMs: { median: median(floor), p90: p90(floor) },
      timelineRequestsOnReopen: again, cacheBytes: bytes.bytes, cacheDays: bytes.days,
    };
    console.log(`statistics, a year of ${count} sessions: from nothing ${first.done} ms (${pages} timeline pages; the same pages in a bare fetch loop ${floorMs} ms); from the cache ${figures.fromCacheMs.median} ms median, ${figures.fromCacheMs.p90} p90 (n=${runs}; DOMContentLoaded ${figures.domContentLoadedMs.median} ms of it, a bare extension page's ${figures.bareExtensionPageMs.median} ms; all of the page ${figures.completeFromCacheMs.median} ms), ${again} timeline request on reopen; cache ${(bytes.bytes / 1024).toFixed(0)} KiB in ${bytes.days} days`);
    return figures;
  } finally {
    await h.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await statsCost();
