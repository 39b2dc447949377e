// Connects to Zoho with OAuth's implicit grant through identity.launchWebAuthFlow
// (docs/zoho-people.md §5): the access token comes back in the redirect's fragment and lives in
// storage.session only: never in local or sync storage, never logged, sent only to the People host.
import { browser } from 'wxt/browser';
import { zohoHosts } from '../core/zoho/hosts';
import type { ZohoToken } from '../core/zoho/service';
import type { ZohoSettings } from '../core/zoho/state';
import { ZOHO_BASE_URL, ZOHO_CLIENT_ID } from './env';

const KEY = 'zohoToken';
const SCOPE = 'ZOHOPEOPLE.timetracker.ALL';

export const redirectUrl = () => browser.identity.getRedirectURL();
const clientIdOf = (s: ZohoSettings) => s.clientId.trim() || ZOHO_CLIENT_ID;

export async function readToken(): Promise<ZohoToken | null> {
  const t = (await browser.storage.session.get(KEY))[KEY] as ZohoToken | undefined;
  return t && typeof t.token === 'string' ? t : null;
}

export const forgetToken = () => browser.storage.session.remove(KEY);

/** The token from a redirect URL's fragment, when its `state` is ours. */
export function tokenFromRedirect(url: string, state: string, now: number): ZohoToken | null {
  const f = new URLSearchParams(url.split('#')[1] ?? '');
  const token = f.get('access_token');
  const life = Number(f.get('expires_in') ?? 3600);
  if (!token || f.get('state') !== state) return null;
  return { token, expiresAt: now + (Number.isFinite(life) && life > 0 ? life : 3600) * 1000 };
}

/**
 * Runs Zoho's sign-in page: `interactive` shows it, otherwise it must finish without the user
 * (a silent renewal). Resolves with the stored token, or throws with the browser's reason.
 */
export async function connectZoho(settings: ZohoSettings, interactive: boolean): Promise<ZohoToken> {
  const state = crypto.randomUUID();
  const q = new URLSearchParams({
    response_type: 'token', client_id: clientIdOf(settings), scope: SCOPE, redirect_uri: redirectUrl(), state,
  });
  const url = await browser.identity.launchWebAuthFlow({ url: `${zohoHosts(settings.dc, ZOHO_BASE_URL).auth}?${q}`, interactive });
  const token = url ? tokenFromRedirect(url, state, Date.now()) : null;
  if (!token) throw new Error('Zoho did not return a token');
  await browser.storage.session.set({ [KEY]: token });
  return token;
}
