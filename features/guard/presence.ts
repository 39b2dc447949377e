// Whether someone is at the computer, in storage.session: a browser restart means nobody was
// "away" any more.
import { sessionValue } from '../../browser/session';

/** Since when nobody is there, and the session (and the instant) we paused for it. */
export interface Presence { awaySince: number | null; pausedSession: string | null; pausedAt: number | null }
export const PRESENT: Presence = { awaySince: null, pausedSession: null, pausedAt: null };

export interface PresencePort {
  get(): Promise<Presence>;
  set(p: Presence): Promise<void>;
}

export const presenceValue = sessionValue<Presence>('presence');

export const presencePort: PresencePort = {
  get: async () => (await presenceValue.get()) ?? PRESENT,
  set: (p) => presenceValue.set(p),
};
