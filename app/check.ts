// The connection check's worker part wired to the browser and to the features it looks at: TickTick's
// session and headers as the engine sends them, and the Zoho People mirror's own state, token and
// read path (its call budget and silent renewal included).
import { browser } from 'wxt/browser';
import { BASE_URL } from '../browser/env';
import { cookiePort } from '../browser/cookies';
import { httpPort } from '../browser/http';
import type { Handlers } from '../browser/messaging';
import type { CheckMessages } from '../features/check/messages';
import type { ZohoFacts } from '../features/check/facts';
import { runCheck } from '../features/check/run';
import { stateItem } from '../features/focus/items';
import { focusOp } from '../features/focus/ticktick/client';
import { sessionPort } from '../features/focus/ticktick/session';
import { cursorOf } from '../features/focus/ticktick/sync';
import { webHeaders } from '../features/focus/ticktick/web-headers';
import { readToken } from '../features/zoho/auth';
import { zohoItem } from '../features/zoho/item';
import type { ZohoMessages } from '../features/zoho/messages';
import { runningTimer } from '../features/zoho/parse';
import { readSettings } from './settings';

type ZohoRead = Handlers<ZohoMessages>['zohoRead'];

async function zohoFacts(read: ZohoRead): Promise<ZohoFacts | null> {
  const s = (await readSettings()).zoho;
  if (!s.enabled) return null;
  const [token, z] = await Promise.all([readToken(), zohoItem.getValue()]);
  const r = await read({ op: 'getcurrentlyrunningtimer', params: { dateFormat: 'yyyy-MM-dd' } });
  return {
    tokenLeftMs: token ? token.expiresAt - Date.now() : null, renewable: z.granted, reconnect: !!z.error?.reconnect,
    queue: z.queue.length, job: !!s.jobId, ...(z.error ? { error: z.error.message } : {}),
    read: r.ok ? { ok: true, running: !!runningTimer(r.result) } : { ok: false, kind: r.kind, code: r.code },
  };
}

/** `zohoRead`: the mirror's handler for pages' reads (features/zoho/worker.ts). */
export function checkHandlers(zohoRead: ZohoRead): Handlers<CheckMessages> {
  return {
    runCheck: () => runCheck({
      http: httpPort, base: BASE_URL, now: Date.now,
      exchange: (http, site, s) => focusOp({ http, session: sessionPort, webHeaders, base: BASE_URL, now: Date.now }, site, cursorOf(s, Date.now()), []),
      cookie: cookiePort.exists,
      hasAccess: (origins) => browser.permissions.contains({ origins }),
      pinned: async () => (await readSettings()).site,
      state: () => stateItem.getValue(),
      zoho: () => zohoFacts(zohoRead),
    }),
  };
}
