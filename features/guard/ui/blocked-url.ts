// What the blocked page reads from its own address: the rule put the original URL, whole, after
// the first `#` (features/guard/blocking.ts). A file of the blocked page alone: the popup never loads it.
import { covers } from '../blocking';

/** The host of an http(s) URL as `requestDomains` sees it (no trailing dot, no user info); null otherwise. */
export function hostOf(url: string): string | null {
  try {
    const u = new URL(url);
    return /^https?:$/.test(u.protocol) ? u.hostname.replace(/\.$/, '') : null;
  } catch {
    return null;
  }
}

/** The listed site that blocks `host`: the most specific one. */
export const siteFor = (host: string, sites: string[]) =>
  sites.filter((s) => covers(s, host)).sort((a, b) => b.length - a.length)[0] ?? null;

/** Everything after the first `#` of `href` (the original URL's own `#fragment` included). */
export const targetOf = (href: string) => (href.includes('#') ? href.slice(href.indexOf('#') + 1) : '');
