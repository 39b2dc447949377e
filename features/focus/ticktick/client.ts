// Talks to TickTick with the browser's own session: `credentials: 'include'` sends cookie `t`;
// we add `x-csrftoken` from the non-secret `_csrf_token` cookie and the web app's own headers
// (`X-Device`, `hl`, `x-tz`), so our calls look like the web app's (docs/ticktick-protocol.md §2, §12).
import { REQUEST_TIMEOUT_MS } from '../config';
import { HttpFailure, looksHtml } from '../../../kernel/http';
import type { Ports } from '../ports';
import { classify, type Classified } from './classify';
import { endpoints, type Site } from './hosts';
import type { FocusOp } from './types';

export type ClientPorts = Pick<Ports, 'http' | 'session' | 'webHeaders' | 'base'>;

async function headers(p: ClientPorts, site: Site, json: boolean): Promise<Record<string, string>> {
  const h: Record<string, string> = { ...(await p.webHeaders()) };
  if (json) h['content-type'] = 'application/json';
  const csrf = await p.session.csrfToken(endpoints(site, p.base).cookieUrl);
  if (csrf) h['x-csrftoken'] = csrf;
  return h;
}

/** A classified answer, with TickTick's clock minus ours when its `Date` header told. */
export type Answer = Classified & { clock?: number };

/**
 * TickTick's clock minus ours: `Date` has whole seconds, so its middle against the middle of the
 * exchange; within 2 s it is noise and reads 0.
 */
export function clockOffset(date: string | undefined, sentAt: number, gotAt: number): number | undefined {
  const server = Date.parse(date ?? '');
  if (!Number.isFinite(server)) return undefined;
  const offset = server + 500 - (sentAt + gotAt) / 2;
  return Math.abs(offset) < 2000 ? 0 : Math.round(offset);
}

/** One `/focus/batch/focusOp` exchange; an empty `opList` only reads the state. */
export async function focusOp(p: ClientPorts & Pick<Ports, 'now'>, site: Site, lastPoint: number, opList: FocusOp[]): Promise<Answer> {
  try {
    const sentAt = p.now();
    const raw = await p.http.request(endpoints(site, p.base).focusOp, {
      method: 'POST',
      headers: await headers(p, site, true),
      body: JSON.stringify({ lastPoint, opList }),
      timeoutMs: REQUEST_TIMEOUT_MS,
    });
    return { ...classify(raw), clock: clockOffset(raw.date, sentAt, p.now()) };
  } catch (e) {
    return { ok: false, error: e instanceof HttpFailure ? e.kind : 'offline', detail: String(e) };
  }
}

/** A GET on TickTick's API; null for anything but a 200 JSON answer (best-effort reads). */
export async function getJson(p: ClientPorts, site: Site, url: string): Promise<unknown> {
  try {
    const r = await p.http.request(url, { method: 'GET', headers: await headers(p, site, false), timeoutMs: REQUEST_TIMEOUT_MS });
    return r.status === 200 && !r.redirected && !looksHtml(r) ? JSON.parse(r.text) : null;
  } catch {
    return null;
  }
}
