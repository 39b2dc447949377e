// The popup: the focus feature's timer, buttons, note and banners, the task line (features/tasks)
// and the Zoho People line (features/zoho, its own chunk), composed over one store instance.
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { ComponentChildren, ComponentType, RefObject } from 'preact';
import { browser } from 'wxt/browser';
import { deriveView, stateKey } from '../../features/focus/focus-view';
import { clampMinutes, type TaskRef } from '../../features/focus/plan';
import { previewPlan } from '../../features/focus/preview';
import { breakKind, breakMinutes } from '../../features/focus/rhythm';
import { effective, isSignedOut, serverNow } from '../../features/focus/state';
import { endpoints } from '../../features/focus/ticktick/hosts';
import { Controls } from '../../features/focus/ui/Controls';
import { NoteField } from '../../features/focus/ui/NoteField';
import { Timer } from '../../features/focus/ui/Timer';
import { ticktickOrigins, useNoAccess } from '../../features/focus/ui/use-access';
import { todayLine } from '../../features/focus/ui/today';
import { TaskLine } from '../../features/tasks/ui/TaskLine';
import { BASE_URL } from '../../browser/env';
import { t } from '../../browser/i18n';
import { useLazy } from '../../ui/use-lazy';
import { useStore } from '../../ui/use-store';
import { settingsItem } from '../settings';
import { startPopup, type PopupPage } from './open';

const loadZohoLine = () => import('./ZohoPart').then((m) => m.ZohoPart);
const loadAmbient = () => import('../../features/ambient/ui/AmbientPicker').then((m) => m.AmbientPicker);
const loadPanelButton = () => import('../sidepanel/PanelButton').then((m) => m.PanelButton);
// The sign-in prompt, sync errors and notices: a chunk of their own, loaded only when there is
// something to say (the usual popup has nothing, and its first paint does not carry them).
const loadStatusBanner = () => import('../../features/focus/ui/StatusBanner').then((m) => m.StatusBanner);
const loadAccessBanner = () => import('../../features/focus/ui/AccessBanner').then((m) => m.AccessBanner);

/** A short focus about to be thrown away: the hint and Undo, which has the focus. */
function EndUndo({ button, undo }: { button: RefObject<HTMLButtonElement | null>; undo(): void }) {
  return (
    <div class="controls">
      <p class="hint" role="status">{t('endPending')}</p>
      <div class="row"><button type="button" class="primary" ref={button} onClick={undo}>{t('btnUndo')}</button></div>
    </div>
  );
}

function PopupFooter({ today, PanelButton }: { today: string; PanelButton: ComponentType | null }) {
  return (
    <footer>
      <span>{today}</span>
      <span class="links">
        {PanelButton && <PanelButton />}
        <button type="button" class="link" onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/stats.html') })}>{t('statsOpen')}</button>
        <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>{t('options')}</button>
      </span>
    </footer>
  );
}

/**
 * What comes just after the first paint: today's line (unit formatting loads the browser's locale
 * data, which costs a fresh popup process several ms), the ambient sound's control (its row keeps
 * its place meanwhile) and, in the popup, the side panel's button.
 */
function useAfterPaint(inPanel: boolean) {
  const [painted, setPainted] = useState(false);
  useEffect(() => void requestAnimationFrame(() => setPainted(true)), []);
  return { painted, Ambient: useLazy(loadAmbient, painted), PanelButton: useLazy(loadPanelButton, painted && !inPanel) };
}

/**
 * `panel`: shown as the side panel (app/sidepanel/SidePanel.tsx), with what it adds under the note;
 * `today`: today's pomodoros on each task, where the panel has read them.
 */
export function App({ page, panel, today }: { page: PopupPage; panel?: ComponentChildren; today?: Readonly<Record<string, number>> }) {
  const { popup } = page;
  const { app, extras, prefs, now, busy, pick, draft, problems, pendingEnd, mode, stale } = useStore(popup.store);
  const { zoho, ambient } = useStore(page.settings);
  const [minutes, setMinutes] = useState<number | null>(null);
  useEffect(() => startPopup(page), []);
  const ZohoLine = useLazy(loadZohoLine, zoho.enabled && !!app);
  // Withheld TickTick access is said as such, never as "signed out" or "can't reach TickTick".
  const noAccess = useNoAccess(app?.site ?? null);
  const AccessBanner = useLazy(loadAccessBanner, noAccess);
  const StatusBanner = useLazy(loadStatusBanner, !!app && (isSignedOut(app) || !!app.error || !!app.notice || problems.length > 0));
  const { painted, Ambient, PanelButton } = useAfterPaint(panel !== undefined);
  const undo = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => void (pendingEnd !== null && undo.current?.focus()), [pendingEnd !== null]);
  if (!app) return <main class="popup" aria-busy="true" />;

  const rec = effective(app);
  const at = serverNow(app, now);
  const view = deriveView(rec, at);
  const plan = previewPlan(rec, { now: at, prefs });
  const chosen = clampMinutes(minutes ?? prefs.pomoDuration, prefs.pomoDuration);
  const choose = (task: TaskRef | null) => {
    if (view.phase === 'idle') popup.store.setState({ pick: task });
    else void popup.act({ type: 'bind', task });
  };
  const taskLink = (id: string) => (app.site ? endpoints(app.site, BASE_URL).taskLink(id) : undefined);
  const start = { type: 'start' as const, minutes: chosen, task: pick };
  const stats = extras.stats;
  // The undo is about to go with the focus on it: the controls that replace it take the focus.
  const claim = !!undo.current && document.activeElement === undo.current; // also when another device ended it meanwhile
  const kind = rec ? breakKind(rec, prefs) : 'short';
  return (
    <main class={`popup mode-${view.mode ?? 'none'} phase-${view.phase}`}>
      {noAccess ? AccessBanner && <AccessBanner site={app.site} origins={ticktickOrigins(app.site)} />
        : StatusBanner && <StatusBanner app={app} view={view} problems={problems} retry={popup.retry} discard={popup.discard} dismiss={popup.dismissProblems} />}
      {stale !== null && now - stale < 5000 && <p class="hint" role="status">{t('pressStale')}</p>}
      <h1 class="sr-only">{t('extName')}</h1>
      <Timer view={view} idleSeconds={mode === 'stopwatch' ? 0 : chosen * 60} breakKind={kind} />
      <TaskLine view={view} site={app.site} pick={pick} busy={busy} choose={choose} taskLink={taskLink} today={today} />
      {pendingEnd !== null && view.phase !== 'idle' ? (
        <EndUndo button={undo} undo={popup.end.undo} />
      ) : (
        <Controls
          view={view} minutes={chosen} mode={mode} start={start} onMinutes={setMinutes} onMode={(m) => popup.store.setState({ mode: m })}
          act={popup.act} end={() => popup.end.request(plan.endDrops())} plan={plan}
          nextBreak={{ kind, minutes: rec ? breakMinutes(rec, prefs) : prefs.shortBreakDuration }} claim={claim}
        />
      )}
      <NoteField view={view} saved={rec?.note ?? ''} draft={draft} onType={popup.note.type} />
      {ZohoLine && zoho.enabled && <ZohoLine settings={zoho} site={app.site} idle={view.phase === 'idle' && !app.queue.length} at={stateKey(rec)} />}
      <div class="ambient-row">{Ambient && <Ambient ambient={ambient} onChange={(a) => void settingsItem.setValue({ ...page.settings.getState(), ambient: a })} />}</div>
      {panel}
      <PopupFooter today={stats && painted ? todayLine(stats, prefs) : ''} PanelButton={PanelButton} />
    </main>
  );
}
