// Fake ports for the Zoho mirror: an HTTP port wired to the in-process fake Zoho People, storage in
// memory, a token in "storage.session", the consent page answered as a user would, and a silent
// renewal through the fake's session refresh (what launchWebAuthFlow without a window does).
import { HttpFailure, type HttpPort } from '../../../kernel/http';
import type { ZohoPorts } from '../../../features/zoho/ports';
import type { ZohoToken } from '../../../features/zoho/token';
import { DEFAULT_ZOHO, initialZoho, type ZohoSettings, type ZohoState } from '../../../features/zoho/state';
import { tokenFromRedirect } from '../../../features/zoho/auth';
import { createZoho, JOBS, SCOPE, ZOHO_CLIENT, ZOHO_USER, type FakeJob } from '../../fake-zoho/zoho.mjs';

export const ZOHO_BASE = 'http://127.0.0.1:8788';

export function fakeZohoPorts(clock: { now: number }, opts: { jobs?: FakeJob[] } = {}) {
  const zoho = createZoho({ now: () => clock.now, ...opts });
  let state: ZohoState = initialZoho();
  const settings: ZohoSettings = { ...DEFAULT_ZOHO, enabled: true, user: ZOHO_USER, jobId: JOBS[0]!.jobId, jobName: JOBS[0]!.jobName };
  let token: ZohoToken | null = null;
  const alarms = new Map<string, number>();

  const http: HttpPort = {
    async request(url, req) {
      const u = new URL(url);
      const r = zoho.handle({ method: req.method, url: u.pathname + u.search, headers: Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k.toLowerCase(), v])) });
      if (r.destroy) throw new HttpFailure('offline', 'connection reset');
      if (r.hang) throw new HttpFailure('timeout', 'no answer');
      return { status: r.status ?? 0, contentType: r.headers?.['content-type'] ?? '', text: r.body ?? '', redirected: false };
    },
  };

  const q = new URLSearchParams({ response_type: 'token', client_id: ZOHO_CLIENT, scope: SCOPE, redirect_uri: 'https://ext.chromiumapp.org/', state: 's' });
  /** The redirect launchWebAuthFlow would return, read as connectZoho reads it. */
  function finish(path: string): ZohoToken | null {
    const r = zoho.handle({ method: 'GET', url: path, headers: {} });
    if (r.status !== 302 || !r.headers?.location) return null; // a page a window-less flow cannot pass
    try {
      return tokenFromRedirect(r.headers.location, 's', clock.now);
    } catch {
      return null;
    }
  }
  /** The user on Zoho's consent page: Accept, with "allow access for this session" ticked or not. */
  function consent(session: boolean): ZohoToken | null {
    if (zoho.handle({ method: 'GET', url: `/oauth/v2/auth?${q}`, headers: {} }).status !== 200) return null;
    return finish(`/oauth/v2/auth/consent?${q}&decision=accept${session ? '&session=on' : ''}`);
  }

  const ports: ZohoPorts = {
    http,
    alarms: {
      async at(name, when) {
        if (when === null) alarms.delete(name);
        else alarms.set(name, when);
      },
      async every() {},
    },
    now: () => clock.now,
    random: () => 0.5,
    t: (key, subs) => (subs?.length ? `${key}(${subs.join(',')})` : key),
    base: ZOHO_BASE,
    load: async () => structuredClone(state),
    save: async (z) => {
      state = structuredClone(z);
    },
    settings: async () => ({ ...settings }),
    token: async () => token,
    renew: async () => (token = finish(`/oauth/v2/auth/refresh?${q}`)),
  };

  return {
    ports, zoho, settings, alarms,
    get state() {
      return state;
    },
    /** Connect as the options page does; the mirror is told whether the session was granted. */
    connect(session = true) {
      token = consent(session);
      state = { ...state, granted: !!token?.granted };
      return token;
    },
    get token() {
      return token;
    },
  };
}
