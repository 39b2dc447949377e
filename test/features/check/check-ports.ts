// The connection check's ports over the engine's fakes (test/browser/fakes.ts): the real client on
// the fake TickTick in process, its cookie jar (presence only, as the browser's cookies API
// answers), host access.
import { runCheck, type CheckPorts } from '../../../features/check/run';
import { withState } from '../../../features/check/state-facts';
import type { ZohoFacts } from '../../../features/check/facts';
import { focusOp } from '../../../features/focus/ticktick/client';
import { cursorOf } from '../../../features/focus/ticktick/sync';
import { fakePorts } from '../../browser/fakes';

export function checkPorts(f: ReturnType<typeof fakePorts>, opts: { access?: boolean; zoho?: ZohoFacts | null } = {}): CheckPorts {
  const { http, session, webHeaders, base, now } = f.ports;
  return {
    http, base, now,
    // The real client, as app/check.ts hands it in.
    exchange: (h, site, s) => focusOp({ http: h, session, webHeaders, base, now }, site, cursorOf(s, now()), []),
    // The fake HTTP port sends both cookies while `t` is set; `_csrf_token` goes with it.
    cookie: async (_url, name) => (name === 't' ? f.cookies.t : f.cookies.t && f.cookies.csrf),
    hasAccess: async () => opts.access ?? true,
    pinned: async () => f.settings.site,
    state: async () => f.state,
    zoho: async () => opts.zoho ?? null,
  };
}

/** The words the fake ports' `t` makes: the key and its values, so a test can see both. */
export const words = (key: string, subs?: string[]) => (subs?.length ? `${key}(${subs.join(',')})` : key);

/** The check as the options page makes it: the worker's part, then what the stored state says. */
export async function fullCheck(f: ReturnType<typeof fakePorts>, opts: Parameters<typeof checkPorts>[1] = {}) {
  return withState(await runCheck(checkPorts(f, opts)), f.state, f.now);
}
