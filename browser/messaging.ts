// Typed messages between the extension's pages and its worker (webext-core style): each feature
// declares its map from message name to data and reply (features/<name>/messages.ts), app/protocol.ts
// joins them into the one map the worker answers.
import { browser } from 'wxt/browser';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a map of one-argument functions
type AnyMap = { [name: string]: (data: any) => unknown };
export type MessageMap<M> = { [K in keyof M]: (data: never) => unknown };

export interface Message { name: string; data: unknown }

/** The sending side of a map: `send('act', req)` resolves with the worker's reply. */
export function sender<M extends MessageMap<M>>() {
  return <K extends keyof M & string>(name: K, ...data: Parameters<M[K]>): Promise<Awaited<ReturnType<M[K]>>> =>
    browser.runtime.sendMessage({ name, data: data[0] } satisfies Message);
}

export type Handlers<M extends MessageMap<M>> = { [K in keyof M]: (data: Parameters<M[K]>[0]) => Promise<Awaited<ReturnType<M[K]>>> };

/**
 * Only the extension's own pages (popup, options; opened as a tab too) may talk to the background.
 * Web pages cannot reach us at all (no `externally_connectable`); a content script would carry its
 * page's URL, so the origin check keeps those out too.
 */
export function fromOwnPage(sender: { id?: string; url?: string }): boolean {
  return sender.id === browser.runtime.id && !!sender.url?.startsWith(browser.runtime.getURL('/'));
}

/** A handler's Promise is the answer (Chrome honours one from 144, wxt.config.ts; Firefox always has). */
export function onMessages<M extends MessageMap<M>>(handlers: Handlers<M>): void {
  browser.runtime.onMessage.addListener((msg: unknown, from) => {
    if (!fromOwnPage(from) || typeof msg !== 'object' || msg === null) return undefined;
    const { name, data } = msg as Message;
    if (typeof name !== 'string' || !Object.hasOwn(handlers, name)) return undefined;
    return (handlers as unknown as AnyMap)[name]!(data);
  });
}
