// Browser windows: whether the user is in one, and an extension page in a window of its own.
import { browser } from 'wxt/browser';

export interface WindowPort {
  /** Whether a browser window has the focus (false while the user is in another app). */
  anyFocused(): Promise<boolean>;
  /** Opens the extension's page `path` in a small window of its own, in front. */
  open(path: string): Promise<void>;
}

export const windowPort: WindowPort = {
  anyFocused: async () => (await browser.windows.getAll()).some((w) => w.focused),
  async open(path) {
    await browser.windows.create({ url: browser.runtime.getURL(path as never), type: 'popup', width: 380, height: 620, focused: true });
  },
};
