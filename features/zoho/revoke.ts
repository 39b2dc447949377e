// Disconnect from the options page: the token is revoked at Zoho, then forgotten.
import { checkedHosts, type DataCentre } from './hosts';
import { ZOHO_BASE_URL } from '../../browser/env';
import { httpPort } from '../../browser/http';
import { sendZoho } from './messages';
import { readToken } from './auth';

/**
 * Disconnect: the token is revoked at Zoho (POST `<accounts>/oauth/v2/token/revoke?token=`,
 * zoho.com/accounts/protocol/oauth/revoke-refresh-token.html), then forgotten. Without a host
 * permission for the accounts server the answer cannot be read, but the request still goes.
 * `dc`: the data centre the sign-in belongs to (the stored one).
 */
export async function zohoDisconnect(dc: DataCentre): Promise<void> {
  const tok = await readToken();
  if (tok) {
    const url = `${checkedHosts(dc, ZOHO_BASE_URL).auth.replace(/auth$/, 'token/revoke')}?${new URLSearchParams({ token: tok.token })}`;
    await httpPort.request(url, { method: 'POST', headers: {}, timeoutMs: 10_000, omitCredentials: true }).catch(() => undefined);
  }
  await sendZoho('zohoDisconnect');
}
