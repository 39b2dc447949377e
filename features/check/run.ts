// The connection check's worker part: every step once, in the order the options page shows them
// (issue #17): site, session cookie, CSRF cookie, host access, one focus read, the op queue, and
// Zoho People when the mirror is on. Cookies are asked for by presence only.
import { deriveView, effective, endpoints, hostPermissions, serverNow, SITES, type AppState, type Site } from '../focus/index';
import type { CheckFacts, CookieFacts, QueueFacts, ZohoFacts } from './facts';
import { focusRead, type ReadPorts } from './read';

export interface CheckPorts extends ReadPorts {
  /** Whether cookie `name` exists for `url` (its value is never asked for). */
  cookie(url: string, name: string): Promise<boolean>;
  hasAccess(origins: string[]): Promise<boolean>;
  pinned(): Promise<'auto' | Site>;
  state(): Promise<AppState>;
  /** The Zoho People step, or null when the mirror is off (app/check.ts asks the mirror). */
  zoho(): Promise<ZohoFacts | null>;
}

/** The sites to look at: the pinned one, else each that has its own cookie URL (a sandbox has one). */
function candidates(p: CheckPorts, pinned: 'auto' | Site): Site[] {
  if (pinned !== 'auto') return [pinned];
  const url = (s: Site) => endpoints(s, p.base).cookieUrl;
  return SITES.filter((s, i) => SITES.findIndex((o) => url(o) === url(s)) === i);
}

async function cookiesOf(p: CheckPorts, site: Site): Promise<CookieFacts> {
  const url = endpoints(site, p.base).cookieUrl;
  // Without host access the browser refuses to say (Chrome throws): nothing seen is nothing there.
  const [session, csrf] = await Promise.all(['t', '_csrf_token'].map((name) => p.cookie(url, name).catch(() => false)));
  return { site, session: !!session, csrf: !!csrf };
}

function queueOf(s: AppState): QueueFacts {
  const first = s.queue[0];
  return {
    size: s.queue.length, oldest: first ? { op: first.op, time: first.time } : null, inflight: s.inflight.length,
    error: s.error?.error ?? null, retryAt: s.retry?.at ?? null, syncedAt: s.syncedAt,
  };
}

export async function runCheck(p: CheckPorts): Promise<CheckFacts> {
  const [pinned, s] = await Promise.all([p.pinned(), p.state()]);
  const cookies = await Promise.all(candidates(p, pinned).map((site) => cookiesOf(p, site)));
  const detected = pinned !== 'auto' ? pinned : cookies.find((c) => c.session)?.site ?? null;
  const site = detected ?? s.site ?? 'ticktick';
  const origins = hostPermissions(p.base).filter((o) => !!p.base || o.includes(`.${site}.`));
  const access = await p.hasAccess(origins).catch(() => true); // no answer: nothing to grant
  const [read, zoho] = await Promise.all([focusRead(p, site, s), p.zoho()]);
  const view = deriveView(effective(s), serverNow(s, p.now()));
  return {
    at: p.now(), pinned, detected, cookies, access, read, queue: queueOf(s), anomalies: { count: s.anomalies?.count ?? 0, last: s.anomalies?.last ?? '' },
    focus: { phase: view.phase, task: view.taskTitle, note: effective(s)?.note ?? '' }, zoho,
  };
}
