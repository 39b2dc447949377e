// What the guard keeps in storage.session, which ends with the browser session and which web pages
// and content scripts cannot read: the exceptions the user took, and the nonce that the block rule
// puts in its redirect, so our blocked page knows a rule (not a web page) sent the tab there.
import { browser } from 'wxt/browser';

const NONCE = 'blockNonce';

export const storedNonce = async (): Promise<string | undefined> => (await browser.storage.session.get(NONCE))[NONCE] as string | undefined;

/** This browser session's nonce, made on first use (by the worker's serial rule updates only). */
export async function sessionNonce(): Promise<string> {
  const had = await storedNonce();
  if (had) return had;
  const made = crypto.randomUUID();
  await browser.storage.session.set({ [NONCE]: made });
  return made;
}
