// Issue #17: `npm run screenshots` writes the store's pictures: 1280×800 PNGs of the popup on a
// task, the task chooser, statistics, options and the blocked page, light and dark, and the
// 440×280 tile. Run here against the e2e build (the script's --ext), so nothing is built twice.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { EXT_DIR, PORT } from './harness.mjs';

/** Width and height from a PNG's IHDR chunk (bytes 16–23, after the signature and the chunk head). */
function pngSize(path) {
  const b = readFileSync(path);
  assert.equal(b.subarray(1, 4).toString('latin1'), 'PNG', `${path} is a PNG`);
  return `${b.readUInt32BE(16)}×${b.readUInt32BE(20)}`;
}

test('npm run screenshots writes every listed picture at the stores\' sizes', async (t) => {
  const out = mkdtempSync(join(tmpdir(), 'ttf-shots-test-'));
  t.after(() => rmSync(out, { recursive: true, force: true }));
  const child = spawn(process.execPath, ['scripts/screenshots.mjs', '--ext', EXT_DIR, '--port', String(PORT), '--out', out], { stdio: ['ignore', 'pipe', 'inherit'] });
  let log = '';
  child.stdout.on('data', (d) => (log += d));
  const code = await new Promise((r) => child.on('exit', r));
  assert.equal(code, 0, log);
  const sizes = Object.fromEntries(readdirSync(out).sort().map((f) => [f, pngSize(join(out, f))]));
  const big = ['popup-task', 'task-chooser', 'statistics', 'options', 'blocked'].flatMap((n) => [`${n}-light.png`, `${n}-dark.png`]);
  assert.deepEqual(sizes, Object.fromEntries([...big.map((f) => [f, '1280×800']), ['tile-440x280.png', '440×280']].sort()));
});
