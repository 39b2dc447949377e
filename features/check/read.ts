// The check's focus read: one `/focus/batch/focusOp` exchange with an empty `opList` through the
// real client (features/focus/ticktick/client.ts, handed in by app/check.ts: the focus surface the
// pages import stays without the HTTP client), its HTTP port wrapped to keep what came back
// (status, type, TickTick's `errorCode`) besides the client's own reading. Nothing of it is
// adopted into the engine's state.
import type { HttpPort, RawReply } from '../../kernel/http';
import { looksHtml } from '../../kernel/http';
import type { AppState, Site } from '../focus/index';
import type { ReadFacts } from './facts';

/** The real client's answer, as much of it as the check reads. */
export type Answer =
  | { ok: true; reply: { point?: number; current: unknown; updates: number; odd?: string }; clock?: number }
  | { ok: false; error: string; detail?: string };

export interface ReadPorts {
  http: HttpPort;
  now(): number;
  /** One read with the client's headers and the state's cursor, over `http`. */
  exchange(http: HttpPort, site: Site, s: AppState): Promise<Answer>;
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
  const a = await p.exchange(http, site, s);
  const facts: ReadFacts = { site, ms: p.now() - sentAt, verdict: a.ok ? 'ok' : a.error, ...(raw ? replyFacts(raw) : {}) };
  if (!a.ok) return a.detail ? { ...facts, detail: a.detail.slice(0, 160) } : facts;
  const { point, current, updates, odd } = a.reply;
  facts.shape = { point: point !== undefined, current: current === undefined ? 'unreadable' : current ? 'record' : 'none', updates, ...(odd ? { odd } : {}) };
  if (a.clock !== undefined) facts.clockOffset = a.clock;
  return facts;
}
