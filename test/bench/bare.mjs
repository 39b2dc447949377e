// The bare reference extension issue #10 measures against: a manifest, a worker with one
// listener, and a popup whose classic script asks the worker for a fixed remaining time and
// writes MM:SS. Nothing else; the floor any popup sits on.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function buildBare(dir) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({
    manifest_version: 3, name: 'Bare reference', version: '1.0.0',
    background: { service_worker: 'background.js' }, action: { default_popup: 'popup.html' },
  }));
  writeFileSync(join(dir, 'background.js'), `chrome.runtime.onMessage.addListener((m, s, reply) => { reply({ remaining: 1470 }); });\n`);
  writeFileSync(join(dir, 'popup.html'), `<!doctype html><html><head><meta charset="utf-8"><title>Bare</title></head><body><span role="timer" id="t"></span><script src="popup.js"></script></body></html>\n`);
  writeFileSync(join(dir, 'popup.js'), `chrome.runtime.sendMessage({ name: 'remaining' }, (r) => {
  const s = r.remaining; document.getElementById('t').textContent = String(Math.floor(s / 60)).padStart(2, '0') + ':' + String(s % 60).padStart(2, '0');
});\n`);
  return dir;
}
