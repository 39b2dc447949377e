// The connection check's worker part (issue #17): the site, the session and CSRF cookies, host
// access, one focus read, and Zoho People when the mirror is on, each as the worker sees them.
// Cookies are asked for by presence only.
import { endpoints, hostPermissions, SITES, type AppState, type Site } from '../focus/index';
import type { CookieFacts, WorkerFacts, ZohoFacts } from './facts';
import { focusRead, type ReadPorts } from './read';

export interface CheckPorts extends ReadPorts {
  /** Build-time override: every TickTick call goes to this origin (sandbox, e2e). */
  base?: string;
  /** Whether cookie `name` exists for `url` (its value is never asked for). */
  cookie(url: string, name: string): Promise<boolean>;
  hasAccess(origins: string[]): Promise<boolean>;
  pinned(): Promise<'auto' | Site>;
  state(): Promise<AppState>;
  /** The Zoho People step, or null when the mirror is off (app/check.ts asks the mirror). */
  zoho(): Promise<ZohoFacts | null>;
}

/** The sites to look at: the pinned one, else both (a sandbox build has one origin for both). */
const candidates = (p: CheckPorts, pinned: 'auto' | Site): readonly Site[] => (pinned !== 'auto' ? [pinned] : p.base ? ['ticktick'] : SITES);

async function cookiesOf(p: CheckPorts, site: Site): Promise<CookieFacts> {
  const url = endpoints(site, p.base).cookieUrl;
  // Without host access the browser refuses to say (Chrome throws): nothing seen is nothing there.
  const [session, csrf] = await Promise.all(['t', '_csrf_token'].map((name) => p.cookie(url, name).catch(() => false)));
  return { site, session: !!session, csrf: !!csrf };
}

/** The steps only the worker can take as the engine does; the page adds what the stored state says (state-facts.ts). */
export async function runCheck(p: CheckPorts): Promise<WorkerFacts> {
  const [pinned, s] = await Promise.all([p.pinned(), p.state()]);
  const cookies = await Promise.all(candidates(p, pinned).map((site) => cookiesOf(p, site)));
  const detected = pinned !== 'auto' ? pinned : cookies.find((c) => c.session)?.site ?? null;
  const site = detected ?? s.site ?? 'ticktick';
  const access = await p.hasAccess(hostPermissions(p.base).filter((o) => !!p.base || o.includes(`.${site}.`))).catch(() => true); // no answer: nothing to grant
  const [read, zoho] = await Promise.all([focusRead(p, site, s), p.zoho()]);
  return { at: p.now(), pinned, detected, cookies, access, read, zoho };
}
