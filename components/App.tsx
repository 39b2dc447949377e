import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { deriveView } from '../core/focus/focus-view';
import { clampMinutes, type TaskRef } from '../core/focus/plan';
import { effective } from '../core/state';
import { Controls } from './Controls';
import { t } from './i18n';
import { NoteField } from './NoteField';
import { StatusBanner } from './StatusBanner';
import { dismissProblems, popup, startPopup, usePopup } from './store';
import { TaskLine } from './TaskLine';
import { Timer } from './Timer';
import { useLazy } from './use-lazy';

const loadZohoLine = () => import('./ZohoLine').then((m) => m.ZohoLine);

const hm = (min: number) => (min >= 60 ? `${Math.floor(min / 60)}h ${min % 60}m` : `${min}m`);

export function App() {
  const { app, extras, prefs, zoho, now, busy, pick, draft, problems, act, typeNote, retry, discard } = usePopup();
  const [minutes, setMinutes] = useState<number | null>(null);
  useEffect(startPopup, []);
  const ZohoLine = useLazy(loadZohoLine, zoho.enabled && !!app);
  if (!app) return <main class="popup" aria-busy="true" />;

  const rec = effective(app);
  const view = deriveView(rec, now);
  const chosen = clampMinutes(minutes ?? prefs.pomoDuration, prefs.pomoDuration);
  const choose = (task: TaskRef | null) => {
    if (view.phase === 'idle') popup.setState({ pick: task });
    else void act({ type: 'bind', task });
  };
  const start = { type: 'start' as const, minutes: chosen, task: pick };
  const stats = extras.stats;
  return (
    <main class="popup">
      <StatusBanner app={app} problems={problems} retry={retry} discard={discard} dismiss={dismissProblems} />
      <Timer view={view} idleMinutes={chosen} />
      <TaskLine view={view} site={app.site} pick={pick} busy={busy} choose={choose} />
      <Controls view={view} minutes={chosen} start={start} busy={busy} onMinutes={setMinutes} act={(a) => void act(a)} />
      <NoteField view={view} saved={rec?.note ?? ''} draft={draft} onType={typeNote} />
      {ZohoLine && zoho.enabled && <ZohoLine settings={zoho} />}
      <footer>
        <span>{stats ? t('today', [String(stats.todayPomoCount), String(prefs.pomoGoal), hm(stats.todayPomoDuration)]) : ''}</span>
        <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>{t('options')}</button>
      </footer>
    </main>
  );
}
