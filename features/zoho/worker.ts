// The Zoho People mirror in the worker. Its code (worker-script.ts) is a script of its own, loaded
// when the mirror has work: Zoho on, or a call or a running timer left from when it was. A worker
// started for TickTick while Zoho is off loads none of it (docs/zoho-people.md §9). It follows
// TickTick's state without ever holding TickTick up.
import { browser } from 'wxt/browser';
import { quietly } from '../../kernel/quietly';
import { deriveView, effective, stateItem, type AppState, type FocusView } from '../focus/index';
import { ALARM_ZOHO, ZOHO_SCRIPT } from './config';
import { wantOf, type Want } from './mirror';
import { lateScript } from '../../browser/late-script';
import type { Handlers } from '../../browser/messaging';
import type { ZohoMessages } from './messages';
import type { ZohoSettings, ZohoState } from './state';
import { zohoItem } from './item';
import type { createZohoWorker, ZohoWorker } from './worker-script';

/** Every message the mirror answers (the type lets none be forgotten). */
const MESSAGES: Record<keyof ZohoMessages, true> = {
  zohoConnect: true, zohoDisconnect: true, zohoRead: true, zohoDismiss: true,
  zohoLog: true, zohoComment: true, zohoUncomment: true, zohoForeign: true,
};

/**
 * What the mirror needs of the app: the Zoho part of the settings, the key they are stored under
 * (app/settings.ts), and a task's TickTick list (ports.ts `listOf`).
 */
export interface ZohoDeps { settings(): Promise<ZohoSettings>; settingsKey: string; listOf?(taskId: string): Promise<string | undefined> }

/** Off, with nothing queued and no timer of ours running: the mirror has nothing to do. */
const idle = (on: boolean, z: ZohoState) => !on && !z.queue.length && !z.log?.running;

export function startZohoMirror(deps: ZohoDeps) {
  const script = lateScript<typeof createZohoWorker>(ZOHO_SCRIPT.path, ZOHO_SCRIPT.name);
  /** `view`: the one the engine derived for this state, when it handed one (features/focus/engine.ts). */
  const want = (s: AppState, view?: FocusView): Want => {
    const rec = effective(s);
    return wantOf(view ?? deriveView(rec, Date.now()), rec?.note ?? '');
  };
  const current = async () => want(await stateItem.getValue());
  // One mirror per worker: the promise is kept, so calls that come while it loads share it.
  let worker: Promise<ZohoWorker> | undefined;
  const make = (create: typeof createZohoWorker) => create({ settings: deps.settings, listOf: deps.listOf, current });
  const load = () => (worker ??= script.load().then(make).catch((e: unknown) => {
    worker = undefined;
    throw e;
  }));
  const hasWork = async () => !!worker || !idle((await deps.settings()).enabled, await zohoItem.getValue());
  // TickTick's states reach the mirror in the order they came (service.ts keeps that order from here).
  let line: Promise<unknown> = Promise.resolve();
  const inLine = (work: (w: ZohoWorker) => unknown) => {
    line = line.then(async () => (await hasWork()) && work(await load())).catch(script.failed);
  };
  // Sending is not in the line: a slow Zoho holds no later state back (service.ts).
  const resume = (w: ZohoWorker) => void quietly(w.resume());
  const answer = (m: keyof ZohoMessages) => async (req: never) => ((await load()).handlers[m] as (r: never) => unknown)(req);
  const names = Object.keys(MESSAGES) as (keyof ZohoMessages)[];
  const handlers = Object.fromEntries(names.map((m) => [m, answer(m)])) as unknown as Handlers<ZohoMessages>;

  // Settings changed (turned on, another job): follow TickTick's state again.
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'sync' && changes[deps.settingsKey]) inLine(async (w) => void quietly(w.follow(await current())));
  });

  return {
    handlers,
    /** Never awaited by TickTick's side: Zoho runs beside it. */
    follow: (s: AppState, view: FocusView) => inLine((w) => void quietly(w.follow(want(s, view)))),
    onAlarm: (name: string) => name === ALARM_ZOHO && inLine(resume),
    wake: () => inLine(resume),
    settled: async () => {
      await line;
      await (await worker?.catch(() => undefined))?.settled();
    },
  };
}
