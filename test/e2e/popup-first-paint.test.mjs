// Issue #18: the popup's first paint fetches one file (scripts/vite-plugins.ts, "the popup alone"):
// its script, with the stylesheet inline in the page. What the built page must hold for that, and
// that the page so built looks and works as before.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { EXT_DIR, launch, pageFiles, timerText } from './harness.mjs';

test('the built popup page: one script, which imports nothing before its first paint, and the stylesheet inline', () => {
  const html = readFileSync(join(EXT_DIR, 'popup.html'), 'utf8');
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
  assert.equal(scripts.length, 1, scripts.join('\n'));
  assert.match(scripts[0], /type="module"[^>]*src="\/chunks\/popup-[\w-]+\.js"/);
  assert.doesNotMatch(html, /<link\b[^>]*rel="(stylesheet|modulepreload)"/);
  assert.ok(html.includes(`<style>${readFileSync('public/style.css', 'utf8')}</style>`), 'public/style.css, whole, inline');
  const code = readFileSync(join(EXT_DIR, /src="\/([^"]+)"/.exec(scripts[0])[1]), 'utf8');
  assert.doesNotMatch(code, /(?:^|[;\s}])import\s*(?:[\w${},\s*]+from\s*)?["']\.\//, 'no static import of another file');
  assert.match(code, /import\("\.\/TaskChooser-[\w-]+\.js"\)/, 'the task chooser stays a chunk of its own');
  // scripts/vite-plugins.ts, polyfillAsEsm: no CommonJS interop copying the browser's namespaces.
  assert.doesNotMatch(code, /getOwnPropertyNames/);
});

test('the popup\'s lazy chunks take Preact and the store from its one script: one copy of each', () => {
  const seen = pageFiles('popup.html');
  const holding = (marker) => [...seen].filter(([, code]) => code.includes(marker)).map(([f]) => f);
  assert.ok(seen.size > 5, [...seen.keys()].join(', '));
  // Preact's vnode marker (preact/src/constants.js) and the popup store's start (its `pagehide`
  // listener, features/focus/ui/store/boot.ts): in the one script only.
  const script = [...seen.keys()][0];
  assert.deepEqual(holding('Symbol.for("pv")'), [script]);
  assert.deepEqual(holding('"pagehide"'), [script]);
});

test('so built, the popup is styled by its inline sheet, counts down, and its own chunks load and work', async (t) => {
  const h = await launch();
  t.after(() => h.close());
  const popup = await h.openPopup();
  await popup.getByRole('button', { name: 'Start' }).click();
  await popup.getByRole('button', { name: 'Pause' }).waitFor();
  assert.match(await timerText(popup), /^2[45]:\d\d$/);
  // public/style.css: `.popup { width: 300px; … }` (the page's CSP restricts scripts only).
  assert.equal(await popup.locator('main.popup').evaluate((el) => getComputedStyle(el).width), '300px');
  // The task chooser is a chunk that imports from the popup's one script: the same Preact, the same store.
  await popup.getByRole('button', { name: /choose a task/i }).click();
  await popup.getByRole('searchbox').waitFor();
  assert.deepEqual(h.workerErrors, []);
});
