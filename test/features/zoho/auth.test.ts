import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { forgetToken, readToken, tokenFromRedirect } from '../../../features/zoho/auth';

// The redirect of Zoho's client-based grant (docs/zoho-people.md §5): the token in the fragment,
// `granted_for_session=true` when the user allowed access for the session
// (zoho.com/accounts/protocol/oauth/js-apps/access-expiry.html), or an `error`.
const redirect = (frag: string) => `https://abcdefghijklmnopabcdefghijklmnop.chromiumapp.org/#${frag}`;

describe('the token from Zoho\'s redirect', () => {
  it('takes access_token, expires_in and granted_for_session when the state is ours', () => {
    expect(tokenFromRedirect(redirect('access_token=1000.abc.def&token_type=Bearer&expires_in=3600&state=s1&location=eu&granted_for_session=true'), 's1', 1000))
      .toEqual({ token: '1000.abc.def', expiresAt: 1000 + 3_600_000, granted: true });
    expect(tokenFromRedirect(redirect('access_token=t&expires_in=3600&state=s1'), 's1', 0).granted).toBe(false);
  });
  it('refuses a redirect with another state (not the flow we started) or no token', () => {
    expect(() => tokenFromRedirect(redirect('access_token=x&expires_in=3600&state=other'), 's1', 0)).toThrow('Zoho did not return a token');
    expect(() => tokenFromRedirect('https://x.chromiumapp.org/', 's1', 0)).toThrow('Zoho did not return a token');
  });
  it('an error says what Zoho said: error_description, else error, in the fragment or the query', () => {
    expect(() => tokenFromRedirect(redirect('error=access_denied&error_description=The%20user%20denied%20access&state=s1'), 's1', 0)).toThrow('The user denied access');
    expect(() => tokenFromRedirect('https://x.chromiumapp.org/?error=client_not_granted&state=s1', 's1', 0)).toThrow('client_not_granted');
  });
  it('an odd expires_in is read as Zoho\'s one hour', () => {
    expect(tokenFromRedirect(redirect('access_token=t&expires_in=soon&state=s'), 's', 0).expiresAt).toBe(3_600_000);
  });
});

describe('the token in storage.session', () => {
  it('is read from `zohoToken` there, nowhere else, and forgotten on disconnect', async () => {
    fakeBrowser.reset();
    expect(await readToken()).toBeNull();
    await fakeBrowser.storage.local.set({ zohoToken: { token: 'in-local', expiresAt: 1 } });
    expect(await readToken()).toBeNull(); // local storage is never where the token lives
    await fakeBrowser.storage.session.set({ zohoToken: { token: '1000.abc.def', expiresAt: 3_600_000, granted: true } });
    expect(await readToken()).toEqual({ token: '1000.abc.def', expiresAt: 3_600_000, granted: true });
    await forgetToken();
    expect(await fakeBrowser.storage.session.get('zohoToken')).toEqual({});
    expect(await readToken()).toBeNull();
  });
  it('a stored value that is not a token reads as none', async () => {
    fakeBrowser.reset();
    await fakeBrowser.storage.session.set({ zohoToken: { token: 42 } });
    expect(await readToken()).toBeNull();
  });
});
