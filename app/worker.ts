// Wires the engine and the Zoho mirror to the browser. Every listener is registered synchronously,
// before any await, so the event that woke the worker is not missed.
import { browser } from 'wxt/browser';
import { quietly } from '../kernel/quietly';
import { createEngine } from '../features/focus/engine';
import { createIdle } from '../features/guard/idle';
import { siteOfCookieDomain } from '../features/focus/ticktick/hosts';
import { alarmPort } from '../browser/alarms';
import { badgePort } from '../browser/badge';
import { t } from '../browser/i18n';
import { notifyPort } from '../browser/notifications';
import { sessionPort } from '../features/focus/ticktick/session';
import { presencePort } from '../features/guard/presence';
import { startGuard } from '../features/guard/worker';
import { BASE_URL } from '../browser/env';
import { httpPort } from '../browser/http';
import { onMessages } from '../browser/messaging';
import type { ProtocolMap } from './protocol';
import { settingsItem, type Settings } from './settings';
import { createStatePort, migrateAll } from './storage';
import { moveSites, readSites } from './block-sites';
import { zohoAccounts } from './guard-hosts';
import { webHeaders } from '../features/focus/ticktick/web-headers';
import { installWebOrigin } from '../features/focus/ticktick/install-web-origin';
import { soundPort } from '../browser/sound';
import { windowPort } from '../browser/windows';
import { startAlerts } from '../features/alerts/worker';
import { startAmbient } from '../features/ambient/worker';
import { repeatValue } from './alert-repeat';
import { startZohoMirror } from '../features/zoho/worker';
import { welcomeOnInstall } from './welcome/open';
import { COMMAND_PANEL, openSidePanel, panelOnActionSupported, setPanelOnAction } from '../browser/side-panel';
import { taskList } from './task-list';

export function startBackground(): void {
  const state = createStatePort();
  const zoho = startZohoMirror({ settings: async () => (await state.settings()).zoho, settingsKey: settingsItem.key, listOf: taskList });
  const guard = startGuard({ settings: state.settings, settingsKey: settingsItem.key, sites: readSites, zohoAccounts: zohoAccounts() });
  const ambient = startAmbient({ settings: state.settings, settingsKey: settingsItem.key, sound: soundPort });
  // The engine announces an end through the alerts, which act on the engine (the end's buttons).
  const engine = createEngine({
    http: httpPort, session: sessionPort, state, badge: badgePort, alarms: alarmPort,
    webHeaders, away: async () => (await presencePort.get()).awaySince !== null, alert: (done) => alerts.alert(done),
    now: Date.now, random: Math.random, t, base: BASE_URL,
  }, [zoho.follow, guard.follow, ambient.follow, (s, view) => alerts.follow(s, view)]);
  const alerts = startAlerts({
    notify: notifyPort, sound: soundPort, settings: state.settings, t, alarms: alarmPort, repeat: repeatValue, windows: windowPort,
    act: engine.act, view: engine.view, now: Date.now, clickActs: !!import.meta.env.FIREFOX,
  });

  onMessages<ProtocolMap>({
    // The popup opened: an end repeating its sound has been seen.
    sync: () => (void alerts.acknowledge(), engine.sync()),
    act: (req) => engine.act(req),
    retry: () => engine.retry(),
    discard: () => engine.discard(),
    testAlert: () => alerts.alert(true, true),
    ...zoho.handlers,
    ...guard.handlers,
  });
  browser.alarms.onAlarm.addListener((a) => {
    quietly(engine.onAlarm(a.name));
    zoho.onAlarm(a.name);
    guard.onAlarm(a.name);
    quietly(alerts.onAlarm(a.name));
  });
  const notice = listenNotices(engine, state.settings, guard.listenIdle, alerts.onNotice);
  browser.commands?.onCommand.addListener((name, tab) => {
    // Opened at once, inside the command's user action (browser/side-panel.ts).
    if (name === COMMAND_PANEL) return quietly(openSidePanel(tab?.windowId));
    quietly(engine.onCommand(name));
  });
  followPanelChoice(state.settings);
  // Stored items of older versions are migrated before anything else of this start-up reads them;
  // an update then sends what waited in the queue. (`install`, which --load-extension fires at
  // every browser start, writes nothing: stored data is never replaced by defaults.)
  // The web app's Origin and Referer go on before the first request (features/focus/ticktick/web-origin.ts).
  const ready = Promise.all([migrateAll(), installWebOrigin().catch((e: unknown) => console.warn('Origin rule', e))]);
  const wake = () => quietly(ready.then(() => engine.wake()));
  browser.runtime.onStartup.addListener(wake);
  browser.runtime.onInstalled.addListener(wake);
  browser.runtime.onInstalled.addListener(({ reason }) => quietly(welcomeOnInstall(reason)));
  followSessionCookie(engine);
  self.addEventListener('online', () => quietly(engine.wake()));

  testHooks(engine, [zoho, guard, ambient], notice);

  wake();
  void ready.then(() => {
    zoho.wake();
    // The block list leaves the settings (once), then the rules.
    void moveSites().then(guard.wake, guard.wake);
  });
}

