// Guarding the focus in the worker: declarativeNetRequest session rules rebuilt from TickTick's
// state (no content script, no wake-up on navigation; session rules vanish with the browser, so
// none is left behind), the "Allow 5 minutes" exceptions, and the idle listener.
import { browser } from 'wxt/browser';
import { quietly } from '../../kernel/quietly';
import { deriveView } from '../focus/focus-view';
import { ALLOW_MS, blockedSites, blockRules, covers, nextRuleChange, siteOrigins, type Exceptions } from './blocking';
import type { IdleState } from './away';
import { hurts } from './sites';
import { effective, serverNow, type AppState } from '../focus/state';
import type { Engine } from '../focus/engine';
import { alarmPort } from '../../browser/alarms';
import { BASE_URL } from '../../browser/env';
import { sessionNonce, storedNonce } from './session';
import type { Handlers } from '../../browser/messaging';
import type { GuardMessages } from './messages';
import { moveSites, readSites } from './site-store';
import { readSettings } from '../../app/settings';
import { stateItem } from '../focus/items';

const ALARM_BLOCK = 'blockExpire';
const EXCEPTIONS = 'exceptions';
/** After a refused rule update, the guard's alarm tries again this soon (Chrome's minimum delay). */
const RETRY_MS = 30_000;
const today = () => new Date().toDateString();

async function exceptions(): Promise<Exceptions> {
  const e = (await browser.storage.session.get(EXCEPTIONS))[EXCEPTIONS] as Exceptions | undefined;
  return e && e.day === today() ? e : { until: {}, day: today(), count: 0 };
}

/** What the rules may block: never TickTick's or Zoho's sign-in, even from a list made before #16. */
const readBlockable = async () => (await readSites()).filter((s) => !hurts(s));

export function startGuard() {
  const page = browser.runtime.getURL('/blocked.html'); // the dynamic URL in Chrome (wxt.config.ts)
  let applied: string | null = null; // the rules last set, in this worker's life
  let queue: Promise<unknown> = Promise.resolve();

  async function apply(s: AppState): Promise<void> {
    const [settings, sites, ex, nonce] = await Promise.all([readSettings(), readBlockable(), exceptions(), sessionNonce()]);
    const now = Date.now();
    const blocked = blockedSites(deriveView(effective(s), serverNow(s, now)), settings.block, sites, ex, now);
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
  /** Changes one after the other, always from the latest state; a failure is logged and retried. */
  const follow = (s?: AppState) => {
    queue = queue.then(async () => apply(s ?? (await stateItem.getValue()))).catch((e: unknown) => {
      console.warn('Site blocking: rules not updated, trying again', e); // `applied` is already null if they were not
      return alarmPort.at(ALARM_BLOCK, Date.now() + RETRY_MS).catch(() => undefined);
    });
  };
  /** For events whose argument is not a state. */
  const again = () => follow();

  const handlers: Handlers<GuardMessages> = {
    async allowSite({ host, nonce }) {
      const [sites, ex, ours] = await Promise.all([readBlockable(), exceptions(), storedNonce()]);
      const hit = sites.filter((s) => covers(s, host));
      // Only our page, sent by a rule of this browser session, and only for a site on the list.
      if (!ours || nonce !== ours || !hit.length) throw new Error('not a blocked site');
      const until = Date.now() + ALLOW_MS;
      for (const s of hit) ex.until[s] = until; // `ex` is this call's own copy
      ex.count++;
      await browser.storage.session.set({ [EXCEPTIONS]: ex });
      follow();
      await queue;
      return { count: ex.count };
    },
  };

  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'sync' && (changes.settings || changes.blockSites)) follow(); // sitesItem's key
  });
  // Host access granted or taken away (options page, the browser's site-access menu).
  browser.permissions.onAdded.addListener(again);
  browser.permissions.onRemoved.addListener(again);

  return {
    handlers,
    follow,
    onAlarm: (name: string) => name === ALARM_BLOCK && follow(),
    /** After the stored items' migrations: the list leaves the settings (once), then the rules. */
    wake: () => void moveSites().then(again, again),
    /** Resolves once every change asked for so far is applied (or failed and logged). */
    settled: () => queue,
    /** Idle detection: the listener is registered at start-up like every other. */
    listenIdle(engine: Engine) {
      /** The idle threshold from the settings, in seconds: told to the browser, and returned. */
      const configure = async () => {
        const { away } = await readSettings();
        const sec = Math.max(15, (away.idleMinutes || 15) * 60);
        browser.idle.setDetectionInterval(sec);
        return sec;
      };
      const onIdle = (state: IdleState) => configure().then((sec) => engine.onIdle(state, sec));
      browser.idle.onStateChanged.addListener((state) => quietly(onIdle(state)));
      quietly(configure());
      // Sandbox and e2e builds: headless Chromium always reports "active" (docs/testing.md).
      if (BASE_URL) Object.assign(globalThis, { __ttfIdle: onIdle });
    },
  };
}
