// What the welcome page follows live: the TickTick or Dida365 sign-in (the session cookie's
// presence, cookies.onChanged), whether the icon is pinned, the shortcuts in force, the focus.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { BASE_URL } from '../../browser/env';
import { cookiePort } from '../../browser/cookies';
import { watchItem } from '../../browser/storage';
import { deriveView, effective, endpoints, serverNow, SITES, stateItem, type Phase, type Site } from '../../features/focus/index';

/** The site with a session cookie, null when none has one; undefined until known. */
export function useSignedIn(): Site | null | undefined {
  const [site, setSite] = useState<Site | null | undefined>(undefined);
  useEffect(() => {
    const check = async () => {
      for (const s of SITES) if (await cookiePort.exists(endpoints(s, BASE_URL).cookieUrl, 't')) return setSite(s);
      setSite(null);
    };
    const changed = ({ cookie }: { cookie: { name: string } }) => void (cookie.name === 't' && check());
    void check();
    browser.cookies.onChanged.addListener(changed);
    return () => browser.cookies.onChanged.removeListener(changed);
  }, []);
  return site;
}

interface UserSettings { isOnToolbar?: boolean }
type ActionApi = { getUserSettings?: () => Promise<UserSettings>; onUserSettingsChanged?: { addListener(cb: (s: UserSettings) => void): void } };

/** Chrome's `action.getUserSettings().isOnToolbar`; null where the browser cannot tell. */
export function usePinned(): boolean | null {
  const [pinned, setPinned] = useState<boolean | null>(null);
  useEffect(() => {
    const b = browser as unknown as { action?: ActionApi; browserAction?: ActionApi };
    const action = b.action ?? b.browserAction;
    const take = (s: UserSettings) => setPinned(typeof s.isOnToolbar === 'boolean' ? s.isOnToolbar : null);
    void action?.getUserSettings?.().then(take, () => undefined);
    action?.onUserSettingsChanged?.addListener(take); // Chrome 130
  }, []);
  return pinned;
}

export interface Shortcut { name?: string; description?: string; shortcut?: string }

export function useShortcuts(): Shortcut[] {
  const [list, setList] = useState<Shortcut[]>([]);
  useEffect(() => void browser.commands?.getAll().then(setList, () => undefined), []);
  return list;
}

/** The focus phase as the worker's state says (null until read). */
export function usePhase(): Phase | null {
  const [phase, setPhase] = useState<Phase | null>(null);
  useEffect(() => {
    const take = (s: Parameters<typeof effective>[0]) => setPhase(deriveView(effective(s), serverNow(s, Date.now())).phase);
    const unwatch = watchItem(stateItem, take); // watched first: a write during the read is not lost
    void stateItem.getValue().then(take);
    return unwatch;
  }, []);
  return phase;
}
