// Pause when the user walks away, in the worker: an idle event (features/guard/worker.ts
// `listenIdle`) becomes a pause dated when the user left (features/guard/away.ts decides), and
// coming back a notification whose button continues; the focus itself never continues by itself.
// The focus is the engine's: what this needs of it (its state, act, render, flush) is passed in.
import type { Translate } from '../../browser/i18n';
import type { NotifyPort } from '../../browser/notifications';
import { deriveView, effective, type AppState } from '../focus/index';
import { decideAway, type IdleState } from './away';
import { PRESENT, type PresencePort } from './presence';
import type { AwaySettings } from './settings';

/** The notification shown when a focus was paused while the user was away (its button continues). */
export const AWAY_NOTICE = 'away';

export interface IdlePorts {
  /** The stored state, once no change of the engine is under way (its outbox's `load`). */
  load(): Promise<AppState>;
  presence: PresencePort;
  away(): Promise<AwaySettings>;
  /** The engine's `act`: a pause dated when the user left, or the notification's Continue. */
  act(req: { type: 'pause'; at: number } | { type: 'continue' }): Promise<unknown>;
  /** Badge and alarms again from the stored state (nobody there and nothing running: no poll). */
  render(): Promise<void>;
  /** One exchange with TickTick. */
  flush(): Promise<void>;
  notify: NotifyPort;
  t: Translate;
  now(): number;
}

export function createIdle(p: IdlePorts) {
  /** The browser says the user left (`idle`, `locked`) or is back (`active`). */
  async function onIdle(event: IdleState, detectionSec: number): Promise<void> {
    const [s, presence, away] = await Promise.all([p.load(), p.presence.get(), p.away()]);
    const view = deriveView(effective(s), p.now());
    const d = decideAway(event, view, away, presence, p.now(), detectionSec);
    if (d.kind === 'away') {
      await p.presence.set({ awaySince: d.since, pausedSession: d.pauseAt !== null ? view.sessionId : presence.pausedSession, pausedAt: d.pauseAt ?? presence.pausedAt });
      if (d.pauseAt !== null) await p.act({ type: 'pause', at: d.pauseAt });
      else await p.render();
    } else if (d.kind === 'back') {
      await p.presence.set(PRESENT);
      if (d.notify && d.pausedAt !== null) {
        const at = new Date(d.pausedAt).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
        await p.notify.show(AWAY_NOTICE, p.t('awayTitle'), p.t('awayBody', [at]), { buttons: [p.t('btnContinue')] });
      }
      await p.flush(); // one read of TickTick's state now that someone looks again
      await p.render();
    }
  }

  return {
    onIdle,
    /** A click on a notification's button (in Firefox, on the notification): ours continues the focus. */
    async onNotice(id: string): Promise<void> {
      if (id === AWAY_NOTICE) await p.act({ type: 'continue' });
    },
  };
}
