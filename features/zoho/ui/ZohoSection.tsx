// Mirror focus time to Zoho People: switch (asks for the People host), data centre (asks for its
// host), user, billing, own OAuth client, Connect (with what is typed at the click), Disconnect
// (revokes the token at Zoho), whether Zoho may renew access for the session, the job picker and
// the jobs per TickTick list.
import { useEffect, useState } from 'preact/hooks';
import type { DataCentre } from '../hosts';
import type { ZohoSettings } from '../state';
import { zohoDisconnect } from '../revoke';
import { t } from '../../../browser/i18n';
import { askHost, moveHost } from './host-permission';
import { jobMappings } from '../jobs';
import { JobPicker } from './JobPicker';
import { JobsPerList, type TickList } from './JobsPerList';
import { useZohoAccount } from './use-zoho-account';
import { ZohoFields } from './ZohoFields';

interface Props {
  zoho: ZohoSettings;
  /** What is stored now (this render's `zoho` may be a save behind). */
  stored(): Promise<ZohoSettings>;
  onChange(zoho: ZohoSettings): void | Promise<void>;
  /** The TickTick lists for the jobs per list (the app reads them: app/options/ticktick-lists.ts). */
  lists?(): Promise<TickList[]>;
}

export function ZohoSection({ zoho, stored, onChange, lists }: Props) {
  const account = useZohoAccount(zoho.enabled, stored);
  const { connected, reconnect, status, setStatus, jobs, granted } = account;
  // What is typed, kept as it is typed: Connect uses it even before the field's change event saved it.
  const [user, setUser] = useState(zoho.user);
  const [client, setClient] = useState(zoho.clientId);
  const [tickLists, setTickLists] = useState<TickList[] | null>(null);
  // Read once connected (a TickTick read, beside Zoho's jobs); a failed read offers no lists.
  useEffect(() => void (connected && lists && !tickLists && lists().then(setTickLists, () => setTickLists([]))), [connected]);
  // Merged with what is stored, not with this render's props: a field saved a moment ago stays saved.
  const set = async (patch: Partial<ZohoSettings>) => onChange({ ...(await stored()), ...patch });

  async function toggle(on: boolean) {
    // The People host of the chosen data centre, asked for now (optional_host_permissions).
    if (on && !(await askHost(zoho.dc))) return setStatus(t('zohoDeclined'));
    await set({ enabled: on });
  }
  /** Another data centre: its People host is asked for first (the old one is given back). */
  async function changeDc(dc: DataCentre) {
    if (zoho.enabled && !(await moveHost(zoho.dc, dc))) return setStatus(t('zohoDeclined'));
    // The sign-in belongs to the old data centre: revoked there, never sent to the new one.
    if (dc !== zoho.dc) await zohoDisconnect((await stored()).dc);
    await set({ dc });
  }

  return (
    <section aria-labelledby="zoho-h">
      <h2 id="zoho-h">Zoho People</h2>
      <label class="check">
        <input type="checkbox" role="switch" checked={zoho.enabled} onChange={(e) => void toggle(e.currentTarget.checked)} />
        <span>{t('zohoMirror')}</span>
      </label>
      <p class="hint">{t('zohoMirrorHint')}</p>
      {/* Off, the mirror's fields are not shown: nothing to fill in for a feature not in use. */}
      {zoho.enabled && <>
        <ZohoFields zoho={zoho} user={user} client={client} onUser={setUser} onClient={setClient} set={(patch) => void set(patch)} onDc={(dc) => void changeDc(dc)} />
        <div class="row start">
          {/* The page's main action only while there is something to connect (or reconnect). */}
          <button type="button" class={!connected || reconnect ? 'primary' : ''} onClick={() => void account.connect(() => set({ user: user.trim(), clientId: client.trim() }))}>
            {t(reconnect ? 'zohoReconnectBtn' : 'zohoConnect')}
          </button>
          {connected && <button type="button" onClick={() => void account.disconnect()}>{t('zohoDisconnect')}</button>}
        </div>
      </>}
      <p class="hint" role="status">{status}</p>
      {connected && !granted && <p class="hint" role="alert">{t('zohoSessionMissing')}</p>}
      {connected && <JobPicker jobId={zoho.jobId} jobs={jobs} onPick={(job) => void set({ jobId: job?.id ?? '', jobName: job?.name ?? '' })} />}
      {connected && lists && <JobsPerList lists={tickLists} jobs={jobs} mappings={jobMappings(zoho.jobs)} onChange={(change) => void stored().then((s) => set({ jobs: change(jobMappings(s.jobs)) }))} />}
    </section>
  );
}
