// The check's focus read: one `/focus/batch/focusOp` exchange with an empty `opList` through the
// real client (features/focus/ticktick/client.ts), its HTTP port wrapped to keep what came back
// (status, type, TickTick's `errorCode`) besides the client's own reading. Nothing of it is
// adopted into the engine's state.
import type { HttpPort, RawReply } from '../../kernel/http';
import { looksHtml } from '../../kernel/http';
import { cursorOf, focusOp, type AppState, type Site } from '../focus/index';
import type { ReadFacts } from './facts';

export interface ReadPorts {
  http: HttpPort;
  session: { hasSession(url: string): Promise<boolean>; csrfToken(url: string): Promise<string | null> };
  webHeaders(): Promise<Record<string, string>>;
  base?: string;
  now(): number;
}

/** TickTick's `errorCode` when the body is JSON that has one: a word, never free text. */
export function errorCodeOf(text: string): string | undefined {
  try {
    const code: unknown = (JSON.parse(text) as { errorCode?: unknown } | null)?.errorCode;
    return typeof code === 'string' && /^[\w.-]{1,64}$/.test(code) ? code : undefined;
  } catch {
    return undefined;
  }
}

function replyFacts(raw: RawReply): Partial<ReadFacts> {
  const errorCode = errorCodeOf(raw.text);
  return {
    status: raw.status, contentType: raw.contentType.split(';')[0]!.trim().slice(0, 60), html: looksHtml(raw),
    redirected: raw.redirected, bytes: raw.text.length, ...(errorCode ? { errorCode } : {}),
  };
}

export async function focusRead(p: ReadPorts, site: Site, s: AppState): Promise<ReadFacts> {
  let raw: RawReply | undefined;
  const http: HttpPort = { request: async (url, req) => (raw = await p.http.request(url, req)) };
  const sentAt = p.now();
  const a = await focusOp({ ...p, http }, site, cursorOf(s, sentAt), []);
  const facts: ReadFacts = { site, ms: p.now() - sentAt, verdict: a.ok ? 'ok' : a.error, ...(raw ? replyFacts(raw) : {}) };
  if (!a.ok) return a.detail ? { ...facts, detail: a.detail.slice(0, 160) } : facts;
  const { point, current, updates, odd } = a.reply;
  facts.shape = { point: point !== undefined, current: current === undefined ? 'unreadable' : current ? 'record' : 'none', updates, ...(odd ? { odd } : {}) };
  if (a.clock !== undefined) facts.clockOffset = a.clock;
  return facts;
}
