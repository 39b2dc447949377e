// What the connection check found, step by step (issue #17): plain data the worker gathers and
// the options page marks, words and copies. Nothing here holds a cookie's value or the token:
// cookies are known by presence only, and TickTick's answer by its status, code and shape.
import type { Phase, Site } from '../focus/index';

export interface CookieFacts { site: Site; session: boolean; csrf: boolean }

/** One focus read through the real client (an empty `opList`). */
export interface ReadFacts {
  site: Site;
  ms: number;
  /** The client's reading of the answer: `ok`, or its error code (`offline`, `timeout`: nothing came back). */
  verdict: string;
  detail?: string;
  /** What came back, when anything did. */
  status?: number;
  contentType?: string;
  html?: boolean;
  redirected?: boolean;
  bytes?: number;
  /** TickTick's `errorCode` (docs/ticktick-protocol.md §8). */
  errorCode?: string;
  /** The reply's shape as the lenient parser read it (features/focus/ticktick/parse.ts). */
  shape?: { point: boolean; current: 'record' | 'none' | 'unreadable'; updates: number; odd?: string };
  /** TickTick's clock minus ours, from the reply's `Date`. */
  clockOffset?: number;
}

export interface QueueFacts {
  size: number;
  /** The oldest waiting op: its kind and time only (a binding's title and a note stay out). */
  oldest: { op: string; time: string } | null;
  inflight: number;
  /** The sync error the state holds, by code. */
  error: string | null;
  retryAt: number | null;
  syncedAt: number;
}

export interface ZohoFacts {
  /** Milliseconds the token in storage.session has left (negative: expired); null: none. */
  tokenLeftMs: number | null;
  /** Zoho's sign-in allowed a renewal without a window (`granted_for_session`). */
  renewable: boolean;
  reconnect: boolean;
  queue: number;
  job: boolean;
  /** The mirror's last error as Zoho worded it: private, in the report only when the user allows. */
  error?: string;
  /** One running-timer read through the mirror's own read path. */
  read: { ok: true; running: boolean } | { ok: false; kind: string; code: string };
}

export interface CheckFacts {
  at: number;
  pinned: 'auto' | Site;
  /** The site checked: the pinned one, else the one with a session cookie (null: none has). */
  detected: Site | null;
  cookies: CookieFacts[];
  access: boolean;
  read: ReadFacts;
  queue: QueueFacts;
  anomalies: { count: number; last: string };
  /** The focus as the user sees it; `task` and `note` are private (the report leaves them out unless asked). */
  focus: { phase: Phase; task: string; note: string };
  /** Null when the mirror is off. */
  zoho: ZohoFacts | null;
}

/** What the worker's part finds; the page adds the queue, the anomalies and the focus from the stored state. */
export type WorkerFacts = Omit<CheckFacts, 'queue' | 'anomalies' | 'focus'>;
