// Guarding the focus in the worker: declarativeNetRequest session rules rebuilt from TickTick's
// state (no content script, no wake-up on navigation; session rules vanish with the browser, so
// none is left behind), the "Allow 5 minutes" exceptions, and the idle listener.
import { browser } from 'wxt/browser';
import { quietly } from './quietly';
import { deriveView } from '../core/focus/focus-view';
import { ALLOW_MS, blockRules, nextRuleChange, type Exceptions } from '../core/guard/blocking';
import { effective, type AppState } from '../core/state';
import type { Engine } from '../core/engine';
import { alarmPort } from './browser-ports';
import { BASE_URL } from './env';
import type { Handlers } from './protocol';
import { readSettings, stateItem } from './storage';

const ALARM_BLOCK = 'blockExpire';
const EXCEPTIONS = 'exceptions';
const today = () => new Date().toDateString();

async function exceptions(): Promise<Exceptions> {
  const e = (await browser.storage.session.get(EXCEPTIONS))[EXCEPTIONS] as Exceptions | undefined;
  return e && e.day === today() ? e : { until: {}, day: today(), count: 0 };
}

export function startGuard() {
  const dnr = browser.declarativeNetRequest;
  const page = browser.runtime.getURL('/blocked.html');
  let applied: string | null = null; // the rules last set, in this worker's life
  let queue: Promise<unknown> = Promise.resolve();

  async function apply(s: AppState): Promise<void> {
    const [settings, ex] = await Promise.all([readSettings(), exceptions()]);
    const now = Date.now();
    const rules = blockRules(deriveView(effective(s), now), settings.block, ex, now, page);
    const key = JSON.stringify(rules);
    if (key !== applied) {
      const old = await dnr.getSessionRules();
      await dnr.updateSessionRules({ removeRuleIds: old.map((r) => r.id), addRules: rules as never });
      applied = key;
    }
    await alarmPort.at(ALARM_BLOCK, rules.length || Object.keys(ex.until).length ? nextRuleChange(ex, now) : null);
  }
  /** Changes one after the other, always from the latest state. */
  const follow = (s?: AppState) => {
    queue = queue.then(async () => apply(s ?? (await stateItem.getValue())));
    quietly(queue);
  };

  const handlers: Pick<Handlers, 'allowSite'> = {
    async allowSite(site) {
      const ex = await exceptions();
      await browser.storage.session.set({ [EXCEPTIONS]: { ...ex, until: { ...ex.until, [site]: Date.now() + ALLOW_MS }, count: ex.count + 1 } });
      follow();
      await queue;
      return { count: ex.count + 1 };
    },
  };

  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'sync' && changes.settings) follow();
  });

  return {
    handlers,
    follow: (s: AppState) => follow(s),
    onAlarm: (name: string) => name === ALARM_BLOCK && follow(),
    wake: () => follow(),
    /** Idle detection: the listener is registered at start-up like every other. */
    listenIdle(engine: Engine) {
      if (!browser.idle) return;
      let detectionSec = 15 * 60;
      const configure = async () => {
        const { away } = await readSettings();
        detectionSec = Math.max(15, (away.idleMinutes || 15) * 60);
        browser.idle.setDetectionInterval(detectionSec);
      };
      browser.idle.onStateChanged.addListener((state) => quietly(configure().then(() => engine.onIdle(state, detectionSec))));
      quietly(configure());
      // Sandbox and e2e builds: headless Chromium always reports "active" (docs/testing.md).
      if (BASE_URL) Object.assign(globalThis, { __ttfIdle: (state: 'active' | 'idle' | 'locked') => configure().then(() => engine.onIdle(state, detectionSec)) });
    },
  };
}
