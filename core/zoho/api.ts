// Zoho People's time-tracker calls (seed 002; docs/zoho-people.md §1–§3): every parameter in the
// query string, writes as POST with an empty body, reads as GET, the OAuth token in the header.
import { REQUEST_TIMEOUT_MS } from '../config';
import { HttpFailure, type HttpPort } from '../ports';
import { parseZoho, type ZohoReply } from './parse';
import type { ZohoHosts } from './hosts';

export type Params = Record<string, string | number>;

/** Ops that change something in Zoho; the rest are reads. */
export const WRITES = new Set(['timer', 'addcomment', 'deletecomment', 'addtimelog']);

export async function zohoCall(http: HttpPort, hosts: ZohoHosts, token: string, op: string, params: Params): Promise<ZohoReply> {
  const q = new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)]));
  try {
    const raw = await http.request(`${hosts.api(op)}?${q}`, {
      method: WRITES.has(op) ? 'POST' : 'GET',
      headers: { Authorization: `Zoho-oauthtoken ${token}` },
      timeoutMs: REQUEST_TIMEOUT_MS,
      omitCredentials: true,
    });
    return parseZoho(raw);
  } catch (e) {
    const kind = e instanceof HttpFailure ? e.kind : 'offline';
    return { ok: false, kind, code: kind, message: String(e) };
  }
}

/** `workDate` as Zoho takes it: the local `yyyy-MM-dd`. */
export function localDate(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
