// A fake Zoho Accounts for a client-based (JavaScript) app, written from Zoho's pages
// (docs/zoho-people.md §5), not from the extension:
// - GET /oauth/v2/auth (zoho.com/accounts/protocol/oauth/js-apps/access-token.html) always shows
//   the consent page ("We will display the required permissions to the user"): HTML, no redirect,
//   so a window-less flow cannot pass it. Accepting redirects with the token in the fragment, plus
//   `granted_for_session=true` when the user ticked "allow for this session"
//   (zoho.com/accounts/protocol/oauth/js-apps/access-expiry.html).
// - GET /oauth/v2/auth/refresh (access-expiry.html): same parameters; a new token without any page
//   while the session is signed in and was granted, else no token.
// - POST /oauth/v2/token/revoke?token= (zoho.com/accounts/protocol/oauth/revoke-refresh-token.html):
//   {"status":"success"}, 400 for a token it does not know.

const html = (status, body) => ({ status, headers: { 'content-type': 'text/html;charset=UTF-8' }, body: `<!doctype html><html><body>${body}</body></html>` });
const esc = (s) => String(s).replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
const PARAMS = ['response_type', 'client_id', 'scope', 'redirect_uri', 'state'];

export function createAccounts({ now, tokenLifeSec, client, scope }) {
  const tokens = new Map(); // access token → expiresAt ms
  let signedIn = true; // the user's Zoho session in this browser
  let sessionGrant = false; // "allow for this session" was ticked on the last consent

  const valid = (q) => q.get('response_type') === 'token' && q.get('client_id') === client && q.get('scope') === scope && /^https:\/\//.test(q.get('redirect_uri') ?? '');
  const invalid = () => html(400, '<h1>Invalid OAuth request</h1>');
  const back = (q, frag) => ({ status: 302, headers: { location: `${q.get('redirect_uri')}#${new URLSearchParams({ ...frag, ...(q.get('state') ? { state: q.get('state') } : {}) })}` }, body: '' });

  function grant(q) {
    const token = `1000.${Math.random().toString(16).slice(2)}.${Math.random().toString(16).slice(2)}`;
    tokens.set(token, now() + tokenLifeSec * 1000);
    return back(q, {
      access_token: token, token_type: 'Bearer', expires_in: String(tokenLifeSec), api_domain: 'https://www.zohoapis.com', location: 'us',
      ...(sessionGrant ? { granted_for_session: 'true' } : {}),
    });
  }

  function consentPage(q) {
    const hidden = PARAMS.filter((k) => q.get(k) !== null).map((k) => `<input type="hidden" name="${k}" value="${esc(q.get(k))}">`).join('');
    return html(200, `<h1>Allow TickTick Focus to access Zoho People?</h1><form method="get" action="/oauth/v2/auth/consent">${hidden}`
      + '<label><input type="checkbox" name="session" value="on"> Allow access for this session</label>'
      + '<button name="decision" value="accept">Accept</button><button name="decision" value="reject">Reject</button></form>');
  }

  function handle(method, path, q) {
    switch (path) {
      case '/oauth/v2/auth': return valid(q) ? (signedIn ? consentPage(q) : html(200, '<h1>Sign in to Zoho</h1>')) : invalid();
      case '/oauth/v2/auth/consent': // the consent page's form (the fake's own path)
        if (!valid(q)) return invalid();
        if (q.get('decision') !== 'accept') return back(q, { error: 'access_denied', error_description: 'The user denied access to TickTick Focus' });
        sessionGrant = q.get('session') === 'on';
        return grant(q);
      case '/oauth/v2/auth/refresh':
        if (!valid(q)) return invalid();
        if (!signedIn) return html(200, '<h1>Sign in to Zoho</h1>');
        return sessionGrant ? grant(q) : back(q, { error: 'client_not_granted', error_description: 'Access for this session was not allowed' });
      case '/oauth/v2/token/revoke': {
        const t = q.get('token') ?? '';
        if (method !== 'POST' || !tokens.has(t)) return { status: 400, headers: { 'content-type': 'application/json' }, body: '{"error":"invalid_token"}' };
        tokens.delete(t);
        return { status: 200, headers: { 'content-type': 'application/json' }, body: '{"status":"success"}' };
      }
      default: return null;
    }
  }

  return {
    handle, tokens,
    /** The token's expiry, or undefined when Zoho does not know it. */
    expiry: (token) => tokens.get(token),
    expireTokens() {
      for (const k of tokens.keys()) tokens.set(k, now() - 1);
    },
    /** The user signs out of Zoho in this browser (a refresh then meets the sign-in page). */
    signOut() { signedIn = false; },
    signIn() { signedIn = true; },
    get sessionGrant() { return sessionGrant; },
  };
}
