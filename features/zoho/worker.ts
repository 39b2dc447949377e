// The Zoho People mirror in the worker: its ports over the browser, the messages pages send about
// it, and the hook that lets it follow TickTick's state without ever holding TickTick up.
import { browser } from 'wxt/browser';
import { quietly } from '../../kernel/quietly';
import { deriveView, effective, stateItem, type AppState, type FocusView } from '../focus/index';
import { ALARM_ZOHO } from './config';
import { wantOf } from './mirror';
import { createZohoMirror } from './service';
import { alarmPort } from '../../browser/alarms';
import { t } from '../../browser/i18n';
import { ZOHO_BASE_URL } from '../../browser/env';
import { httpPort } from '../../browser/http';
import type { Handlers } from '../../browser/messaging';
import type { ZohoMessages } from './messages';
import type { ZohoSettings } from './state';
import { zohoItem } from './item';
import { connectZoho, forgetToken, readToken } from './auth';

type ZohoHandlers = Handlers<ZohoMessages>;

/**
 * What the mirror needs of the app: the Zoho part of the settings, the key they are stored under
 * (app/settings.ts), and a task's TickTick list (ports.ts `listOf`).
 */
export interface ZohoDeps { settings(): Promise<ZohoSettings>; settingsKey: string; listOf?(taskId: string): Promise<string | undefined> }

export function startZohoMirror(deps: ZohoDeps) {
  const zohoSettings = deps.settings;
  const mirror = createZohoMirror({
    http: httpPort, alarms: alarmPort, now: Date.now, random: Math.random, t, base: ZOHO_BASE_URL,
    load: () => zohoItem.getValue(), save: (z) => zohoItem.setValue(z),
    settings: zohoSettings, listOf: deps.listOf,
    token: readToken,
    renew: async () => connectZoho(await zohoSettings(), false).catch(() => null),
  });
  /** `view`: the one the engine derived for this state, when it handed one (features/focus/engine.ts). */
  const want = (s: AppState, view?: FocusView) => {
    const rec = effective(s);
    return wantOf(view ?? deriveView(rec, Date.now()), rec?.note ?? '');
  };
  const current = async () => want(await stateItem.getValue());
  const refollow = async () => mirror.follow(await current());

  const handlers: ZohoHandlers = {
    async zohoConnect() {
      try {
        await mirror.connected(!!(await connectZoho(await zohoSettings(), true)).granted);
        await refollow();
        return { ok: true };
      } catch (e) {
        return { ok: false, error: e instanceof Error ? e.message : String(e) };
      }
    },
    zohoDisconnect: async () => void (await forgetToken(), await mirror.connected(false)),
    zohoRead: ({ op, params }) => mirror.read(op, params),
    zohoDismiss: () => mirror.dismissMissed(),
    // Queued as the late logs are (late.ts): same call, same budget, same refusals listed in the popup.
    zohoLog: async (logs) => {
      const { user } = await zohoSettings();
      for (const { from, to, params } of logs) await mirror.queue({ kind: 'log', key: '', from, to, params: { ...params, user } });
    },
    zohoComment: async (text) => {
      const z = await zohoItem.getValue();
      if (z.log) await mirror.queue({ kind: 'comment', key: z.log.key, text });
    },
    zohoUncomment: (commentId) => mirror.queue({ kind: 'uncomment', key: '', commentId }),
    zohoForeign: async (takeOver) => mirror.decideForeign(takeOver, await current()),
  };

  // Settings changed (turned on, another job): follow TickTick's state again.
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'sync' && changes[deps.settingsKey]) quietly(refollow());
  });

  return {
    handlers,
    /** Never awaited by TickTick's side: Zoho runs beside it. */
    follow: (s: AppState, view: FocusView) => quietly(mirror.follow(want(s, view))),
    onAlarm: (name: string) => name === ALARM_ZOHO && quietly(mirror.resume()),
    wake: () => quietly(mirror.resume()),
    settled: () => mirror.settled(),
  };
}
