// fetch with the browser's cookies, a timeout, no followed redirects and a size cap.
import { MAX_REPLY_BYTES } from '../core/config';
import { HttpFailure, type HttpPort } from '../core/ports';

export const httpPort: HttpPort = {
  async request(url, req) {
    const ctrl = new AbortController();
    const timer = setTimeout(() => ctrl.abort(), req.timeoutMs);
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
      const text = res.type === 'opaqueredirect' ? '' : await res.text();
      return {
        status: res.status,
        contentType: res.headers.get('content-type') ?? '',
        text: text.length > MAX_REPLY_BYTES ? '' : text,
        redirected: res.redirected || res.type === 'opaqueredirect',
      };
    } catch (e) {
      throw new HttpFailure(ctrl.signal.aborted ? 'timeout' : 'offline', String(e));
    } finally {
      clearTimeout(timer);
    }
  },
};
