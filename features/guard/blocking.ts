// Site blocking while a focus runs: the declarativeNetRequest session rules are a pure function
// of TickTick's state, the user's list, the exceptions the user took ("Allow 5 minutes") and the
// sites we may redirect. Rules act on top-level navigations only; nothing runs in pages.
import type { FocusView } from '../focus/index';
import type { BlockSettings } from './settings';
import { isRunning } from '../focus/index';

export const ALLOW_MS = 5 * 60_000;

/** Exceptions: listed site → until (ms), and how many were taken today. */
export interface Exceptions { until: Record<string, number>; day: string; count: number }

/** Blocking applies while a pomodoro or a stopwatch runs; not paused, on a break or idle. */
export const guarding = (v: FocusView) => isRunning(v);

/** `host` is `site` or one of its subdomains (how `requestDomains` matches, too). */
export const covers = (site: string, host: string) => host === site || host.endsWith(`.${site}`);

/** The listed sites blocked at this moment: none unless guarding, and none that is excepted. */
export function blockedSites(view: FocusView, block: BlockSettings, sites: string[], ex: Exceptions, now: number): string[] {
  if (!block.enabled || !guarding(view)) return [];
  return [...new Set(sites)].filter((site) => !((ex.until[site] ?? 0) > now));
}

export interface BlockRule {
  id: number;
  action: { type: 'redirect'; redirect: { regexSubstitution: string } } | { type: 'block' };
  condition: { regexFilter?: string; requestDomains: string[]; resourceTypes: ['main_frame'] };
}

/**
 * uBlock Origin Lite's strict-block shape (docs/site-blocking.md): `requestDomains` matches the
 * host the browser parsed (subdomains, `youtube.com.` and `x@youtube.com` included), and `\0` puts
 * the whole URL after our page's `#`, byte for byte. `page` is our page with its `?n=` nonce.
 * Sites we may not redirect (no host access) and every site in `block` mode get the `block` action.
 * Ids 1 and 2 only (the worker removes those); priority is DNR's default, 1.
 */
export function blockRules(blocked: string[], redirectable: (site: string, i: number) => boolean, page: string): BlockRule[] {
  const rules: BlockRule[] = [
    {
      id: 1, action: { type: 'redirect', redirect: { regexSubstitution: `${page}#\\0` } },
      condition: { regexFilter: '^https?://.*', requestDomains: blocked.filter(redirectable), resourceTypes: ['main_frame'] },
    },
    { id: 2, action: { type: 'block' }, condition: { requestDomains: blocked.filter((s, i) => !redirectable(s, i)), resourceTypes: ['main_frame'] } },
  ];
  return rules.filter((r) => r.condition.requestDomains.length);
}

/** The next instant the rules change on their own: an exception running out. */
export function nextRuleChange(ex: Exceptions, now: number): number | null {
  const future = Object.values(ex.until).filter((t) => t > now);
  return future.length ? Math.min(...future) : null;
}

/** The origins a site needs for redirecting its navigations (asked for when it is added). */
export const siteOrigins = (site: string) => [`*://${site}/*`, `*://*.${site}/*`];
