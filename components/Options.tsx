// Which account (TickTick or Dida365) to use, and notifications.
import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../core/state';
import { settingsItem } from '../platform/storage';
import { t } from './i18n';

export function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [saved, setSaved] = useState(false);
  useEffect(() => void settingsItem.getValue().then(setSettings), []);
  if (!settings) return null;

  const update = async (patch: Partial<Settings>) => {
    const next = { ...settings, ...patch };
    setSettings(next);
    await settingsItem.setValue(next);
    setSaved(true);
  };
  return (
    <main class="popup options">
      <h1>{t('optTitle')}</h1>
      <label>
        {t('optSite')}{' '}
        <select value={settings.site} onChange={(e) => void update({ site: e.currentTarget.value as Settings['site'] })}>
          <option value="auto">{t('optSiteAuto')}</option>
          <option value="ticktick">{t('optSiteTicktick')}</option>
          <option value="dida365">{t('optSiteDida')}</option>
        </select>
      </label>
      <label>
        <input type="checkbox" checked={settings.notify} onChange={(e) => void update({ notify: e.currentTarget.checked })} />{' '}
        {t('optNotify')}
      </label>
      <p class="hint">{t('optShortcuts')}</p>
      <p class="hint" role="status">{saved ? t('saved') : ''}</p>
    </main>
  );
}
