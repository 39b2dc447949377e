// Zoho People allows 20 calls a minute per API and locks it for 5 minutes past that
// (docs/zoho-people.md §1). Reads come from the worker (its checks) and from pages (the popup's
// time logged and comments), so both take from one log in storage.session.
import { browser } from 'wxt/browser';

const KEY = 'zohoReads';

/** Takes one call of `op` from the shared minute; false when `limit` calls were made in it. */
export async function takeRead(op: string, limit: number, now = Date.now()): Promise<boolean> {
  const log = ((await browser.storage.session.get(KEY))[KEY] ?? {}) as Record<string, number[]>;
  const recent = (log[op] ?? []).filter((t) => now - t < 60_000);
  if (recent.length >= limit) return false;
  await browser.storage.session.set({ [KEY]: { ...log, [op]: [...recent, now] } });
  return true;
}
