// Badge, alarms, notifications, cookies and i18n, each a thin adapter over one browser API.
import { browser } from 'wxt/browser';
import type { AlarmPort, BadgePort, NotifyPort, PresencePort, SessionPort } from '../features/focus/ports';
import { PRESENT, type Presence } from '../features/guard/away';

// Firefox MV2 has browserAction instead of action (a build-time choice: each build keeps its own).
export const badgePort: BadgePort = {
  async show(look, title) {
    const a = import.meta.env.FIREFOX ? (browser as unknown as { browserAction: typeof browser.action }).browserAction : browser.action;
    await Promise.all([
      a.setBadgeText({ text: look.text }),
      a.setBadgeBackgroundColor({ color: look.color }),
      a.setTitle({ title }),
    ]);
  },
};

export const alarmPort: AlarmPort = {
  async at(name, when) {
    if (when === null) {
      await browser.alarms.clear(name);
      return;
    }
    const existing = await browser.alarms.get(name);
    if (existing && Math.abs(existing.scheduledTime - when) < 500) return;
    await browser.alarms.create(name, { when });
  },
  async every(name, minutes) {
    const existing = await browser.alarms.get(name);
    if (existing?.periodInMinutes === minutes) return;
    await browser.alarms.create(name, { periodInMinutes: minutes, delayInMinutes: minutes });
  },
};

export const notifyPort: NotifyPort = {
  async show(id, title, message, button) {
    await browser.notifications.create(id, {
      // A path in the extension is enough (https://developer.chrome.com/docs/extensions/reference/api/notifications#type-NotificationOptions).
      type: 'basic', iconUrl: '/icon/128.png', title, message,
      // Firefox has no notification buttons; a click on the notification does the same there.
      ...(button && !import.meta.env.FIREFOX ? { buttons: [{ title: button }] } : {}),
    });
  },
};

/** Presence lives in storage.session: a browser restart means nobody was "away" any more. */
export const presencePort: PresencePort = {
  async get() {
    return ((await browser.storage.session.get('presence')).presence as Presence | undefined) ?? PRESENT;
  },
  set: (p) => browser.storage.session.set({ presence: p }),
};

/** Only asks whether cookie `t` exists; its value is never read into our state or logs. */
export const sessionPort: SessionPort = {
  async hasSession(url) {
    return (await browser.cookies.get({ url, name: 't' })) !== null;
  },
  async csrfToken(url) {
    return (await browser.cookies.get({ url, name: '_csrf_token' }))?.value ?? null;
  },
};

export function t(key: string, subs?: string[]): string {
  try {
    return browser.i18n.getMessage(key as never, subs) || key;
  } catch {
    return key;
  }
}

/**
 * The language the UI speaks, as the messages in use say it (each locale names itself in `lang`):
 * what the user reads, even where the browser reports another UI language (headless does).
 */
export function uiLang(): string {
  return browser.i18n.getMessage('lang' as never) || browser.i18n.getUILanguage();
}

/** Minutes (and hours) in the UI language: `5m` / `5分钟` (narrow), `5 minutes` (long). */
export function formatMinutes(min: number, display: 'narrow' | 'long' = 'long'): string {
  const unit = (u: string, n: number) => new Intl.NumberFormat(uiLang(), { style: 'unit', unit: u, unitDisplay: display }).format(n);
  if (display === 'long' || min < 60) return unit('minute', min);
  return `${unit('hour', Math.floor(min / 60))} ${min % 60 ? unit('minute', min % 60) : ''}`.trim();
}
