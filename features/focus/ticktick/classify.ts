// What came back from TickTick, as a reply or a typed error (docs/ticktick-protocol.md §8): the
// HTTP status, an HTML page instead of JSON, TickTick's `errorCode`, then the reply's shape.
import { looksHtml, type RawReply } from '../../../kernel/http';
import type { ErrorCode } from './errors';
import { parseFocusReply } from './parse';
import type { FocusReply } from './types';

export type { RawReply };

export type Classified = { ok: true; reply: FocusReply } | { ok: false; error: ErrorCode; status?: number; detail?: string };

function errorCodeOf(text: string): { code: string; body: unknown } | null {
  try {
    const body: unknown = JSON.parse(text);
    if (body && typeof body === 'object' && 'errorCode' in body) {
      const code = (body as { errorCode: unknown }).errorCode;
      if (typeof code === 'string' && code) return { code, body };
    }
    return { code: '', body };
  } catch {
    return null;
  }
}

export function classify(r: RawReply): Classified {
  const err = (error: ErrorCode, detail?: string): Classified => ({ ok: false, error, status: r.status, detail });
  if (r.tooLarge) return err('too_large');
  if (r.redirected || (r.status >= 300 && r.status < 400)) return err('no_auth_session');
  if (r.status === 401) return err('no_auth_session');
  if (looksHtml(r)) {
    if (r.status === 200) return err('no_auth_session'); // the sign-in page
    return err(r.status >= 500 ? 'server_error' : 'rejected', `HTTP ${r.status} web page`);
  }
  const json = errorCodeOf(r.text);
  const code = json?.code ?? '';
  if (code === 'user_not_sign_on') return err('no_auth_session');
  if (code === 'too_busy') return err('too_busy');
  if (code === 'need_pro' || code === 'need_upgrade_client') return err('need_pro', code);
  // exceed_query_limit comes as HTTP 500 from TickTick's API (docs/ticktick-protocol.md §12): a throttle.
  if (r.status === 429 || code === 'exceed_query_limit') return err('rate_limited', code || undefined);
  if (r.status >= 500) return err('server_error', code || `HTTP ${r.status}`);
  if (r.status >= 400) return err('rejected', code || `HTTP ${r.status}`);
  if (code) return err('rejected', code);
  if (!json) return err('bad_response', 'not valid JSON');
  const parsed = parseFocusReply(json.body);
  return parsed.ok ? { ok: true, reply: parsed.value } : err('bad_response', parsed.problem);
}
