// The options page: which account (TickTick or Dida365), notifications, the rhythm overrides,
// guarding the focus, Zoho People.
import { useEffect, useState } from 'preact/hooks';
import { effectivePrefs } from '../../features/focus/rhythm';
import type { Settings } from '../settings';
import type { PomoPrefs } from '../../features/focus/ticktick/types';
import { readSettings, settingsItem } from '../settings';
import { readSites } from '../block-sites';
import { zohoAccounts } from '../guard-hosts';
import { extrasItem } from '../../features/focus/items';
import { t } from '../../browser/i18n';
import { AccountRow } from '../../features/focus/ui/AccountRow';
import { RhythmSection } from '../../features/focus/ui/RhythmSection';
import { SavedTip, useSavedTip } from './SavedTip';
import { ZohoSection } from '../../features/zoho/ui/ZohoSection';
import { GuardSection } from '../../features/guard/ui/GuardSection';
import { AlertSection } from '../../features/alerts/ui/AlertSection';
import { EndSection } from '../../features/alerts/ui/EndSection';
import { AmbientSection } from '../../features/ambient/ui/AmbientSection';
import { CheckSection } from '../../features/check/ui/CheckSection';
import { runConnectionCheck } from '../check';
import { PanelField } from '../sidepanel/PanelField';
import { ticktickLists } from './ticktick-lists';

export function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [remote, setRemote] = useState<PomoPrefs>(effectivePrefs({}));
  const [saved, show] = useSavedTip();
  useEffect(() => {
    void readSettings().then(setSettings);
    void extrasItem.getValue().then((e) => setRemote(effectivePrefs(e.prefs)));
  }, []);
  // The page renders once the settings are read: a link to a section (#zoho-h, #check) is followed then.
  useEffect(() => void (settings && location.hash && document.getElementById(location.hash.slice(1))?.scrollIntoView()), [!!settings]);
  if (!settings) return null;

  const update = async (patch: Partial<Settings>) => {
    // Read what is stored: a section may save after an await, over another section's change.
    const next = { ...(await readSettings()), ...patch };
    // Shown as saved only once stored: a refused write (sync quota, write limits) says so.
    if (!(await settingsItem.setValue(next).then(() => true, () => false))) return show('notSaved');
    setSettings(next);
    show('saved');
  };
  return (
    <main class="options">
      <h1>{t('optTitle')}</h1>
      <section aria-labelledby="general-h">
        <h2 id="general-h">{t('optGeneral')}</h2>
        <label class="field">
          <span>{t('optSite')}</span>
          <select value={settings.site} onChange={(e) => void update({ site: e.currentTarget.value as Settings['site'] })}>
            <option value="auto">{t('optSiteAuto')}</option>
            <option value="ticktick">{t('optSiteTicktick')}</option>
            <option value="dida365">{t('optSiteDida')}</option>
          </select>
        </label>
        <AccountRow />
        <PanelField on={settings.sidePanelOnAction} onChange={(sidePanelOnAction) => void update({ sidePanelOnAction })} />
      </section>
      <CheckSection check={runConnectionCheck} />
      <AlertSection settings={settings} onChange={(patch) => void update(patch)} />
      <EndSection end={settings.end} onChange={(end) => void update({ end })} />
      <AmbientSection ambient={settings.ambient} onChange={(ambient) => void update({ ambient })} />
      <RhythmSection remote={remote} rhythm={settings.rhythm} onChange={(rhythm) => void update({ rhythm })} />
      <GuardSection block={settings.block} away={settings.away} onBlock={(block) => void update({ block })} onAway={(away) => void update({ away })}
        sites={readSites} zohoAccounts={zohoAccounts()} />
      <ZohoSection zoho={settings.zoho} stored={async () => (await readSettings()).zoho} onChange={(zoho) => update({ zoho })} lists={ticktickLists} />
      <SavedTip tip={saved} />
      <p class="opt-links">
        <a href="/privacy.html" target="_blank" rel="noreferrer">{t('privTitle')}</a>
        <a href="/welcome.html" target="_blank" rel="noreferrer">{t('welTitle')}</a>
      </p>
    </main>
  );
}
