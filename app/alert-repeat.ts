// The end whose sound repeats (features/alerts/end.ts), in storage.session: a worker restarted by
// the repeat's alarm still knows it; a browser restart forgets it.
import { sessionValue } from '../browser/session';
import type { Repeat } from '../features/alerts/end';

export const repeatValue = sessionValue<Repeat>('alertRepeat');
