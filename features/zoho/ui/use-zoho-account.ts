// The options page's Zoho People account: connected or not, whether a new sign-in is needed,
// whether Zoho may renew access for the session, the user's jobs, and what the last step said.
// Connect and Disconnect go through the worker (the sign-in window outlives a page) and revoke.ts.
import { useEffect, useState } from 'preact/hooks';
import { readToken } from '../auth';
import { zohoItem } from '../item';
import { sendZoho } from '../messages';
import type { ZohoJob } from '../parse';
import { zohoJobs } from '../pages';
import { zohoDisconnect } from '../revoke';
import type { ZohoSettings } from '../state';
import { t } from '../../../browser/i18n';

/** `enabled`: the mirror is on (its jobs are read at once); `stored`: the settings as stored now. */
export function useZohoAccount(enabled: boolean, stored: () => Promise<ZohoSettings>) {
  const [connected, setConnected] = useState(false);
  const [reconnect, setReconnect] = useState(false);
  const [status, setStatus] = useState('');
  const [jobs, setJobs] = useState<ZohoJob[] | null>(null);
  const [granted, setGranted] = useState(true);

  const loadJobs = async () => {
    const r = await zohoJobs((await stored()).user);
    setJobs(r.jobs);
    if (r.error) setStatus(r.error);
  };
  useEffect(() => {
    void readToken().then((tok) => {
      setConnected(!!tok && tok.expiresAt > Date.now());
      if (tok && enabled) void loadJobs();
    });
    void zohoItem.getValue().then((z) => {
      setReconnect(!!z.error?.reconnect);
      setGranted(z.granted);
    });
  }, []);

  /** Signs in, after `save` stored what is typed. */
  async function connect(save: () => Promise<void>) {
    setStatus(t('zohoConnecting'));
    await save();
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
  return { connected, reconnect, status, setStatus, jobs, granted, connect, disconnect };
}
