// One map from message name to its data and reply, shared by pages and background (webext-core style).
import { browser } from 'wxt/browser';
import type { ActionRequest } from '../features/focus/plan';
import type { AppState } from '../features/focus/state';
import type { Params } from '../features/zoho/api';
import type { ZohoReply } from '../features/zoho/parse';

export interface ProtocolMap {
  /** Refresh from TickTick (an empty `opList`, or what waits in the queue). */
  sync: () => AppState;
  act: (req: ActionRequest) => AppState;
  retry: () => AppState;
  discard: () => AppState;
  /** Options' "Test notification and sound". */
  testAlert: () => void;
  /** Zoho People: sign in (the worker runs the window, which outlives a popup), forget the token. */
  zohoConnect: () => { ok: boolean; error?: string };
  zohoDisconnect: () => void;
  zohoComment: (text: string) => void;
  zohoUncomment: (commentId: string) => void;
  /** About a timer the mirror did not start: stop it and mirror this focus (true), or leave it. */
  zohoForeign: (takeOver: boolean) => void;
  /** A page's Zoho People read (jobs, running timer, comments): the worker owns Zoho's budget. */
  zohoRead: (req: { op: string; params: Params }) => ZohoReply;
  /** The popup's "Dismiss" under minutes Zoho did not log. */
  zohoDismiss: () => void;
  /**
   * "Allow 5 minutes" on the blocked page: an exception for the listed site(s) blocking `host`;
   * how many today. Refused without this browser session's nonce (the one in the rule's redirect).
   */
  allowSite: (req: { host: string; nonce: string }) => { count: number };
}

export type MessageName = keyof ProtocolMap;
export interface Message<K extends MessageName = MessageName> {
  name: K;
  data: Parameters<ProtocolMap[K]>[0];
}

export function sendMessage<K extends MessageName>(
  name: K,
  ...data: Parameters<ProtocolMap[K]>
): Promise<ReturnType<ProtocolMap[K]>> {
  return browser.runtime.sendMessage({ name, data: data[0] });
}

export type Handlers = { [K in MessageName]: (data: Parameters<ProtocolMap[K]>[0]) => Promise<ReturnType<ProtocolMap[K]>> };

/**
 * Only the extension's own pages (popup, options; opened as a tab too) may talk to the background.
 * Web pages cannot reach us at all (no `externally_connectable`); a content script would carry its
 * page's URL, so the origin check keeps those out too.
 */
export function fromOwnPage(sender: { id?: string; url?: string }): boolean {
  return sender.id === browser.runtime.id && !!sender.url?.startsWith(browser.runtime.getURL('/'));
}

/** A handler's Promise is the answer (Chrome honours one from 144, wxt.config.ts; Firefox always has). */
export function onMessages(handlers: Handlers): void {
  browser.runtime.onMessage.addListener((msg: unknown, sender) => {
    if (!fromOwnPage(sender) || typeof msg !== 'object' || msg === null) return undefined;
    const { name, data } = msg as Message;
    if (!Object.hasOwn(handlers, name)) return undefined;
    return (handlers[name] as (d: unknown) => Promise<unknown>)(data);
  });
}
