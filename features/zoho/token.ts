// The OAuth token the mirror sends (features/zoho/auth.ts keeps it in storage.session).

export interface ZohoToken { token: string; expiresAt: number; /** Zoho's `granted_for_session` */ granted?: boolean }

/** The token unless it is gone or expires within a minute (then it is renewed first, docs/zoho-people.md §5). */
export const fresh = (tok: ZohoToken | null, now: number): string | null => (tok && tok.expiresAt - 60_000 > now ? tok.token : null);
