// fetch with the browser's cookies, a timeout, no followed redirects and a size cap counted in
// bytes as they arrive: a reply announced or found larger is aborted, never buffered whole.
import { HttpFailure, type HttpPort } from '../kernel/http';

/** Reply bodies larger than this are refused (a huge `updates` array): 8 MiB. */
export const MAX_REPLY_BYTES = 8 * 1024 * 1024;

/** The body as text, or null once it passes `cap` bytes (the rest is not downloaded). */
export async function readCapped(res: Response, cap: number, abort: () => void): Promise<string | null> {
  if (Number(res.headers.get('content-length')) > cap) return abort(), null;
  const reader = res.body?.getReader();
  const parts: BlobPart[] = [];
  let size = 0;
  for (let r; reader && !(r = await reader.read()).done; parts.push(r.value as BlobPart)) {
    if ((size += r.value.byteLength) > cap) return abort(), null;
  }
  return new Blob(parts).text();
}

export const httpPort: HttpPort = {
  async request(url, req) {
    const ctrl = new AbortController();
    const timer = setTimeout(() => ctrl.abort(), req.timeoutMs);
    let tooLarge = false;
    try {
      const res = await fetch(url, {
        method: req.method,
        headers: req.headers,
        body: req.body,
        credentials: req.omitCredentials ? 'omit' : 'include',
        redirect: 'manual', // a redirect means the sign-in page; never follow it
        cache: 'no-store', // the popup's GETs (today's stats) must not come from the HTTP cache
        signal: ctrl.signal,
      });
      const redirected = res.redirected || res.type === 'opaqueredirect';
      const text = redirected ? '' : await readCapped(res, MAX_REPLY_BYTES, () => ((tooLarge = true), ctrl.abort()));
      return {
        status: res.status,
        contentType: res.headers.get('content-type') ?? '',
        text: text ?? '',
        redirected,
        date: res.headers.get('date') ?? undefined,
        tooLarge,
      };
    } catch (e) {
      throw new HttpFailure(ctrl.signal.aborted ? 'timeout' : 'offline', String(e));
    } finally {
      clearTimeout(timer);
    }
  },
};
