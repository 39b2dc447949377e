// Guard the focus: sites blocked while a focus runs (our page, which needs access to each site, or
// the browser's own block, which needs none), and pausing when the user walks away.
import { browser } from 'wxt/browser';
import { siteOrigins } from '../blocking';
import type { AwaySettings, BlockMode, BlockSettings } from '../settings';
import { t } from '../../../browser/i18n';
import { SiteList } from './SiteList';

interface Props {
  block: BlockSettings;
  away: AwaySettings;
  onBlock(b: BlockSettings): void;
  onAway(a: AwaySettings): void;
  /** The block list as stored (app/block-sites.ts), and the Zoho hosts it may not cover. */
  sites(): Promise<string[]>;
  zohoAccounts: readonly string[];
}

/** The page asks for access to every listed site; the browser's block gives it all back. */
async function switchAccess(mode: BlockMode, readSites: () => Promise<string[]>): Promise<void> {
  const origins = (await readSites()).flatMap(siteOrigins);
  if (!origins.length) return;
  await (mode === 'page' ? browser.permissions.request({ origins }) : browser.permissions.remove({ origins })).catch(() => false);
}

export function GuardSection({ block, away, onBlock, onAway, sites, zohoAccounts }: Props) {
  const setMode = (mode: BlockMode) => {
    onBlock({ ...block, mode });
    void switchAccess(mode, sites);
  };
  return (
    <>
      <section aria-labelledby="block-h">
        <h2 id="block-h">{t('optBlock')}</h2>
        <label class="check">
          <input type="checkbox" role="switch" checked={block.enabled} onChange={(e) => onBlock({ ...block, enabled: e.currentTarget.checked })} />
          <span>{t('optBlockSwitch')}</span>
        </label>
        <fieldset class="modes">
          <legend>{t('optBlockMode')}</legend>
          {(['page', 'block'] as const).map((m) => (
            <label class="check" key={m}>
              <input type="radio" name="block-mode" checked={block.mode === m} onChange={() => setMode(m)} />
              <span>{t(m === 'page' ? 'optBlockModePage' : 'optBlockModeBlock')}</span>
            </label>
          ))}
        </fieldset>
        <p class="hint">{t('optBlockHint')}</p>
        <SiteList mode={block.mode} read={sites} zohoAccounts={zohoAccounts} />
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
