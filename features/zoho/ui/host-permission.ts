// The People host of a data centre, asked for when the mirror is turned on or moved to another
// data centre (optional_host_permissions, wxt.config.ts): the extension holds only the one in use.
import { browser } from 'wxt/browser';
import { ZOHO_BASE_URL } from '../../../browser/env';
import { zohoHosts, type DataCentre } from '../hosts';

const originOf = (dc: DataCentre) => zohoHosts(dc, ZOHO_BASE_URL).origin;

/** Asks for `dc`'s People host; whether it was granted. */
export const askHost = (dc: DataCentre): Promise<boolean> => browser.permissions.request({ origins: [originOf(dc)] }).catch(() => false);

/** From `from` to `to` while the mirror is on: the new host is asked for first, the old one given back. Whether it was granted. */
export async function moveHost(from: DataCentre, to: DataCentre): Promise<boolean> {
  if (originOf(from) === originOf(to)) return true;
  if (!(await askHost(to))) return false;
  void browser.permissions.remove({ origins: [originOf(from)] }).catch(() => false);
  return true;
}
