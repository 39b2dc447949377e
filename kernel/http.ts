// What any remote call sends and gets back, as the services' clients see it; the fetch behind it is
// browser/http.ts. Knows no service.

export interface HttpRequest {
  method: 'GET' | 'POST';
  headers: Record<string, string>;
  body?: string;
  timeoutMs: number;
  /** No cookies (Zoho is called with its OAuth token only). */
  omitCredentials?: boolean;
}

/** What the HTTP layer saw. `redirected` covers a manual redirect (opaque) and a followed one. */
export interface RawReply {
  status: number;
  contentType: string;
  text: string;
  redirected: boolean;
  /** The reply's `Date` header, when it had one. */
  date?: string;
  /** The body was over the size cap: not read, the request aborted. */
  tooLarge?: boolean;
}

/** Resolves with whatever came back; rejects with `HttpFailure` when nothing did. */
export interface HttpPort {
  request(url: string, req: HttpRequest): Promise<RawReply>;
}

export class HttpFailure extends Error {
  constructor(readonly kind: 'offline' | 'timeout', detail: string) {
    super(detail);
  }
}

/** A sign-in page, a captive portal or a proxy's error page instead of the JSON asked for. */
export const looksHtml = (r: RawReply): boolean => /html/i.test(r.contentType) || /^\s*</.test(r.text);
