// System notifications, with up to two buttons, optionally staying until the user acts.
import { browser } from 'wxt/browser';

export interface NotifyOptions {
  /** Actions (Chrome; their clicks come back as the notification id and the button's index). */
  buttons?: string[];
  /** Stays on screen until acknowledged (`requireInteraction`, Chrome). */
  sticky?: boolean;
}

export interface NotifyPort {
  show(id: string, title: string, message: string, opts?: NotifyOptions): Promise<void>;
  clear(id: string): Promise<void>;
}

export const notifyPort: NotifyPort = {
  async show(id, title, message, { buttons, sticky } = {}) {
    await browser.notifications.create(id, {
      // A path in the extension is enough (https://developer.chrome.com/docs/extensions/reference/api/notifications#type-NotificationOptions).
      type: 'basic', iconUrl: '/icon/128.png', title, message,
      // Firefox has neither buttons nor requireInteraction; a click on the notification acts there.
      ...(import.meta.env.FIREFOX ? {} : { ...(buttons?.length ? { buttons: buttons.map((b) => ({ title: b })) } : {}), ...(sticky ? { requireInteraction: true } : {}) }),
    });
  },
  clear: async (id) => void (await browser.notifications.clear(id)),
};
