import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { deriveView } from '../core/focus/focus-view';
import { clampMinutes } from '../core/focus/plan';
import { effective } from '../core/state';
import { Controls } from './Controls';
import { t } from './i18n';
import { StatusBanner } from './StatusBanner';
import { startPopup, usePopup } from './store';
import { Timer } from './Timer';

const hm = (min: number) => (min >= 60 ? `${Math.floor(min / 60)}h ${min % 60}m` : `${min}m`);

export function App() {
  const { app, extras, now, busy, act, retry, discard } = usePopup();
  const [minutes, setMinutes] = useState<number | null>(null);
  useEffect(startPopup, []);
  if (!app) return <main class="popup" aria-busy="true" />;

  const view = deriveView(effective(app), now);
  const chosen = clampMinutes(minutes ?? extras.prefs.pomoDuration, extras.prefs.pomoDuration);
  return (
    <main class="popup">
      <StatusBanner app={app} retry={retry} discard={discard} />
      <Timer view={view} idleMinutes={chosen} />
      <Controls view={view} minutes={chosen} busy={busy} onMinutes={setMinutes} act={(a) => void act(a)} />
      <footer>
        <span>{extras.stats ? t('today', [String(extras.stats.todayPomoCount), hm(extras.stats.todayPomoDuration)]) : ''}</span>
        <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>{t('options')}</button>
      </footer>
    </main>
  );
}
