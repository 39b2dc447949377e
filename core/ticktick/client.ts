// Talks to TickTick with the browser's own session: `credentials: 'include'` sends cookie `t`;
// we only ever add `x-csrftoken` from the non-secret `_csrf_token` cookie (reference §2).
import { classify, type Classified } from './errors';
import { endpoints, type Site } from './hosts';
import { REQUEST_TIMEOUT_MS } from '../config';
import { HttpFailure, type Ports } from '../ports';
import type { FocusOp } from './types';

export function createClient(p: Ports) {
  // Cookie + JSON content type is what ms.ticktick.com needs (reference §2, live check U); the
  // web app's X-Device fingerprint is left out.
  async function headers(site: Site): Promise<Record<string, string>> {
    const h: Record<string, string> = { 'content-type': 'application/json' };
    const csrf = await p.session.csrfToken(endpoints(site, p.base).cookieUrl);
    if (csrf) h['x-csrftoken'] = csrf;
    return h;
  }

  /** One `/focus/batch/focusOp` exchange; an empty `opList` only reads the state. */
  async function focusOp(site: Site, lastPoint: number, opList: FocusOp[]): Promise<Classified> {
    try {
      const raw = await p.http.request(endpoints(site, p.base).focusOp, {
        method: 'POST',
        headers: await headers(site),
        body: JSON.stringify({ lastPoint, opList }),
        timeoutMs: REQUEST_TIMEOUT_MS,
      });
      return classify(raw);
    } catch (e) {
      return { ok: false, error: e instanceof HttpFailure ? e.kind : 'offline', detail: String(e) };
    }
  }

  return { focusOp };
}
