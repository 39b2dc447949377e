// The options page's account row: which TickTick site holds the session and whose it is, live
// from the worker's state; the name comes from one `/user/profile` read by this page
// (docs/ticktick-protocol.md §10), never stored.
import { useEffect, useState } from 'preact/hooks';
import { stateItem } from '../items';
import { pageGet } from '../reads';
import { isSignedOut, type AppState } from '../state';
import { endpoints, type Site } from '../ticktick/hosts';
import { BASE_URL } from '../../../browser/env';
import { t } from '../../../browser/i18n';
import { watchItem } from '../../../browser/storage';
import { isObj } from '../../../kernel/json';

const DOMAIN: Record<Site, string> = { ticktick: 'ticktick.com', dida365: 'dida365.com' };

/** The first non-empty of the names TickTick's profile may carry; '' when none is usable. */
export function profileName(body: unknown): string {
  if (!isObj(body)) return '';
  for (const k of ['displayName', 'name', 'username']) {
    const v = body[k];
    if (typeof v === 'string' && v.trim()) return v.trim().slice(0, 80);
  }
  return '';
}

function useAppState(): AppState | null {
  const [app, setApp] = useState<AppState | null>(null);
  useEffect(() => {
    const unwatch = watchItem(stateItem, setApp); // watch, then read: no write is missed between
    void stateItem.getValue().then(setApp);
    return unwatch;
  }, []);
  return app;
}

export function AccountRow() {
  const app = useAppState();
  const site = app?.site ?? null;
  const signedIn = !!app && !!site && !isSignedOut(app);
  const [name, setName] = useState('');
  useEffect(() => {
    setName('');
    if (signedIn && site) void pageGet(site, endpoints(site, BASE_URL).profile).then((b) => setName(profileName(b)));
  }, [signedIn, site]);
  if (!app) return <p class="hint left" role="status" />;
  if (!signedIn) {
    return (
      <p class="hint left" role="status">
        {t('accountSignedOut')} <a href={endpoints(site ?? 'ticktick', BASE_URL).signIn} target="_blank" rel="noreferrer">{t('btnSignIn')}</a>
      </p>
    );
  }
  return (
    <p class="hint left" role="status">
      {name ? t('accountAs', [DOMAIN[site!]]) : t('accountAt', [DOMAIN[site!]])}
      {name && <strong translate={false}>{name}</strong>}
    </p>
  );
}
