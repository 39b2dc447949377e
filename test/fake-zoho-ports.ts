// Fake ports for the Zoho mirror: an HTTP port wired to the in-process fake Zoho People, storage in
// memory, a token in "storage.session", and a silent renewal that goes through the fake's OAuth page.
import { HttpFailure, type HttpPort } from '../core/ports';
import type { ZohoPorts, ZohoToken } from '../core/zoho/service';
import { DEFAULT_ZOHO, initialZoho, type ZohoSettings, type ZohoState } from '../core/zoho/state';
import { createZoho, JOBS, ZOHO_CLIENT, ZOHO_USER } from './fake-zoho/zoho.mjs';

export const ZOHO_BASE = 'http://127.0.0.1:8788';

export function fakeZohoPorts(clock: { now: number }) {
  const zoho = createZoho({ now: () => clock.now });
  let state: ZohoState = initialZoho();
  const settings: ZohoSettings = { ...DEFAULT_ZOHO, enabled: true, user: ZOHO_USER, jobId: JOBS[0]!.jobId, jobName: JOBS[0]!.jobName };
  let token: ZohoToken | null = null;
  const alarms = new Map<string, number>();
  let canRenew = true;
  const reads = new Map<string, number[]>();

  const http: HttpPort = {
    async request(url, req) {
      const u = new URL(url);
      const r = zoho.handle({ method: req.method, url: u.pathname + u.search, headers: Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k.toLowerCase(), v])) });
      if (r.destroy) throw new HttpFailure('offline', 'connection reset');
      if (r.hang) throw new HttpFailure('timeout', 'no answer');
      return { status: r.status ?? 0, contentType: r.headers?.['content-type'] ?? '', text: r.body ?? '', redirected: false };
    },
  };

  /** What launchWebAuthFlow does: load the auth page, read the token from the redirect's fragment. */
  function grant(): ZohoToken | null {
    const q = new URLSearchParams({ response_type: 'token', client_id: ZOHO_CLIENT, scope: 'ZOHOPEOPLE.timetracker.ALL', redirect_uri: 'https://ext.chromiumapp.org/' });
    const r = zoho.handle({ method: 'GET', url: `/oauth/v2/auth?${q}`, headers: {} });
    const loc = r.headers?.location;
    if (r.status !== 302 || !loc) return null;
    const f = new URLSearchParams(loc.split('#')[1]);
    return { token: f.get('access_token')!, expiresAt: clock.now + Number(f.get('expires_in')) * 1000 };
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
    renew: async () => (token = canRenew ? grant() : null),
    async takeRead(op, limit) {
      const recent = (reads.get(op) ?? []).filter((t) => clock.now - t < 60_000);
      if (recent.length >= limit) return false;
      reads.set(op, [...recent, clock.now]);
      return true;
    },
  };

  return {
    ports, zoho, settings, alarms,
    get state() {
      return state;
    },
    connect() {
      token = grant();
    },
    get token() {
      return token;
    },
    set canRenew(v: boolean) {
      canRenew = v;
    },
  };
}
