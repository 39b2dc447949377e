// TickTick's hosts are withheld (site access "on click", or removed): the extension can neither
// read the session nor call TickTick, so this says so, with "Grant access", instead of "signed out".
import { browser } from 'wxt/browser';
import type { Site } from '../ticktick/hosts';
import { sendFocus } from '../messages';
import { t } from '../../../browser/i18n';

export function AccessBanner({ site, origins }: { site: Site | null; origins: string[] }) {
  const grant = async () => {
    // Refused or dismissed: the banner stays. Granted: sync now rather than at the next poll.
    if (await browser.permissions.request({ origins }).catch(() => false)) await sendFocus('sync');
  };
  return (
    <div class="banner warn" role="alert">
      <p>{t('accessTickTick', [site === 'dida365' ? 'dida365.com' : 'ticktick.com'])}</p>
      <button type="button" class="primary" onClick={() => void grant()}>{t('btnGrantAccess')}</button>
    </div>
  );
}
