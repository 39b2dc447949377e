// What the popup says under the Zoho People line: an error naming Zoho People (with Reconnect when
// a new sign-in is needed), minutes Zoho refused to log or logged too many (which and why), and a
// timer the mirror did not start (take it over or leave it).
import type { ZohoState } from '../state';
import { sendZoho } from '../messages';
import { t } from '../../../browser/i18n';

const clock = (ms: number) => new Date(ms).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
const day = (ms: number) => new Date(ms).toLocaleDateString([], { month: 'short', day: 'numeric' });

export function ZohoNotices({ z }: { z: ZohoState }) {
  return (
    <>
      {z.error && (
        <div class="zoho-error" role="alert">
          <span>{z.error.message}</span>
          {z.error.reconnect && <button type="button" class="link" onClick={() => void sendZoho('zohoConnect')}>{t('zohoReconnectBtn')}</button>}
        </div>
      )}
      {!!z.missed?.length && (
        <div class="zoho-error" role="alert">
          <ul class="zoho-comments">
            {z.missed.map((m) => <li key={m.from}>{t(m.extra ? 'zohoLoggedTooMuch' : 'zohoNotLogged', [`${day(m.from)} ${clock(m.from)}–${clock(m.to)}`, m.why])}</li>)}
          </ul>
          <button type="button" class="link" onClick={() => void sendZoho('zohoDismiss')}>{t('zohoDismiss')}</button>
        </div>
      )}
      {z.foreign && (
        <div class="zoho-error" role="alert">
          <span>{t('zohoForeign', [z.foreign.jobName, z.foreign.taskName])}</span>
          <div class="row">
            <button type="button" onClick={() => void sendZoho('zohoForeign', true)}>{t('zohoTakeOver')}</button>
            <button type="button" onClick={() => void sendZoho('zohoForeign', false)}>{t('zohoLeave')}</button>
          </div>
        </div>
      )}
    </>
  );
}
