// The toolbar button's badge and tooltip. Firefox MV2 has browserAction instead of action (a
// build-time choice: each build keeps its own).
import { browser } from 'wxt/browser';

export interface BadgeLook { text: string; color: string }

export interface BadgePort {
  show(look: BadgeLook, title: string): Promise<void>;
}

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
