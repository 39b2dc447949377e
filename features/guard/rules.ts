// The block rules in the worker: declarativeNetRequest session rules rebuilt from TickTick's state
// (no content script, no wake-up on navigation; session rules vanish with the browser, so none is
// left behind), one update after the other, healed by the guard's alarm when one is refused.
import { browser } from 'wxt/browser';
import { alarmPort } from '../../browser/alarms';
import { deriveView, effective, serverNow, stateItem, type AppState, type FocusView } from '../focus/index';
import { blockedSites, blockRules, nextRuleChange, siteOrigins } from './blocking';
import { exceptions, sessionNonce } from './session';
import type { AwaySettings, BlockSettings } from './settings';
import { hurts } from './sites';

export const ALARM_BLOCK = 'blockExpire';
/** After a refused rule update, the guard's alarm tries again this soon (Chrome's minimum delay). */
const RETRY_MS = 30_000;

/** What the guard needs of what app/ owns (app/worker.ts passes it). */
export interface GuardDeps {
  /** The guard's part of the settings. */
  settings(): Promise<{ block: BlockSettings; away: AwaySettings }>;
  /** The settings' storage.sync key: a change there may change the rules. */
  settingsKey: string;
  /** The block list (app/block-sites.ts). */
  sites(): Promise<string[]>;
  /** Zoho's accounts hosts, never blocked (features/guard/sites.ts `hurts`). */
  zohoAccounts: readonly string[];
}

export function createRules(deps: GuardDeps) {
  const page = browser.runtime.getURL('/blocked.html'); // the dynamic URL in Chrome (wxt.config.ts)
  let applied: string | null = null; // the rules last set, in this worker's life
  let queue: Promise<unknown> = Promise.resolve();
  /** What the rules may block: never TickTick's or Zoho's sign-in, even from a list made before #16. */
  const blockable = async () => (await deps.sites()).filter((s) => !hurts(s, deps.zohoAccounts));

  /** `view`: the one the engine derived for `s` (its observers get it); else derived here. */
  async function apply(s: AppState, view?: FocusView): Promise<void> {
    const [settings, sites, ex, nonce] = await Promise.all([deps.settings(), blockable(), exceptions(), sessionNonce()]);
    const now = Date.now();
    const blocked = blockedSites(view ?? deriveView(effective(s), serverNow(s, now)), settings.block, sites, ex, now);
    // A redirect needs host access to the site; without it (withheld, revoked) the site is still blocked.
    const reach = settings.block.mode === 'page' ? await Promise.all(blocked.map((site) => browser.permissions.contains({ origins: siteOrigins(site) }))) : [];
    const rules = blockRules(blocked, (_, i) => !!reach[i], `${page}?n=${nonce}`);
    const key = JSON.stringify(rules);
    if (key !== applied) {
      applied = null; // whatever happens next, only a confirmed update counts as applied
      // Ids 1 and 2 are the only session rules (features/guard/blocking.ts); an absent id is ignored
      // (https://developer.mozilla.org/docs/Mozilla/Add-ons/WebExtensions/API/declarativeNetRequest/updateSessionRules).
      await browser.declarativeNetRequest.updateSessionRules({ removeRuleIds: [1, 2], addRules: rules as never });
      applied = key;
    }
    await alarmPort.at(ALARM_BLOCK, nextRuleChange(ex, now));
  }

  return {
    blockable,
    /**
     * Changes one after the other, always from the latest state (the engine's, with its view; or
     * the stored one, for events that bring none); a failure is logged and retried.
     */
    follow(s?: AppState, view?: FocusView) {
      queue = queue.then(async () => (s ? apply(s, view) : apply(await stateItem.getValue()))).catch((e: unknown) => {
        console.warn('Site blocking: rules not updated, trying again', e); // `applied` is already null if they were not
        return alarmPort.at(ALARM_BLOCK, Date.now() + RETRY_MS).catch(() => undefined);
      });
    },
    /** Resolves once every change asked for so far is applied (or failed and logged). */
    settled: () => queue,
  };
}
