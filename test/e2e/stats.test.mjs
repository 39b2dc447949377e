// Issue #20: the statistics page against a fake account with a year of sessions
// (test/fake-ticktick/timeline.mjs). Expected figures are worked out here from the fake's records
// and docs/statistics.md §2, never from the extension's code.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { launch, pageFiles, sleep, waitFor } from './harness.mjs';
import { englishWords, violations } from './page-checks.mjs';

const YEAR = new Date().getFullYear() - 1;
const parse = (s) => Date.parse(String(s).replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
/** The local day number of a moment (Chromium runs in this process's zone). */
const localDay = (ms) => Math.floor((ms - new Date(ms).getTimezoneOffset() * 60_000) / 86_400_000);
const focused = (r) => parse(r.endTime) - parse(r.startTime) - r.pauseDuration * 1000;
const inYear = (r) => new Date(parse(r.startTime)).getFullYear() === YEAR;
const int = (s) => Number(String(s).replace(/[^\d]/g, ''));

/** docs/statistics.md §2: the task's list in the snapshot, else the record's `projectName`, else no list. */
function listOf(h, r) {
  const seg = r.tasks.find((t) => t.taskId);
  if (!seg) return 'No task';
  const task = h.tt.tasks.find((t) => t.id === seg.taskId);
  if (task) return task.projectId === h.tt.inboxId ? 'Inbox' : h.tt.lists.find((l) => l.id === task.projectId).name;
  return seg.projectName ?? 'No list';
}

function isoLocal(ms) {
  const o = -new Date(ms).getTimezoneOffset();
  const wall = new Date(ms + o * 60_000).toISOString().slice(0, 19);
  return `${wall}${o < 0 ? '-' : '+'}${String(Math.floor(Math.abs(o) / 60)).padStart(2, '0')}:${String(Math.abs(o) % 60).padStart(2, '0')}`;
}

/** RFC 4180, written here: quoted fields with doubled quotes and line breaks inside. */
function parseCsv(text) {
  const rows = [[]];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') rows.at(-1).push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') rows.at(-1).push(field), (field = ''), rows.push([]), i++;
    else field += c;
  }
  return rows.filter((r) => r.length > 1);
}

async function openStats(h, hash = '') {
  const page = await h.context.newPage();
  page.on('pageerror', (e) => h.workerErrors.push(`stats: ${e.message}`));
  await page.goto(`chrome-extension://${h.extId}/stats.html${hash}`);
  await page.locator('main[data-status=done]').waitFor({ timeout: 60_000 });
  return page;
}

const timelineCalls = (h, since = 0) => h.tt.log.slice(since).filter((e) => e.path === '/api/v2/pomodoros/timeline');

test('from the popup: this week per day, and today\'s session with the task and the note the extension sent', async (t) => {
  const h = await launch();
  t.after(() => h.close());
  // The phone's 25-minute focus on a task started 6 minutes ago; the note is typed in the popup.
  h.tt.device.start({ minutes: 25, agoSec: 6 * 60, taskId: h.tt.tasks[1].id });
  const popup = await h.openPopup();
  await popup.getByRole('button', { name: 'Pause' }).waitFor({ timeout: 8000 });
  await popup.getByRole('textbox', { name: /note/i }).fill('Drafted the summary, then "checked" it');
  await popup.getByRole('button', { name: 'End' }).click();
  await waitFor(() => h.tt.current?.status === 2 && h.tt.current.note, 'finished with its note');
  const [page] = await Promise.all([h.context.waitForEvent('page'), popup.getByRole('button', { name: 'Statistics' }).click()]);
  await page.locator('main[data-status=done]').waitFor({ timeout: 30_000 });
  await page.getByRole('heading', { name: 'Focus statistics', level: 1 }).waitFor();

  const today = h.tt.current;
  const records = [...h.tt.history, { startTime: today.startTime, endTime: today.endTime, pauseDuration: 0 }];
  const bars = page.locator('.chart .bar');
  assert.equal(await bars.count(), 7);
  const shown = await bars.evaluateAll((els) => els.map((e) => [Number(e.dataset.day), Number(/: ([\d,]+) minutes?$/.exec(e.getAttribute('aria-label'))?.[1].replace(/,/g, ''))]));
  const expected = shown.map(([d]) => [d, Math.round(records.filter((r) => localDay(parse(r.startTime)) === d).reduce((n, r) => n + focused(r), 0) / 60_000)]);
  assert.deepEqual(shown, expected);
  assert.ok(shown.some(([d]) => d === localDay(Date.now())), 'the week holds today');

  const item = page.locator('.sessions li', { hasText: 'Drafted the summary' });
  await item.waitFor();
  assert.match(await item.innerText(), /Review pull requests \(Work\)/);
  assert.match(await item.locator('.session-note').innerText(), /^Drafted the summary, then "checked" it$/);
  assert.deepEqual(h.workerErrors, []);
});

