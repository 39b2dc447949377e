// Whether the user withheld TickTick's hosts after install (Chrome's site access "on click" or "on
// specific sites"): checked with permissions.contains when the popup opens and whenever access
// changes, so the popup says "grant access", never "signed out". The banner is its own chunk.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { hostPermissions, type Site } from '../ticktick/hosts';
import { BASE_URL } from '../../../browser/env';

/** The TickTick hosts the extension calls for `site` (all of them while the site is unknown). */
export const ticktickOrigins = (site: Site | null) =>
  hostPermissions(BASE_URL).filter((o) => !site || !!BASE_URL || o.includes(`.${site}.`));

export function useNoAccess(site: Site | null): boolean {
  const [missing, setMissing] = useState(false);
  useEffect(() => {
    const { permissions } = browser;
    // An API error counts as granted: there would be nothing to offer.
    const check = () => void permissions.contains({ origins: ticktickOrigins(site) }).then((ok) => setMissing(!ok), () => undefined);
    check();
    permissions.onAdded.addListener(check);
    permissions.onRemoved.addListener(check);
    return () => {
      permissions.onAdded.removeListener(check);
      permissions.onRemoved.removeListener(check);
    };
  }, [site]);
  return missing;
}
