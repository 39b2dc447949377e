// Guard the focus: sites blocked while a focus runs (each asks for access to that site), and
// pausing when the user walks away.
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { AwaySettings } from '../../core/guard/away';
import { normalizeSite, siteOrigins, type BlockSettings } from '../../core/guard/blocking';
import { t } from '../i18n';

interface Props {
  block: BlockSettings;
  away: AwaySettings;
  onBlock(b: BlockSettings): void;
  onAway(a: AwaySettings): void;
}

export function GuardSection({ block, away, onBlock, onAway }: Props) {
  const [input, setInput] = useState('');
  const [status, setStatus] = useState('');
  async function add(e: Event) {
    e.preventDefault();
    const site = normalizeSite(input);
    if (!site) return setStatus(t('optBlockInvalid', [input]));
    // A redirect to our page needs access to the site itself; asked for here, site by site.
    const granted = await browser.permissions.request({ origins: siteOrigins(site) }).catch(() => false);
    if (!granted) return setStatus(t('optBlockDeclined', [site]));
    onBlock({ ...block, sites: [...new Set([...block.sites, site])] });
    setInput('');
    setStatus('');
  }
  const remove = (site: string) => {
    onBlock({ ...block, sites: block.sites.filter((s) => s !== site) });
    void browser.permissions.remove({ origins: siteOrigins(site) }).catch(() => undefined);
  };
  return (
    <>
      <section aria-labelledby="block-h">
        <h2 id="block-h">{t('optBlock')}</h2>
        <label class="check">
          <input type="checkbox" role="switch" checked={block.enabled} onChange={(e) => onBlock({ ...block, enabled: e.currentTarget.checked })} />
          <span>{t('optBlockSwitch')}</span>
        </label>
        <p class="hint">{t('optBlockHint')}</p>
        <ul class="sites" aria-label={t('optBlock')}>
          {block.sites.map((site) => (
            <li key={site}>
              <span>{site}</span>
              <button type="button" class="link" aria-label={t('optBlockRemove', [site])} onClick={() => remove(site)}>×</button>
            </li>
          ))}
        </ul>
        <form class="row start" onSubmit={(e) => void add(e)}>
          <input type="text" value={input} placeholder="youtube.com" aria-label={t('optBlockSite')} onInput={(e) => setInput(e.currentTarget.value)} />
          <button type="submit">{t('optBlockAdd')}</button>
        </form>
        <p class="hint" role="status">{status}</p>
      </section>
      <section aria-labelledby="away-h">
        <h2 id="away-h">{t('optAway')}</h2>
        <label class="check">
          <input type="checkbox" checked={away.pauseOnLock} onChange={(e) => onAway({ ...away, pauseOnLock: e.currentTarget.checked })} />
          <span>{t('optAwayLock')}</span>
        </label>
        <label class="field">
          <span>{t('optAwayIdle')}</span>
          <input type="number" min={0} max={120} value={away.idleMinutes} onChange={(e) => onAway({ ...away, idleMinutes: Math.max(0, Math.min(120, Math.round(Number(e.currentTarget.value) || 0))) })} />
        </label>
        <p class="hint">{t('optAwayHint')}</p>
      </section>
    </>
  );
}