test('the stats page stays out of the popup\'s bundle', () => {
  // Static and lazy imports alike: nothing the popup may ever load holds the page.
  const seen = pageFiles('popup.html');
  for (const [f, code] of seen) assert.doesNotMatch(code, /statsDay:|start,end,minutes,pauses/, `${f} carries statistics code`);
  assert.ok(seen.size > 1);
});

test('a year of sessions: totals, by list, a day\'s sessions with notes, search, and the CSV and JSON', async (t) => {
  const h = await launch({ fake: { focusYears: [{ year: YEAR, count: 1200 }] } });
  t.after(() => h.close());
  const page = await openStats(h);
  await page.getByRole('button', { name: 'Year' }).click();
  await page.getByRole('button', { name: 'Previous' }).click();
  await page.waitForURL(new RegExp(`#year/${YEAR}$`));
  // The address changes before the page has drawn the new range: until then the old range's
  // "done" is still on the page. Wait for the year's own heading first.
  await page.locator('.range-name', { hasText: String(YEAR) }).waitFor();
  await page.locator('main[data-status=done]').waitFor({ timeout: 60_000 });
  const year = h.tt.history.filter(inYear);
  assert.equal(year.length, 1200);
  assert.deepEqual(await violations(page), [], 'the year view passes axe (heatmap, tables, lists)');

  const minutes = Math.round(year.reduce((n, r) => n + focused(r), 0) / 60_000);
  const counts = (await page.locator('.figure .sub').first().innerText()).split('·').map(int);
  assert.deepEqual(counts, [minutes, 1200, year.filter((r) => r.type === 0).length]);

  const byList = {};
  for (const r of year) byList[listOf(h, r)] = (byList[listOf(h, r)] ?? 0) + focused(r) / 60_000;
  const rows = await page.locator('section[aria-labelledby=lists-h] tbody tr').evaluateAll((trs) => trs.map((tr) => [tr.querySelector('th').textContent, tr.querySelector('td').textContent]));
  assert.deepEqual(Object.fromEntries(rows.map(([n, m]) => [n, int(m)])), Object.fromEntries(Object.entries(byList).map(([n, m]) => [n, Math.round(m)])));
  assert.ok('No task' in byList && 'No list' in byList && 'Side project' in byList && 'Archive 2025' in byList);

  // The day of the first session noted on two lines: each of its sessions, notes as written.
  const day = localDay(parse(year.find((r) => r.note.includes('\n')).startTime));
  const ofDay = year.filter((r) => localDay(parse(r.startTime)) === day);
  await page.locator(`.heatmap rect[data-day="${day}"]`).click();
  await waitFor(async () => (await page.locator('.sessions li').count()) === ofDay.length, 'the day\'s sessions');
  const notes = await page.locator('.sessions li').evaluateAll((lis) => lis.map((li) => li.querySelector('.session-note')?.innerText ?? ''));
  assert.deepEqual(notes, ofDay.sort((a, b) => parse(a.startTime) - parse(b.startTime)).map((r) => r.note));

  // By keyboard: the chosen day is the grid's tab stop; right is a week later.
  await page.locator(`.heatmap rect[data-day="${day}"]`).focus();
  await page.keyboard.press('ArrowRight');
  await page.locator(`.heatmap rect[data-day="${day + 7}"]:focus`).waitFor();
  const later = year.filter((r) => localDay(parse(r.startTime)) === day + 7);
  await waitFor(async () => (await page.locator('.sessions li').count()) === later.length, 'a week later\'s sessions');
  assert.match(await page.locator('#sessions-h').innerText(), new RegExp(`· ${Math.round(later.reduce((n, r) => n + focused(r), 0) / 60_000)} minutes$`));

  await page.getByRole('searchbox', { name: 'Search notes and tasks in this range' }).fill('读完第三章');
  await page.getByRole('heading', { name: `${year.filter((r) => r.note.includes('读完第三章')).length} sessions found` }).waitFor();
  await page.getByRole('searchbox').fill('');

  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
  assert.equal(csv.suggestedFilename(), `ticktick-focus-${YEAR}-01-01_${YEAR}-12-31.csv`);
  const text = readFileSync(await csv.path(), 'utf8');
  assert.equal(text[0], '\uFEFF');
  const [header, ...lines] = parseCsv(text.slice(1));
  assert.deepEqual(header, ['start', 'end', 'minutes', 'pauses', 'task', 'list', 'note']);
  const want = [...year].sort((a, b) => parse(a.startTime) - parse(b.startTime)).map((r) => [
    isoLocal(parse(r.startTime)), isoLocal(parse(r.endTime)), String(Math.round(focused(r) / 6000) / 10), String(r.pauseDuration / 60),
    r.tasks.find((s) => s.taskId)?.title ?? '', listOf(h, r) === 'No task' ? '' : listOf(h, r), /^[=+\-@]/.test(r.note) ? `'${r.note}` : r.note,
  ]);
  assert.deepEqual(lines, want);

  const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download JSON' }).click()]);
  const objects = JSON.parse(readFileSync(await json.path(), 'utf8'));
  assert.equal(objects.length, 1200);
  assert.deepEqual(Object.values(objects.find((o) => o.note.includes('"'))).map(String), want.find((w) => w[6].includes('"')).map((v, i) => (i === 6 && v.startsWith("'") ? v.slice(1) : v)));
  assert.deepEqual(h.workerErrors, []);
});

