// Zoho People's time-tracker calls (seed 002; docs/zoho-people.md §1–§3): every parameter in the
// query string, writes as POST with an empty body, reads as GET, the OAuth token in the header.
import { HttpFailure, type HttpPort } from '../../kernel/http';
import { ZOHO_TIMEOUT_MS } from './config';
import { parseZoho, type ZohoReply } from './parse';
import type { ZohoHosts } from './hosts';

export type Params = Record<string, string | number>;

export async function zohoCall(http: HttpPort, hosts: ZohoHosts, token: string, op: string, params: Params): Promise<ZohoReply> {
  const q = new URLSearchParams(params as Record<string, string>); // numbers are written as String() writes them
  try {
    const raw = await http.request(`${hosts.api(op)}?${q}`, {
      method: op.startsWith('get') ? 'GET' : 'POST', // reads are the get* ops; writes: timer, addcomment, …
      headers: { Authorization: `Zoho-oauthtoken ${token}` },
      timeoutMs: ZOHO_TIMEOUT_MS,
      omitCredentials: true,
    });
    return parseZoho(raw);
  } catch (e) {
    const kind = e instanceof HttpFailure ? e.kind : 'offline';
    return { ok: false, kind, code: kind, message: String(e) };
  }
}

/** `workDate` as Zoho takes it: the local `yyyy-MM-dd` (the UTC date of the instant moved by the local offset). */
export const localDate = (ms: number): string => new Date(ms - new Date(ms).getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
