// Mirror focus time to Zoho People: switch (asks for the People host), data centre (asks for its
// host), user, billing, own OAuth client, Connect (with what is typed at the click), Disconnect
// (revokes the token at Zoho), whether Zoho may renew access for the session, and the job picker.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { DATA_CENTRES, zohoHosts, type DataCentre } from '../hosts';
import type { ZohoJob } from '../parse';
import type { ZohoSettings } from '../state';
import { ZOHO_BASE_URL, ZOHO_CLIENT_ID } from '../../../browser/env';
import { sendZoho } from '../messages';
import { zohoItem } from '../item';
import { readToken, redirectUrl } from '../auth';
import { zohoJobs } from '../pages';
import { zohoDisconnect } from '../revoke';
import { t } from '../../../browser/i18n';

interface Props {
  zoho: ZohoSettings;
  /** What is stored now (this render's `zoho` may be a save behind). */
  stored(): Promise<ZohoSettings>;
  onChange(zoho: ZohoSettings): void | Promise<void>;
}

const originOf = (dc: DataCentre) => zohoHosts(dc, ZOHO_BASE_URL).origin;

export function ZohoSection({ zoho, stored, onChange }: Props) {
  const [connected, setConnected] = useState(false);
  const [reconnect, setReconnect] = useState(false);
  const [status, setStatus] = useState('');
  const [jobs, setJobs] = useState<ZohoJob[] | null>(null);
  const [granted, setGranted] = useState(true);
  // What is typed, kept as it is typed: Connect uses it even before the field's change event saved it.
  const [user, setUser] = useState(zoho.user);
  const [client, setClient] = useState(zoho.clientId);
  // Merged with what is stored, not with this render's props: a field saved a moment ago stays saved.
  const set = async (patch: Partial<ZohoSettings>) => onChange({ ...(await stored()), ...patch });

  const loadJobs = async () => {
    const r = await zohoJobs((await stored()).user);
    setJobs(r.jobs);
    if (r.error) setStatus(r.error);
  };
  useEffect(() => {
    void readToken().then((tok) => {
      setConnected(!!tok && tok.expiresAt > Date.now());
      if (tok && zoho.enabled) void loadJobs();
    });
    void zohoItem.getValue().then((z) => {
      setReconnect(!!z.error?.reconnect);
      setGranted(z.granted);
    });
  }, []);

  async function toggle(on: boolean) {
    if (on) {
      // The People host of the chosen data centre, asked for now (optional_host_permissions).
      const granted = await browser.permissions.request({ origins: [zohoHosts(zoho.dc, ZOHO_BASE_URL).origin] }).catch(() => false);
      if (!granted) return setStatus(t('zohoDeclined'));
    }
    await set({ enabled: on });
  }
  /** Another data centre: its People host is asked for first (the old one is given back). */
  async function changeDc(dc: DataCentre) {
    const [from, to] = [originOf(zoho.dc), originOf(dc)];
    if (zoho.enabled && from !== to) {
      const granted = await browser.permissions.request({ origins: [to] }).catch(() => false);
      if (!granted) return setStatus(t('zohoDeclined'));
      void browser.permissions.remove({ origins: [from] }).catch(() => false);
    }
    // The sign-in belongs to the old data centre: revoked there, never sent to the new one.
    if (dc !== zoho.dc) await zohoDisconnect((await stored()).dc);
    await set({ dc });
  }
  async function connect() {
    setStatus(t('zohoConnecting'));
    await set({ user: user.trim(), clientId: client.trim() });
    const r = await sendZoho('zohoConnect');
    setConnected(r.ok);
    setReconnect(!r.ok && reconnect);
    setStatus(r.ok ? t('zohoConnected') : t('zohoConnectFailed', [r.error ?? '']));
    if (!r.ok) return;
    setGranted((await zohoItem.getValue()).granted);
    await loadJobs();
  }
  async function disconnect() {
    await zohoDisconnect((await stored()).dc);
    setConnected(false);
    setJobs(null);
  }

  return (
    <section aria-labelledby="zoho-h">
      <h2 id="zoho-h">Zoho People</h2>
      <label class="check">
        <input type="checkbox" role="switch" checked={zoho.enabled} onChange={(e) => void toggle(e.currentTarget.checked)} />
        <span>{t('zohoMirror')}</span>
      </label>
      <p class="hint">{t('zohoMirrorHint')}</p>
      <label class="field">
        <span>{t('zohoDc')}</span>
        <select value={zoho.dc} onChange={(e) => void changeDc(e.currentTarget.value as DataCentre)}>
          {DATA_CENTRES.map((dc) => <option value={dc}>{zohoHosts(dc).origin.replace(/^https:\/\/people\.|\/\*$/g, '')}</option>)}
        </select>
      </label>
      <label class="field">
        <span>{t('zohoUser')}</span>
        <input type="text" autocomplete="email" value={user} onInput={(e) => setUser(e.currentTarget.value)} onChange={(e) => void set({ user: e.currentTarget.value.trim() })} />
      </label>
      <label class="field">
        <span>{t('zohoBilling')}</span>
        <select value={zoho.billing} onChange={(e) => void set({ billing: e.currentTarget.value as ZohoSettings['billing'] })}>
          <option value="billable">{t('zohoBillable')}</option>
          <option value="non-billable">{t('zohoNonBillable')}</option>
        </select>
      </label>
      <label class="field">
        <span>{t('zohoClient')}</span>
        <input type="text" value={client} placeholder={ZOHO_CLIENT_ID || t('zohoClientNone')} onInput={(e) => setClient(e.currentTarget.value)} onChange={(e) => void set({ clientId: e.currentTarget.value.trim() })} />
      </label>
      <p class="hint">{t('zohoRedirect')} <code>{redirectUrl()}</code></p>
      <p class="hint">{t('zohoSessionHint')}</p>
      <div class="row start">
        <button type="button" class="primary" onClick={() => void connect()}>{t(reconnect ? 'zohoReconnectBtn' : 'zohoConnect')}</button>
        {connected && <button type="button" onClick={() => void disconnect()}>{t('zohoDisconnect')}</button>}
      </div>
      <p class="hint" role="status">{status}</p>
      {connected && !granted && <p class="hint" role="alert">{t('zohoSessionMissing')}</p>}
      {connected && (
        <label class="field">
          <span>{t('zohoJob')}</span>
          <select
            value={zoho.jobId} disabled={!jobs}
            onChange={(e) => {
              const job = jobs?.find((j) => j.id === e.currentTarget.value);
              void set({ jobId: job?.id ?? '', jobName: job?.name ?? '' });
            }}
          >
            <option value="">{jobs ? t('zohoJobNone') : t('taskLoading')}</option>
            {[...new Set((jobs ?? []).map((j) => j.project))].map((project) => (
              <optgroup label={project || '—'}>
                {jobs!.filter((j) => j.project === project).map((j) => <option value={j.id}>{j.name}</option>)}
              </optgroup>
            ))}
          </select>
        </label>
      )}
    </section>
  );
}