test('a second open asks TickTick only for the newest page: no timeline request for days already cached', async (t) => {
  const h = await launch({ fake: { focusYears: [{ year: YEAR, count: 600 }] } });
  t.after(() => h.close());
  const first = await openStats(h, `#year/${YEAR}`);
  const total = await first.locator('.figure strong').first().innerText();
  assert.ok(timelineCalls(h).length > 600 / 31, 'the first open read the pages back to the year');
  await first.close();
  // Something new since: a session finished on the phone today (in the day's first 40 minutes a
  // shorter one, so that it is today's whatever the hour the test runs at).
  let since = Date.now() - new Date().setHours(0, 0, 0, 0);
  if (since < 6.5 * 60_000) await sleep(6.5 * 60_000 - since);
  since = Math.max(since, 6.5 * 60_000);
  const [len, ago] = since > 41 * 60_000 ? [25, 40 * 60] : [5, 6 * 60];
  const op = h.tt.device.start({ minutes: len, agoSec: ago });
  h.tt.device.finish(parse(op.time) + len * 60_000);
  const mark = h.tt.log.length;
  const again = await openStats(h, `#year/${YEAR}`);
  assert.equal(await again.locator('.figure strong').first().innerText(), total);
  assert.deepEqual(timelineCalls(h, mark).map((e) => e.query), [{}], 'one request, the newest page, no `to`');
  await again.evaluate(() => void (location.hash = '#week')); // this week
  await again.locator('main[data-status=done]').waitFor();
  await again.locator(`.chart .bar[data-day="${localDay(Date.now())}"][aria-label$=": ${len} minutes"]`).waitFor();
  assert.deepEqual(timelineCalls(h, mark).map((e) => e.query), [{}], 'this week was in the cache already');
  assert.deepEqual(h.workerErrors, []);
});

test('in Chinese: the year\'s breakdowns and the page speak Chinese', async (t) => {
  const h = await launch({ lang: 'zh-CN', fake: { focusYears: [{ year: YEAR, count: 300 }] } });
  t.after(() => h.close());
  const page = await openStats(h, `#year/${YEAR}`);
  assert.equal(await page.title(), '专注统计');
  await page.getByRole('heading', { name: '按清单' }).waitFor();
  await page.getByRole('heading', { name: '按任务' }).waitFor();
  const lists = await page.locator('section[aria-labelledby=lists-h] tbody th').allInnerTexts();
  assert.ok(lists.includes('未关联任务') && lists.includes('无清单') && lists.includes('收集箱'), lists.join(', '));
  assert.match(await page.getByRole('button', { name: '下载 CSV' }).innerText(), /CSV/);
  assert.deepEqual(await englishWords(page), [], 'the year view in Chinese shows no English UI text');
});
