// The pictures around the screenshots (scripts/screenshots.mjs): the popup, drawn larger by the
// browser itself (CSS zoom, so the text stays sharp), beside a caption on a 1280×800 stage; and
// the 440×280 tile. Plain HTML in a blank page; the images go in as data URLs.
import { readFileSync } from 'node:fs';

const THEMES = {
  light: { bg: '#f7f0ee', fg: '#1f2328', muted: '#4f5761', accent: '#c9372c', line: '#d0d7de' },
  dark: { bg: '#1c1719', fg: '#e6edf3', muted: '#a3aab3', accent: '#f47067', line: '#3d444d' },
};
const CAPTIONS = {
  popup: ['Focus on a task, from the toolbar', 'Start, pause, continue and end the same focus your phone and desktop app show.'],
  chooser: ['Pick an open task as you type', 'Every open task of your TickTick account, recent ones first, by keyboard too.'],
};
const esc = (s) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** The popup's `main.popup`, zoomed to fit 700 px of height at most 1.6×, as a PNG. */
async function popupPicture(popup) {
  const natural = await popup.locator('main.popup').evaluate((m) => m.getBoundingClientRect().height);
  const zoom = Math.min(1.6, 700 / natural);
  await popup.evaluate((z) => void (document.documentElement.style.zoom = String(z)), zoom);
  const box = await popup.locator('main.popup').boundingBox();
  const png = await popup.screenshot({ clip: box });
  await popup.evaluate(() => void (document.documentElement.style.zoom = ''));
  return { png, width: Math.round(box.width), height: Math.round(box.height) };
}

export async function popupStage(stage, popup, scheme, kind) {
  const c = THEMES[scheme];
  const { png, width, height } = await popupPicture(popup);
  const [title, sub] = CAPTIONS[kind];
  await stage.setContent(`<!doctype html><body style="margin:0;width:1280px;height:800px;display:flex;align-items:center;justify-content:center;gap:80px;background:${c.bg};font-family:system-ui,sans-serif">
<div style="max-width:430px;color:${c.fg}"><div style="font-weight:700;font-size:22px;color:${c.accent}">TickTick Focus</div>
<h1 style="font-size:42px;line-height:1.15;margin:14px 0 16px">${esc(title)}</h1><p style="font-size:21px;line-height:1.45;margin:0;color:${c.muted}">${esc(sub)}</p></div>
<img alt="" width="${width}" height="${height}" style="border-radius:16px;border:1px solid ${c.line};box-shadow:0 24px 70px rgba(0,0,0,.28)" src="data:image/png;base64,${png.toString('base64')}">
</body>`);
  await stage.waitForFunction(() => document.images[0]?.complete);
}

export async function tile(page, path) {
  const icon = readFileSync('public/icon/128.png').toString('base64');
  const c = THEMES.light;
  await page.setViewportSize({ width: 440, height: 280 });
  await page.setContent(`<!doctype html><body style="margin:0;width:440px;height:280px;display:flex;align-items:center;gap:22px;padding:0 34px;box-sizing:border-box;background:${c.bg};font-family:system-ui,sans-serif;color:${c.fg}">
<img alt="" width="96" height="96" src="data:image/png;base64,${icon}">
<div><div style="font-size:30px;font-weight:700">TickTick Focus</div><div style="font-size:17px;line-height:1.4;margin-top:8px;color:${c.muted}">Your TickTick pomodoro in the toolbar, synced with every device</div></div>
</body>`);
  await page.waitForFunction(() => document.images[0]?.complete);
  await page.screenshot({ path });
}
