// Zoho People from extension pages: reads go through the worker (it owns Zoho's 20-a-minute budget
// and renews the token); Disconnect revokes the token at Zoho first.
import { details, inProgressJobs, type ZohoDetails } from '../core/zoho/reads';
import type { ZohoJob } from '../core/zoho/parse';
import { checkedHosts } from '../core/zoho/service';
import { t } from './browser-ports';
import { ZOHO_BASE_URL } from './env';
import { httpPort } from './http';
import { sendMessage } from './protocol';
import { readSettings, zohoItem } from './storage';
import { readToken } from './zoho-auth';

const read = (op: string, params: Record<string, string | number>) => sendMessage('zohoRead', { op, params });

export async function zohoDetails(): Promise<ZohoDetails> {
  const z = await zohoItem.getValue();
  return details(read, z.log ? z.ids[z.log.key] : undefined);
}

export async function zohoJobs(): Promise<{ jobs: ZohoJob[]; error?: string }> {
  const r = await inProgressJobs(read, (await readSettings()).zoho.user);
  return { jobs: r.jobs, error: r.failed && t(r.failed.auth ? 'zohoReconnect' : 'zohoFailed', [r.failed.message]) };
}

/**
 * Disconnect: the token is revoked at Zoho (POST `<accounts>/oauth/v2/token/revoke?token=`,
 * zoho.com/accounts/protocol/oauth/revoke-refresh-token.html), then forgotten. Without a host
 * permission for the accounts server the answer cannot be read, but the request still goes.
 */
export async function zohoDisconnect(): Promise<void> {
  const [tok, settings] = await Promise.all([readToken(), readSettings()]);
  if (tok) {
    const url = `${checkedHosts(settings.zoho.dc, ZOHO_BASE_URL).auth.replace(/auth$/, 'token/revoke')}?${new URLSearchParams({ token: tok.token })}`;
    await httpPort.request(url, { method: 'POST', headers: {}, timeoutMs: 10_000, omitCredentials: true }).catch(() => undefined);
  }
  await sendMessage('zohoDisconnect');
}
