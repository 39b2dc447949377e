// The headers TickTick's web app sends on every call (docs/ticktick-protocol.md §2, §12): `X-Device`
// with a stable per-install 24-hex id, `hl` (UI language) and `x-tz` (IANA zone).
import { browser } from 'wxt/browser';
import { objectIdFactory } from '../../../kernel/object-id';
import type { WebHeadersPort } from '../ports';
import { uiLang } from '../../../browser/i18n';

/** `local:device` (app/keys.ts lists it): a plain key, so importing this module runs nothing. */
export const DEVICE_KEY = 'device';
const key = DEVICE_KEY;
let cached: Promise<Record<string, string>> | null = null;

/** The install's device id: minted once (an ObjectId, like TickTick's own), then kept in storage.local. */
async function deviceId(): Promise<string> {
  const stored = (await browser.storage.local.get(key))[key];
  if (typeof stored === 'string' && /^[0-9a-f]{24}$/.test(stored)) return stored;
  const id = objectIdFactory()(Date.now());
  await browser.storage.local.set({ [key]: id });
  return id;
}

/** `Chrome 156.0.0.0` / `Firefox 153.0` and the OS, from the user agent, as the web app reports them. */
export function describeAgent(ua: string): { os: string; device: string } {
  const b = /(Firefox|Chrome|Chromium)\/([\d.]+)/.exec(ua);
  const os = /Windows NT 10/.test(ua) ? 'Windows 10' : /Mac OS X/.test(ua) ? 'OS X' : /CrOS/.test(ua) ? 'Chrome OS' : /Windows|Linux/.exec(ua)?.[0] ?? '';
  return { os, device: b ? `${b[1] === 'Chromium' ? 'Chrome' : b[1]} ${b[2]}` : 'Browser' };
}

/** `zh-CN` → `zh_CN`, `en` → `en_US`: the form TickTick's `hl` header takes. */
export function hlOf(lang: string): string {
  const [l, r] = lang.split(/[-_]/) as [string, string?];
  return `${l.toLowerCase()}_${(r ?? (l === 'zh' ? 'CN' : 'US')).toUpperCase()}`;
}

export const webHeaders: WebHeadersPort = () =>
  (cached ??= deviceId().then((id) => {
    const { os, device } = describeAgent(navigator.userAgent);
    return {
      'X-Device': JSON.stringify({ platform: 'web', os, device, name: '', version: 8010, id, channel: 'website', campaign: '', websocket: '' }),
      hl: hlOf(uiLang()),
      'x-tz': Intl.DateTimeFormat().resolvedOptions().timeZone,
    };
  }));
