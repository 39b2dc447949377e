// What the guard keeps in storage.session, which ends with the browser session and which web pages
// and content scripts cannot read: the exceptions the user took, and the nonce that the block rule
// puts in its redirect, so our blocked page knows a rule (not a web page) sent the tab there.
import { sessionValue } from '../../browser/session';
import type { Exceptions } from './blocking';

export const nonceValue = sessionValue<string>('blockNonce');
export const exceptionsValue = sessionValue<Exceptions>('exceptions');

export const storedNonce = (): Promise<string | undefined> => nonceValue.get();

/** This browser session's nonce, made on first use (by the worker's serial rule updates only). */
export async function sessionNonce(): Promise<string> {
  const had = await storedNonce();
  if (had) return had;
  const made = crypto.randomUUID();
  await nonceValue.set(made);
  return made;
}

const today = () => new Date().toDateString();

/** Today's exceptions ("Allow 5 minutes"); yesterday's are gone, and so is their count. */
export async function exceptions(): Promise<Exceptions> {
  const e = await exceptionsValue.get();
  return e && e.day === today() ? e : { until: {}, day: today(), count: 0 };
}

export const saveExceptions = (ex: Exceptions): Promise<void> => exceptionsValue.set(ex);
