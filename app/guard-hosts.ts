// Hosts of other features that the guard may never block (features/guard/sites.ts `hurts`), for
// the worker's rules and the options page's list; the blocked page needs none of them.
import { DATA_CENTRES, zohoHosts } from '../features/zoho/hosts';

/** The Zoho People mirror renews its token on the accounts server of each data centre (docs/zoho-people.md §6). */
export const zohoAccounts = (): string[] => DATA_CENTRES.map((dc) => new URL(zohoHosts(dc).auth).hostname);
