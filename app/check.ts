// The connection check, run by the options page itself (no worker code: the worker stays small):
// TickTick's session and headers as the engine sends them, one read from this page, and the Zoho
// People mirror's own state, token and read path through the worker (its call budget and silent
// renewal included).
import { browser } from 'wxt/browser';
import { BASE_URL } from '../browser/env';
import { cookiePort } from '../browser/cookies';
import { httpPort } from '../browser/http';
import type { WorkerFacts, ZohoFacts } from '../features/check/facts';
import { runCheck } from '../features/check/run';
import { stateItem } from '../features/focus/items';
import { focusOp } from '../features/focus/ticktick/client';
import { sessionPort } from '../features/focus/ticktick/session';
import { cursorOf } from '../features/focus/ticktick/sync';
import { webHeaders } from '../features/focus/ticktick/web-headers';
import { readToken } from '../features/zoho/auth';
import { zohoItem } from '../features/zoho/item';
import { sendZoho } from '../features/zoho/messages';
import { runningTimer } from '../features/zoho/parse';
import { readSettings } from './settings';

async function zohoFacts(): Promise<ZohoFacts | null> {
  const s = (await readSettings()).zoho;
  if (!s.enabled) return null;
  const [token, z] = await Promise.all([readToken(), zohoItem.getValue()]);
  const r = await sendZoho('zohoRead', { op: 'getcurrentlyrunningtimer', params: { dateFormat: 'yyyy-MM-dd' } });
  return {
    tokenLeftMs: token ? token.expiresAt - Date.now() : null, renewable: z.granted, reconnect: !!z.error?.reconnect,
    queue: z.queue.length, job: !!s.jobId, ...(z.error ? { error: z.error.message } : {}),
    read: r.ok ? { ok: true, running: !!runningTimer(r.result) } : { ok: false, kind: r.kind, code: r.code },
  };
}

/** Every step that needs no user: the options page's "Check connection". */
export function runConnectionCheck(): Promise<WorkerFacts> {
  return runCheck({
    http: httpPort, base: BASE_URL, now: Date.now,
    exchange: (http, site, s) => focusOp({ http, session: sessionPort, webHeaders, base: BASE_URL, now: Date.now }, site, cursorOf(s, Date.now()), []),
    cookie: cookiePort.exists,
    hasAccess: (origins) => browser.permissions.contains({ origins }),
    pinned: async () => (await readSettings()).site,
    state: () => stateItem.getValue(),
    zoho: zohoFacts,
  });
}
