// The popup's Zoho People part (its own chunk, after the first paint), composed here because it
// joins two features: the mirror's line (features/zoho/ui/ZohoLine.tsx) and, while no focus runs,
// one line when today's focus and Zoho's logs disagree, opening the statistics page where each
// gap can be logged or ignored (issue #21).
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Site } from '../../features/focus/index';
import { reconcileOn } from '../../features/zoho/jobs';
import type { ZohoSettings } from '../../features/zoho/state';
import { ZohoLine } from '../../features/zoho/ui/ZohoLine';
import { t } from '../../browser/i18n';
import { todayGaps } from './today-gaps';

interface Props {
  settings: ZohoSettings;
  site: Site | null;
  /** No focus runs and TickTick has every change made here: only then are both sides final. */
  idle: boolean;
  /** Changes with TickTick's session state: the line counts again once an end has settled. */
  at: string;
}

function TodayOff({ settings, site }: { settings: ZohoSettings; site: Site }) {
  const [gaps, setGaps] = useState(0);
  useEffect(() => void todayGaps(site, settings).then(setGaps, () => undefined), [site]);
  if (!gaps) return null;
  const open = () => void browser.tabs.create({ url: browser.runtime.getURL('/stats.html') });
  return (
    <p class="zoho-off" role="status">
      {t('zohoOffToday', [String(gaps)])} <button type="button" class="link" onClick={open}>{t('zohoOffReview')}</button>
    </p>
  );
}

export function ZohoPart({ settings, site, idle, at }: Props) {
  const ready = !!site && idle && reconcileOn(settings);
  return (
    <>
      <ZohoLine settings={settings} />
      {ready && <TodayOff key={at} settings={settings} site={site} />}
    </>
  );
}
