// How the extension tells you: notifications, the end sound and its volume, the badge, and the
// shortcuts in force (changed in the browser's own shortcut page).
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { FocusSettings } from '../../focus/index';
import { SOUNDS, type AlertSettings, type SoundName } from '../settings';
import { sendAlerts } from '../messages';
import { t } from '../../../browser/i18n';

/** What the section shows and changes: the alerts' part of the settings, and the badge text. */
type Shown = AlertSettings & Pick<FocusSettings, 'badge'>;
type Patch = (p: Partial<Shown>) => void;

/** Firefox opens its own shortcut page (commands.openShortcutSettings); Chrome's is a URL. */
function openShortcuts(): void {
  const open = (browser.commands as unknown as { openShortcutSettings?: () => Promise<void> } | undefined)?.openShortcutSettings;
  if (open) void open();
  else void browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
}

/** `settings` and `onChange` (the save) come from the page that composes it (app/options/Options.tsx). */
export function AlertSection({ settings, onChange }: { settings: Shown; onChange: Patch }) {
  const [blocked, setBlocked] = useState(false);
  const [commands, setCommands] = useState<{ name?: string; description?: string; shortcut?: string }[]>([]);
  const [tested, setTested] = useState(false);
  useEffect(() => {
    void browser.notifications.getPermissionLevel?.().then((l) => setBlocked(l === 'denied'));
    void browser.commands?.getAll().then(setCommands);
  }, []);
  const sound = settings.sound;
  return (
    <section aria-labelledby="alert-h">
      <h2 id="alert-h">{t('optAlerts')}</h2>
      <label class="check">
        <input type="checkbox" checked={settings.notify} onChange={(e) => onChange({ notify: e.currentTarget.checked })} />
        <span>{t('optNotify')}</span>
      </label>
      {blocked && <p class="banner warn" role="alert">{t('optNotifyBlocked')}</p>}
      <label class="field">
        <span>{t('optSound')}</span>
        <select value={sound.name} onChange={(e) => onChange({ sound: { ...sound, name: e.currentTarget.value as SoundName } })}>
          {SOUNDS.map((s) => <option value={s}>{t(`sound_${s}`)}</option>)}
        </select>
      </label>
      <label class="field">
        <span>{t('optVolume')}</span>
        <input type="range" min={0} max={100} step={5} value={Math.round(sound.volume * 100)} disabled={sound.name === 'off'}
          onChange={(e) => onChange({ sound: { ...sound, volume: Number(e.currentTarget.value) / 100 } })} />
      </label>
      <div class="row start">
        <button type="button" onClick={() => void sendAlerts('testAlert').then(() => setTested(true))}>{t('optTest')}</button>
      </div>
      <p class="hint" role="status">{tested ? t('optTested') : ''}</p>
      <label class="field">
        <span>{t('optBadge')}</span>
        <select value={settings.badge} onChange={(e) => onChange({ badge: e.currentTarget.value as Shown['badge'] })}>
          <option value="minutes">{t('optBadgeMinutes')}</option>
          <option value="off">{t('optBadgeOff')}</option>
        </select>
      </label>
      <h3>{t('optShortcutsTitle')}</h3>
      <ul class="shortcuts">
        {commands.map((c) => (
          <li key={c.name}><kbd>{c.shortcut || t('optShortcutNone')}</kbd> {c.description || t('optShortcutPopup')}</li>
        ))}
      </ul>
      <p class="hint">
        {t('optShortcuts')}{' '}
        <button type="button" class="link" onClick={openShortcuts}>{t('optShortcutsChange')}</button>
      </p>
    </section>
  );
}
