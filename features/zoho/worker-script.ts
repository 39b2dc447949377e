// The Zoho People mirror's worker part, built as its own script (entrypoints/zoho-mirror.ts) that
// the worker loads only when the mirror has work (worker.ts): its ports over the browser and the
// answers to the pages' messages. Defines listeners of no kind: it may run once at install.
import { createZohoMirror } from './service';
import { alarmPort } from '../../browser/alarms';
import { t } from '../../browser/i18n';
import { ZOHO_BASE_URL } from '../../browser/env';
import { httpPort } from '../../browser/http';
import type { Handlers } from '../../browser/messaging';
import type { Want } from './mirror';
import type { ZohoMessages } from './messages';
import type { ZohoSettings } from './state';
import { zohoItem } from './item';
import { connectZoho, forgetToken, readToken } from './auth';

/**
 * What the mirror needs of the app: the Zoho part of the settings, a task's TickTick list
 * (ports.ts `listOf`) and what TickTick shows now (worker.ts derives it).
 */
export interface MirrorDeps {
  settings(): Promise<ZohoSettings>;
  listOf?(taskId: string): Promise<string | undefined>;
  current(): Promise<Want>;
}

export function createZohoWorker(deps: MirrorDeps) {
  const zohoSettings = deps.settings;
  const mirror = createZohoMirror({
    http: httpPort, alarms: alarmPort, now: Date.now, random: Math.random, t, base: ZOHO_BASE_URL,
    load: () => zohoItem.getValue(), save: (z) => zohoItem.setValue(z),
    settings: zohoSettings, listOf: deps.listOf,
    token: readToken,
    renew: async () => connectZoho(await zohoSettings(), false).catch(() => null),
  });
  const refollow = async () => mirror.follow(await deps.current());

  const handlers: Handlers<ZohoMessages> = {
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
    zohoForeign: async (takeOver) => mirror.decideForeign(takeOver, await deps.current()),
  };

  return { handlers, follow: (want: Want) => mirror.follow(want), resume: () => mirror.resume(), settled: () => mirror.settled() };
}

export type ZohoWorker = ReturnType<typeof createZohoWorker>;
