// Disconnect from the options page: the token is revoked at Zoho, then forgotten.
import { checkedHosts } from './service';
import { ZOHO_BASE_URL } from '../../browser/env';
import { httpPort } from '../../browser/http';
import { sendZoho } from './messages';
import { readSettings } from '../../app/settings';
import { readToken } from './auth';

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
  await sendZoho('zohoDisconnect');
}
