// Connects to Zoho with OAuth's implicit grant through identity.launchWebAuthFlow
// (docs/zoho-people.md §5): the access token comes back in the redirect's fragment and lives in
// storage.session only: never in local or sync storage, never logged, sent only to the People host.
// Renewal without a window goes to `<accounts>/oauth/v2/auth/refresh`, which Zoho answers only for
// a user who allowed access for the session (zoho.com/accounts/protocol/oauth/js-apps/access-expiry.html).
import { browser } from 'wxt/browser';
import { checkedHosts } from './hosts';
import type { ZohoSettings } from './state';
import type { ZohoToken } from './token';
import { ZOHO_BASE_URL, ZOHO_CLIENT_ID } from '../../browser/env';
import { sessionValue } from '../../browser/session';

export const tokenValue = sessionValue<ZohoToken>('zohoToken');
const stored = tokenValue;
const SCOPE = 'ZOHOPEOPLE.timetracker.ALL';

export const redirectUrl = () => browser.identity.getRedirectURL();

export async function readToken(): Promise<ZohoToken | null> {
  const t = await stored.get();
  return t && typeof t.token === 'string' ? t : null;
}

export const forgetToken = () => stored.remove();

/**
 * The token in a redirect URL's fragment, when its `state` is ours; otherwise throws with Zoho's
 * `error_description` (or `error`), which may come in the fragment or the query.
 */
export function tokenFromRedirect(url: string, state: string, now: number): ZohoToken {
  const f = new URLSearchParams(url.split(/[?#]/).slice(1).join('&'));
  const err = f.get('error');
  const token = f.get('access_token');
  const life = Number(f.get('expires_in')); // absent (0) or odd: an hour
  if (err || !token || f.get('state') !== state) throw new Error(f.get('error_description') ?? err ?? 'Zoho did not return a token');
  return { token, expiresAt: now + (life > 0 ? life : 3600) * 1000, granted: f.get('granted_for_session') === 'true' };
}

/**
 * Runs Zoho's consent page (`interactive`), or its session refresh without a window. Resolves with
 * the stored token, or throws with Zoho's or the browser's reason.
 */
export async function connectZoho(settings: ZohoSettings, interactive: boolean): Promise<ZohoToken> {
  const state = crypto.randomUUID();
  const q = new URLSearchParams({
    response_type: 'token', client_id: settings.clientId.trim() || ZOHO_CLIENT_ID, scope: SCOPE, redirect_uri: redirectUrl(), state,
  });
  const auth = checkedHosts(settings.dc, ZOHO_BASE_URL).auth;
  const url = await browser.identity.launchWebAuthFlow({ url: `${auth}${interactive ? '' : '/refresh'}?${q}`, interactive });
  const token = tokenFromRedirect(url ?? '', state, Date.now());
  await stored.set(token);
  return token;
}
