// Site blocking while a focus runs: the declarativeNetRequest session rules are a pure function
// of TickTick's state, the user's list and the exceptions the user took ("Allow 5 minutes").
// Rules redirect top-level navigations to the extension's blocked page; nothing runs in pages.
import type { FocusView } from '../focus/focus-view';

export interface BlockSettings {
  enabled: boolean;
  /** Domains, subdomains included: `youtube.com` blocks `m.youtube.com` too. */
  sites: string[];
}

export const DEFAULT_BLOCK: BlockSettings = { enabled: false, sites: [] };
export const ALLOW_MS = 5 * 60_000;

/** Exceptions: domain → until (ms), and how many were taken today. */
export interface Exceptions { until: Record<string, number>; day: string; count: number }

/** `https://www.YouTube.com/watch` or ` youtube.com ` → `youtube.com`; null for anything that is not a domain. */
export function normalizeSite(input: string): string | null {
  let s = input.trim().toLowerCase();
  if (!s) return null;
  try {
    s = new URL(s.includes('://') ? s : `http://${s}`).hostname;
  } catch {
    return null;
  }
  s = s.replace(/^www\./, '').replace(/\.$/, '');
  return /^([a-z0-9-]+\.)+[a-z0-9-]{2,}$/.test(s) || /^[a-z0-9-]+\.test$/.test(s) ? s : null;
}

/** Blocking applies while a pomodoro or a stopwatch runs; not paused, on a break or idle. */
export const guarding = (v: FocusView) => v.phase === 'focusing' || (v.phase === 'stopwatch' && !v.paused);

export interface RedirectRule {
  id: number;
  priority: number;
  action: { type: 'redirect'; redirect: { regexSubstitution: string } };
  condition: { regexFilter: string; resourceTypes: ['main_frame'] };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The rules for this moment: one per listed site not excepted, none when not guarding. */
export function blockRules(view: FocusView, block: BlockSettings, ex: Exceptions, now: number, pageUrl: string): RedirectRule[] {
  if (!block.enabled || !guarding(view)) return [];
  return [...new Set(block.sites)]
    .filter((site) => !((ex.until[site] ?? 0) > now))
    .map((site, i) => ({
      id: i + 1,
      priority: 1,
      action: { type: 'redirect', redirect: { regexSubstitution: `${pageUrl}?site=${encodeURIComponent(site)}&url=\\0` } },
      condition: { regexFilter: `^https?://([^/:]*\\.)?${escape(site)}(:[0-9]+)?([/?#].*)?$`, resourceTypes: ['main_frame'] },
    }));
}

/** The next instant the rules change on their own: an exception running out. */
export function nextRuleChange(ex: Exceptions, now: number): number | null {
  const future = Object.values(ex.until).filter((t) => t > now);
  return future.length ? Math.min(...future) : null;
}

/** The origins a site needs for redirecting its navigations (asked for when it is added). */
export const siteOrigins = (site: string) => [`*://${site}/*`, `*://*.${site}/*`];
