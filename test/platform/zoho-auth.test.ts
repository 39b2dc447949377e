import { describe, expect, it } from 'vitest';
import { tokenFromRedirect } from '../../platform/zoho-auth';

// The redirect Zoho's implicit grant returns (docs/zoho-people.md §5): the token in the fragment.
const redirect = (frag: string) => `https://abcdefghijklmnopabcdefghijklmnop.chromiumapp.org/#${frag}`;

describe('the token from Zoho\'s redirect', () => {
  it('takes access_token and expires_in when the state is ours', () => {
    expect(tokenFromRedirect(redirect('access_token=1000.abc.def&token_type=Bearer&expires_in=3600&state=s1&location=eu'), 's1', 1000))
      .toEqual({ token: '1000.abc.def', expiresAt: 1000 + 3_600_000 });
  });
  it('refuses a redirect with another state (not the flow we started) or no token', () => {
    expect(tokenFromRedirect(redirect('access_token=x&expires_in=3600&state=other'), 's1', 0)).toBeNull();
    expect(tokenFromRedirect(redirect('error=access_denied&state=s1'), 's1', 0)).toBeNull();
    expect(tokenFromRedirect('https://x.chromiumapp.org/', 's1', 0)).toBeNull();
  });
  it('an odd expires_in is read as Zoho\'s one hour', () => {
    expect(tokenFromRedirect(redirect('access_token=t&expires_in=soon&state=s'), 's', 0)?.expiresAt).toBe(3_600_000);
  });
});
