// storage.session, the one place for what must be gone when the browser closes (tokens, nonces,
// presence). Each value is declared once with its type (app/keys.ts lists them all); nothing else
// touches storage.session.
import { browser } from 'wxt/browser';

export interface SessionValue<T> {
  readonly key: string;
  get(): Promise<T | undefined>;
  set(value: T): Promise<void>;
  remove(): Promise<void>;
}

export function sessionValue<T>(key: string): SessionValue<T> {
  return {
    key,
    get: async () => (await browser.storage.session.get(key))[key] as T | undefined,
    set: (value) => browser.storage.session.set({ [key]: value }),
    remove: () => browser.storage.session.remove(key),
  };
}
