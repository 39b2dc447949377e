// Guarding the focus in the worker: the block rules (features/guard/rules.ts) follow TickTick's
// state, the settings, the list and host access; "Allow 5 minutes" from our blocked page; and the
// idle listener, whose events the away policy handles (features/guard/idle.ts).
import { browser } from 'wxt/browser';
import { BASE_URL } from '../../browser/env';
import type { Handlers } from '../../browser/messaging';
import { quietly } from '../../kernel/quietly';
import type { IdleState } from './away';
import { ALLOW_MS, covers } from './blocking';
import type { GuardMessages } from './messages';
import { ALARM_BLOCK, createRules, type GuardDeps } from './rules';
import { exceptions, saveExceptions, storedNonce } from './session';
import { sitesItem } from './site-store';

export function startGuard(deps: GuardDeps) {
  const rules = createRules(deps);
  /** For events whose argument is not a state. */
  const again = () => rules.follow();

  const handlers: Handlers<GuardMessages> = {
    async allowSite({ host, nonce }) {
      const [sites, ex, ours] = await Promise.all([rules.blockable(), exceptions(), storedNonce()]);
      const hit = sites.filter((s) => covers(s, host));
      // Only our page, sent by a rule of this browser session, and only for a site on the list.
      if (!ours || nonce !== ours || !hit.length) throw new Error('not a blocked site');
      const until = Date.now() + ALLOW_MS;
      for (const s of hit) ex.until[s] = until; // `ex` is this call's own copy
      ex.count++;
      await saveExceptions(ex);
      rules.follow();
      await rules.settled();
      return { count: ex.count };
    },
  };

  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'sync' && (changes[deps.settingsKey] || changes[sitesItem.key])) again();
  });
  // Host access granted or taken away (options page, the browser's site-access menu).
  browser.permissions.onAdded.addListener(again);
  browser.permissions.onRemoved.addListener(again);

  return {
    handlers,
    follow: rules.follow,
    onAlarm: (name: string) => name === ALARM_BLOCK && again(),
    /** After the stored items' migrations and the list's move out of the settings: the rules. */
    wake: again,
    settled: rules.settled,
    /** Idle detection: the listener is registered at start-up like every other. */
    listenIdle: (onIdle: (state: IdleState, detectionSec: number) => Promise<void>) => listenIdle(deps, onIdle),
  };
}

function listenIdle(deps: GuardDeps, onIdle: (state: IdleState, detectionSec: number) => Promise<void>): void {
  /** The idle threshold from the settings, in seconds: told to the browser, and returned. */
  const configure = async () => {
    const { away } = await deps.settings();
    const sec = Math.max(15, (away.idleMinutes || 15) * 60);
    browser.idle.setDetectionInterval(sec);
    return sec;
  };
  const idle = (state: IdleState) => configure().then((sec) => onIdle(state, sec));
  browser.idle.onStateChanged.addListener((state) => quietly(idle(state)));
  quietly(configure());
  // Sandbox and e2e builds: headless Chromium always reports "active" (docs/testing.md).
  if (BASE_URL) Object.assign(globalThis, { __ttfIdle: idle });
}
