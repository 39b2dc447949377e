// The block list on the options page: add (checked, a refusal says why), remove, and "Grant
// access" for a site the redirect cannot reach. The list is its own storage item; what the page
// shows is what was saved, and a save that failed says so.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { siteOrigins } from '../blocking';
import type { BlockMode } from '../settings';
import { checkSite, MAX_SITES, type SiteCheck } from '../sites';
import { sitesItem } from '../site-store';
import { watchItem } from '../../../browser/storage';
import { t } from '../../../browser/i18n';
import { isPublicSuffix } from './public-suffix';

const REFUSED = {
  invalid: 'optBlockInvalid', ticktick: 'optBlockTickTick', zoho: 'optBlockZoho', suffix: 'optBlockSuffix',
  full: 'optBlockFull', listed: 'optBlockListed', covered: 'optBlockCovered',
} as const;

const refusal = (c: Extract<SiteCheck, { ok: false }>) => t(REFUSED[c.why], [c.site, c.why === 'full' ? String(MAX_SITES) : c.by ?? '']);
const ask = (sites: string[]) => browser.permissions.request({ origins: sites.flatMap(siteOrigins) }).catch(() => false);
const reachable = (site: string) => browser.permissions.contains({ origins: siteOrigins(site) }).catch(() => true);

interface Props {
  mode: BlockMode;
  /** The list as stored (app/block-sites.ts: the settings' copy until it moved). */
  read(): Promise<string[]>;
  zohoAccounts: readonly string[];
}

/** Whether our page can reach each listed site: granted here, or taken away in the browser's site-access menu. */
function useAccess(sites: string[] | null): Record<string, boolean> {
  const [access, setAccess] = useState<Record<string, boolean>>({});
  useEffect(() => {
    if (!sites) return undefined;
    const check = () => void Promise.all(sites.map(reachable)).then((ok) => setAccess(Object.fromEntries(sites.map((s, i) => [s, ok[i]!]))));
    check();
    browser.permissions.onAdded.addListener(check);
    browser.permissions.onRemoved.addListener(check);
    return () => {
      browser.permissions.onAdded.removeListener(check);
      browser.permissions.onRemoved.removeListener(check);
    };
  }, [sites]);
  return access;
}

export function SiteList({ mode, read, zohoAccounts }: Props) {
  const [sites, setSites] = useState<string[] | null>(null);
  const access = useAccess(sites);
  const [input, setInput] = useState('');
  const [status, setStatus] = useState('');
  useEffect(() => {
    void read().then(setSites);
    return watchItem(sitesItem, setSites);
  }, []);
  if (!sites) return null;

  /** Shown only once stored: a failed save (sync quota, write limits) leaves the list as it was. */
  async function save(next: string[], done: string): Promise<boolean> {
    try {
      await sitesItem.setValue(next);
    } catch (e) {
      setStatus(/quota/i.test(String(e)) ? t('optBlockQuota') : t('optBlockSaveFailed', [e instanceof Error ? e.message : String(e)]));
      return false;
    }
    setSites(next);
    setStatus(done);
    return true;
  }
  async function add(e: Event) {
    e.preventDefault();
    const c = checkSite(input, sites!, isPublicSuffix, zohoAccounts);
    if (!c.ok) return setStatus(refusal(c));
    // Our page needs access to the site, asked for here (the click allows the prompt). Declined,
    // the site is still blocked: by the browser's own page until access is granted.
    const reach = mode === 'block' || (await ask([c.site]));
    const said = [t(c.widened ? 'optBlockWidened' : 'optBlockAdded', [c.site]), reach ? '' : t('optBlockNoAccess', [c.site])];
    if (await save(c.list, said.filter(Boolean).join(' '))) setInput('');
  }
  async function remove(site: string) {
    if (await save(sites!.filter((s) => s !== site), t('optBlockRemoved', [site]))) {
      await browser.permissions.remove({ origins: siteOrigins(site) }).catch(() => undefined);
    }
  }
  return (
    <>
      <ul class="sites" aria-label={t('optBlock')}>
        {sites.map((site) => (
          <li key={site}>
            <span>{site}</span>
            {mode === 'page' && access[site] === false && (
              <button type="button" class="link" aria-label={t('optBlockGrant', [site])} onClick={() => void ask([site])}>{t('btnGrantAccess')}</button>
            )}
            <button type="button" class="link" aria-label={t('optBlockRemove', [site])} onClick={() => void remove(site)}>×</button>
          </li>
        ))}
      </ul>
      <form class="row start" onSubmit={(e) => void add(e)}>
        <input type="text" value={input} placeholder="youtube.com" aria-label={t('optBlockSite')} onInput={(e) => setInput(e.currentTarget.value)} />
        <button type="submit">{t('optBlockAdd')}</button>
      </form>
      <p class="hint" role="status">{status}</p>
    </>
  );
}
