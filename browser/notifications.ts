// System notifications, with at most one button.
import { browser } from 'wxt/browser';

export interface NotifyPort {
  /** `button`: one action (its click comes back as the notification id). */
  show(id: string, title: string, message: string, button?: string): Promise<void>;
}

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
