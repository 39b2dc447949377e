import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { deriveView } from '../focus-view';
import { clampMinutes, type TaskRef } from '../plan';
import { effective, serverNow } from '../state';
import { Controls } from './Controls';
import { endDrops } from '../limits';
import { formatMinutes, t } from '../../../browser/i18n';
import { NoteField } from './NoteField';
import { StatusBanner } from './StatusBanner';
import { dismissProblems, popup, requestEnd, startPopup, undoEnd, usePopup } from './store';
import { TaskLine } from '../../tasks/ui/TaskLine';
import { Timer } from './Timer';
import { endpoints } from '../ticktick/hosts';
import { BASE_URL } from '../../../browser/env';
import { useLazy } from '../../../ui/use-lazy';
import { ticktickOrigins, useNoAccess } from './use-access';

const loadZohoLine = () => import('../../zoho/ui/ZohoLine').then((m) => m.ZohoLine);
const loadAccessBanner = () => import('./AccessBanner').then((m) => m.AccessBanner);

export function App() {
  const { app, extras, prefs, zoho, now, busy, pick, draft, problems, pendingEnd, mode, stale, act, typeNote, retry, discard } = usePopup();
  const [minutes, setMinutes] = useState<number | null>(null);
  useEffect(startPopup, []);
  const ZohoLine = useLazy(loadZohoLine, zoho.enabled && !!app);
  // Withheld TickTick access is said as such, never as "signed out" or "can't reach TickTick".
  const noAccess = useNoAccess(app?.site ?? null);
  const AccessBanner = useLazy(loadAccessBanner, noAccess);
  // Unit formatting loads the browser's locale data, which costs a fresh popup process several ms:
  // today's line is formatted just after the first paint, not before it.
  const [painted, setPainted] = useState(false);
  useEffect(() => void requestAnimationFrame(() => setPainted(true)), []);
  if (!app) return <main class="popup" aria-busy="true" />;

  const rec = effective(app);
  const view = deriveView(rec, serverNow(app, now));
  const chosen = clampMinutes(minutes ?? prefs.pomoDuration, prefs.pomoDuration);
  const choose = (task: TaskRef | null) => {
    if (view.phase === 'idle') popup.setState({ pick: task });
    else void act({ type: 'bind', task });
  };
  const start = { type: 'start' as const, minutes: chosen, task: pick };
  const stats = extras.stats;
  return (
    <main class={`popup phase-${view.phase}${view.paused ? ' paused' : ''}`}>
      {noAccess ? AccessBanner && <AccessBanner site={app.site} origins={ticktickOrigins(app.site)} /> : <StatusBanner app={app} view={view} problems={problems} retry={retry} discard={discard} dismiss={dismissProblems} />}
      {stale !== null && now - stale < 5000 && <p class="hint" role="status">{t('pressStale')}</p>}
      <Timer view={view} idleSeconds={mode === 'stopwatch' ? 0 : chosen * 60} />
      <TaskLine view={view} site={app.site} pick={pick} busy={busy} choose={choose} taskLink={(id) => (app.site ? endpoints(app.site, BASE_URL).taskLink(id) : undefined)} />
      {pendingEnd !== null && view.phase !== 'idle' ? (
        <div class="controls">
          <p class="hint" role="status">{t('endPending')}</p>
          <div class="row"><button type="button" class="primary" ref={(b) => b?.focus()} onClick={undoEnd}>{t('btnUndo')}</button></div>
        </div>
      ) : (
        <Controls
          view={view} minutes={chosen} mode={mode} start={start} onMinutes={setMinutes} onMode={(m) => popup.setState({ mode: m })}
          act={(a) => void act(a)} end={() => requestEnd(endDrops(view))}
        />
      )}
      <NoteField view={view} saved={rec?.note ?? ''} draft={draft} onType={typeNote} />
      {ZohoLine && zoho.enabled && <ZohoLine settings={zoho} />}
      <footer>
        <span>{stats && painted ? t('today', [String(stats.todayPomoCount), String(prefs.pomoGoal), formatMinutes(stats.todayPomoDuration, 'narrow')]) : ''}</span>
        <span class="links">
          <button type="button" class="link" onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/stats.html') })}>{t('statsOpen')}</button>
          <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>{t('options')}</button>
        </span>
      </footer>
    </main>
  );
}
