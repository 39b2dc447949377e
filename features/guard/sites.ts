// What the block list accepts: a domain (subdomains included) whose block hurts nothing the
// extension needs, never a whole public suffix, at most MAX_SITES of them. Pure: the public-suffix
// test is passed in (the options page loads the list; the worker never needs it), and so are the
// Zoho accounts hosts (app/guard-hosts.ts: another feature's hosts, which app/ alone knows).
import { covers } from './blocking';

export const MAX_SITES = 200;

/** Why an entry is refused; `by` names the host or listed site it collides with. */
export type Refusal = 'invalid' | 'ticktick' | 'zoho' | 'suffix' | 'full' | 'listed' | 'covered';

export type SiteCheck =
  | { ok: true; site: string; /** the input had a path, query or port that blocking ignores */ widened: boolean; list: string[] }
  | { ok: false; why: Refusal; site: string; by?: string };

/** Signing in to TickTick or Dida365 happens on these sites, during a focus too (docs/ticktick-protocol.md §1). */
const TICKTICK = ['ticktick.com', 'dida365.com'];
/**
 * The TickTick or Zoho accounts host a block of `site` would take away, if any (a list from before
 * #16 may hold one). `zoho`: the accounts server of each data centre, where the Zoho People mirror
 * renews its token (docs/zoho-people.md §6).
 */
export function hurts(site: string, zoho: readonly string[]): { why: 'ticktick' | 'zoho'; by: string } | null {
  const clash = (why: 'ticktick' | 'zoho', hosts: readonly string[]) => {
    const by = hosts.find((h) => covers(site, h) || covers(h, site));
    return by ? { why, by } : null;
  };
  return clash('ticktick', TICKTICK) ?? clash('zoho', zoho);
}

/** `https://www.YouTube.com/watch` or ` youtube.com ` → `youtube.com` (punycode for IDN); null if not a domain. */
export function parseSite(input: string): { site: string; widened: boolean } | null {
  const s = input.trim().toLowerCase();
  if (!s) return null;
  let u: URL;
  try {
    u = new URL(/^[a-z][a-z0-9+.-]*:\/\//.test(s) ? s : `http://${s}`);
  } catch {
    return null;
  }
  if (!/^https?:$/.test(u.protocol) || u.username || u.password) return null;
  const site = u.hostname.replace(/\.$/, '').replace(/^www\./, '');
  const domain = /^([a-z0-9-]+\.)+(xn--[a-z0-9-]+|[a-z]{2,})$/.test(site) || /^[a-z0-9-]+\.test$/.test(site);
  if (!domain) return null;
  return { site, widened: u.pathname !== '/' || !!u.search || !!u.hash || !!u.port };
}

/** Whether `input` may join `list`, and the list it makes (listed subdomains of it are dropped: it covers them). */
export function checkSite(input: string, list: string[], isSuffix: (host: string) => boolean, zoho: readonly string[]): SiteCheck {
  const parsed = parseSite(input);
  if (!parsed) return { ok: false, why: 'invalid', site: input.trim() };
  const { site, widened } = parsed;
  if (isSuffix(site)) return { ok: false, why: 'suffix', site };
  const hurt = hurts(site, zoho);
  if (hurt) return { ok: false, site, ...hurt };
  if (list.includes(site)) return { ok: false, why: 'listed', site };
  const parent = list.find((s) => covers(s, site));
  if (parent) return { ok: false, why: 'covered', site, by: parent };
  const next = [...list.filter((s) => !covers(site, s)), site];
  if (next.length > MAX_SITES) return { ok: false, why: 'full', site };
  return { ok: true, site, widened, list: next };
}
