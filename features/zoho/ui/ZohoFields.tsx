// The options page's Zoho People fields: data centre, user, billing, the organisation's own OAuth
// client, and the redirect URL that client must allow.
import { DATA_CENTRES, zohoHosts, type DataCentre } from '../hosts';
import type { ZohoSettings } from '../state';
import { redirectUrl } from '../auth';
import { ZOHO_CLIENT_ID } from '../../../browser/env';
import { t } from '../../../browser/i18n';

interface Props {
  zoho: ZohoSettings;
  /** What is typed (saved on the field's change event; Connect uses it even before). */
  user: string;
  client: string;
  onUser(user: string): void;
  onClient(client: string): void;
  set(patch: Partial<ZohoSettings>): void;
  onDc(dc: DataCentre): void;
}

export function ZohoFields({ zoho, user, client, onUser, onClient, set, onDc }: Props) {
  return (
    <>
      <label class="field">
        <span>{t('zohoDc')}</span>
        <select value={zoho.dc} onChange={(e) => onDc(e.currentTarget.value as DataCentre)}>
          {DATA_CENTRES.map((dc) => <option value={dc}>{zohoHosts(dc).origin.replace(/^https:\/\/people\.|\/\*$/g, '')}</option>)}
        </select>
      </label>
      <label class="field">
        <span>{t('zohoUser')}</span>
        <input type="text" autocomplete="email" value={user} onInput={(e) => onUser(e.currentTarget.value)} onChange={(e) => set({ user: e.currentTarget.value.trim() })} />
      </label>
      <label class="field">
        <span>{t('zohoBilling')}</span>
        <select value={zoho.billing} onChange={(e) => set({ billing: e.currentTarget.value as ZohoSettings['billing'] })}>
          <option value="billable">{t('zohoBillable')}</option>
          <option value="non-billable">{t('zohoNonBillable')}</option>
        </select>
      </label>
      <label class="field">
        <span>{t('zohoClient')}</span>
        <input type="text" value={client} placeholder={ZOHO_CLIENT_ID || t('zohoClientNone')} onInput={(e) => onClient(e.currentTarget.value)} onChange={(e) => set({ clientId: e.currentTarget.value.trim() })} />
      </label>
      <p class="hint">{t('zohoRedirect')} <code>{redirectUrl()}</code></p>
      <p class="hint">{t('zohoSessionHint')}</p>
    </>
  );
}
