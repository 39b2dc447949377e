// TickTick's web session as the browser holds it: only whether cookie `t` exists is asked; its
// value is never read into our state or logs. `_csrf_token` is no secret: the web app sends it too.
import { cookiePort } from '../../../browser/cookies';
import type { SessionPort } from '../ports';

export const sessionPort: SessionPort = {
  hasSession: (url) => cookiePort.exists(url, 't'),
  csrfToken: (url) => cookiePort.value(url, '_csrf_token'),
};
