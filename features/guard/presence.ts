// Whether someone is at the computer, in storage.session: a browser restart means nobody was
// "away" any more.
import { sessionValue } from '../../browser/session';
import { PRESENT, type Presence } from './away';

export interface PresencePort {
  get(): Promise<Presence>;
  set(p: Presence): Promise<void>;
}

export const presenceValue = sessionValue<Presence>('presence');

export const presencePort: PresencePort = {
  get: async () => (await presenceValue.get()) ?? PRESENT,
  set: (p) => presenceValue.set(p),
};
