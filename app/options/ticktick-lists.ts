// The TickTick lists the options page offers for the Zoho People jobs per list: the statistics
// page's list index (features/stats/lists.ts, refreshed from the account snapshot when older than
// 30 minutes, features/stats/reads.ts), the Inbox first, under the account the worker syncs.
import { stateItem, type Site } from '../../features/focus/index';
import { listsItem } from '../../features/stats/lists';
import { freshLists } from '../../features/stats/reads';
import type { TickList } from '../../features/zoho/ui/JobsPerList';
import { t } from '../../browser/i18n';
import { readSettings } from '../settings';

/** The account the worker syncs, else the site chosen in the options (as entrypoints/stats/main.tsx). */
async function site(): Promise<Site> {
  const [app, settings] = await Promise.all([stateItem.getValue(), readSettings()]);
  return app.site ?? (settings.site === 'auto' ? 'ticktick' : settings.site);
}

export async function ticktickLists(): Promise<TickList[]> {
  const index = await freshLists(await site(), await listsItem.getValue()).catch(() => listsItem.getValue());
  const named = Object.entries(index.lists).filter(([id, name]) => id !== index.inbox && name).map(([id, name]) => ({ id, name }));
  return [...(index.inbox ? [{ id: index.inbox, name: t('inbox') }] : []), ...named];
}
