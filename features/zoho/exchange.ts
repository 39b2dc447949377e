// One call to Zoho People with its token: a token about to expire is renewed first, and one Zoho
// no longer takes (expired early, revoked) gets one silent renewal and one more try, which takes
// a slot of its own (budget.ts). Renewal without a window only when Zoho's sign-in said
// `granted_for_session` (docs/zoho-people.md §5); without a token nothing goes out.
import type { Outbox } from '../../kernel/outbox';
import { zohoCall, type Params } from './api';
import { NO_ROOM, PAGE_LIMIT, PER_MINUTE, reserve } from './budget';
import { checkedHosts } from './hosts';
import type { ZohoReply } from './parse';
import type { ZohoPorts } from './ports';
import type { ZohoSettings, ZohoState } from './state';
import { fresh } from './token';

/** No token to send (none, or its renewal failed): "reconnect" (calls.ts `failed`). */
export const NO_TOKEN: ZohoReply & { ok: false } = { ok: false, kind: 'auth', code: 'token', message: '' };

/** What a call goes with: its token (replaced when renewed), the settings it was chosen with. */
export interface Sending { tok: string | null; settings?: ZohoSettings }

export function createExchange(p: ZohoPorts, box: Outbox<ZohoState>) {
  /** Renewal without a window, when Zoho's sign-in allowed it for the session; else null. */
  const renew = async () => ((await box.load()).granted ? (await p.renew())?.token ?? null : null);
  /** A token that is not about to expire, renewed silently when it is; null means "reconnect". */
  const token = async () => fresh(await p.token(), p.now()) ?? (await renew());

  /** Sends `op`, in the slot taken for it (`reserved`) or in one taken now, within `limit`. */
  async function send(c: Sending, op: string, params: Params, reserved = true, limit = PER_MINUTE): Promise<ZohoReply> {
    for (let again = false; ; again = true) {
      if (!c.tok) return NO_TOKEN;
      if (!reserved && !(await box.change((z) => reserve(z, op, p.now(), limit)))) return NO_ROOM;
      const r = await zohoCall(p.http, checkedHosts((c.settings ?? (await p.settings())).dc, p.base), c.tok, op, params);
      if (again || r.ok || r.kind !== 'auth' || r.code === 'token') return r;
      [c.tok, reserved] = [await renew(), false];
    }
  }

  return {
    token,
    renew,
    send,
    /** A page's read, within the share of the minute pages may use. */
    read: async (op: string, params: Params) => send({ tok: await token() }, op, params, false, PAGE_LIMIT),
  };
}
