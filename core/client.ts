// Talks to TickTick with the browser's own session: `credentials: 'include'` sends cookie `t`;
// we only ever add `x-csrftoken` from the non-secret `_csrf_token` cookie (reference §2).
import { classify, type Classified } from './errors';
import { endpoints, type Site } from './hosts';
import { LIMITS } from './config';
import { HttpFailure, type Ports } from './ports';
import type { FocusOp } from './types';

export function createClient(p: Ports) {
  async function headers(site: Site, deviceId: string): Promise<Record<string, string>> {
    const ep = endpoints(site, p.base);
    const h: Record<string, string> = {
      'content-type': 'application/json',
      'x-device': JSON.stringify({
        platform: 'web', os: '', device: '', name: '', version: 6310, id: deviceId,
        channel: 'website', campaign: '', websocket: '',
      }),
      'x-tz': Intl.DateTimeFormat().resolvedOptions().timeZone,
    };
    const csrf = await p.session.csrfToken(ep.cookieUrl);
    if (csrf) h['x-csrftoken'] = csrf;
    return h;
  }

  /** One `/focus/batch/focusOp` exchange; an empty `opList` only reads the state. */
  async function focusOp(site: Site, lastPoint: number, opList: FocusOp[], deviceId: string): Promise<Classified> {
    try {
      const raw = await p.http.request(endpoints(site, p.base).focusOp, {
        method: 'POST',
        headers: await headers(site, deviceId),
        body: JSON.stringify({ lastPoint, opList }),
        timeoutMs: LIMITS.requestTimeoutMs,
      });
      return classify(raw);
    } catch (e) {
      if (e instanceof HttpFailure) return { ok: false, error: e.kind, detail: e.message };
      return { ok: false, error: 'offline', detail: String(e) };
    }
  }

  /** GET a JSON object from the API host; null on any failure (these reads are best effort). */
  async function getJson(site: Site, which: 'prefs' | 'stats', deviceId: string): Promise<unknown> {
    try {
      const raw = await p.http.request(endpoints(site, p.base)[which], {
        method: 'GET', headers: await headers(site, deviceId), timeoutMs: LIMITS.requestTimeoutMs,
      });
      if (raw.status !== 200 || raw.redirected) return null;
      return JSON.parse(raw.text);
    } catch {
      return null;
    }
  }

  return { focusOp, getJson };
}