type Engine = ReturnType<typeof createEngine>;

/** A sign-in or sign-out on TickTick's site (its `t` cookie) is acted on at once. */
function followSessionCookie(engine: Engine): void {
  browser.cookies.onChanged.addListener(({ cookie, removed, cause }) => {
    if (cookie.name !== 't' || !siteOfCookieDomain(cookie.domain, BASE_URL)) return;
    if (removed && cause === 'overwrite') return; // replaced, a new one follows
    quietly(engine.onSession());
  });
}

/** Chrome: the toolbar button opens the side panel when the user chose so in the options. */
function followPanelChoice(settings: () => Promise<Settings>): void {
  if (!panelOnActionSupported()) return;
  const apply = () => quietly(settings().then((s) => setPanelOnAction(s.sidePanelOnAction)));
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === settingsItem.area && settingsItem.key in changes) apply();
  });
  apply();
}

/** Pause when away (features/guard/idle.ts) and the notifications' buttons and clicks. */
type OnNotice = (id: string, button?: number) => Promise<void>;
function listenNotices(engine: Engine, settings: () => Promise<Settings>, listenIdle: (on: ReturnType<typeof createIdle>['onIdle']) => void, onEnd: OnNotice): (id: string, button?: number) => void {
  const idle = createIdle({
    load: engine.load, presence: presencePort, away: async () => (await settings()).away,
    act: engine.act, render: engine.redraw, flush: engine.flush, notify: notifyPort, t, now: Date.now,
  });
  listenIdle(idle.onIdle);
  // "Focus paused while you were away": its button (a click, in Firefox) continues the focus. The
  // end's buttons: features/alerts/worker.ts.
  const notice = (id: string, button?: number) => quietly(Promise.all([idle.onNotice(id), onEnd(id, button)]));
  browser.notifications.onButtonClicked?.addListener(notice);
  browser.notifications.onClicked.addListener((id) => notice(id));
  return notice;
}

/**
 * Sandbox and e2e builds only: shortcuts and notification buttons cannot be pressed synthetically
 * (docs/testing.md), so the tests call the same handlers. `views`: the observers' own work (the
 * Zoho mirror's calls, the block rules, the ambient sound), which follows the engine's.
 */
function testHooks(engine: Engine, views: { settled(): Promise<unknown> }[], notice: (id: string, button?: number) => void): void {
  if (BASE_URL) {
    const settled = async () => {
      await engine.settled();
      for (const v of views) await v.settled();
    };
    Object.assign(globalThis, { __ttf: { command: engine.onCommand, notice, settled } });
  }
  // Firefox e2e builds only: WebDriver BiDi cannot open a moz-extension:// page, but one the
  // extension opened itself can be driven (docs/testing.md).
  if (import.meta.env.WXT_FIREFOX_TEST_TAB) void browser.tabs.create({ url: browser.runtime.getURL('/popup.html') });
}
