// Installs features/focus/ticktick/web-origin.ts's rules as dynamic rules (they outlive the worker and do not
// mix with the guard's session rules). Replaced at every start: a build with another base URL, or
// an update, never leaves an old rule behind.
import { browser } from 'wxt/browser';
import { ORIGIN_RULE_IDS, originRules } from './web-origin';
import { BASE_URL } from '../../../browser/env';

export async function installWebOrigin(): Promise<void> {
  const dnr = browser.declarativeNetRequest;
  if (!dnr?.updateDynamicRules) return;
  const addRules = originRules(new URL(browser.runtime.getURL('/')).host, BASE_URL);
  await dnr.updateDynamicRules({ removeRuleIds: ORIGIN_RULE_IDS, addRules: addRules as never });
}
