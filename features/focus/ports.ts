// The browser as the domain sees it: small interfaces with a real adapter in platform/ and a fake
// in test/browser/fakes.ts.
import type { BadgeLook } from './badge';
import type { RawReply } from './ticktick/errors';
import type { AppState, Settings } from './state';
import type { PomoPrefs } from './ticktick/types';
import type { Presence } from '../guard/away';

export interface HttpRequest {
  method: 'GET' | 'POST';
  headers: Record<string, string>;
  body?: string;
  timeoutMs: number;
  /** No cookies (Zoho is called with its OAuth token only). */
  omitCredentials?: boolean;
}

/** Resolves with whatever came back; rejects with `HttpFailure` when nothing did. */
export interface HttpPort {
  request(url: string, req: HttpRequest): Promise<RawReply>;
}

export class HttpFailure extends Error {
  constructor(readonly kind: 'offline' | 'timeout', detail: string) {
    super(detail);
  }
}

/** Cookie presence only; the session token's value never leaves the browser's jar. */
export interface SessionPort {
  hasSession(cookieUrl: string): Promise<boolean>;
  csrfToken(cookieUrl: string): Promise<string | null>;
}

/** The headers TickTick's web app sends on every call: `X-Device`, `hl`, `x-tz` (docs/ticktick-protocol.md §2). */
export interface WebHeadersPort {
  (): Promise<Record<string, string>>;
}

export interface StatePort {
  load(): Promise<AppState>;
  save(s: AppState): Promise<void>;
  settings(): Promise<Settings>;
  /** The user's rhythm: TickTick's pomodoro preferences with the local overrides. */
  prefs(): Promise<PomoPrefs>;
  /** When TickTick's preferences were last fetched, and where the next fetch's result goes. */
  prefsAt(): Promise<number>;
  savePrefs(remote: Partial<PomoPrefs>, at: number): Promise<void>;
}

export interface BadgePort {
  show(look: BadgeLook, title: string): Promise<void>;
}

export interface AlarmPort {
  /** One-shot alarm at `when`; null clears it. */
  at(name: string, when: number | null): Promise<void>;
  /** Repeating alarm; re-created only when the period changes. */
  every(name: string, minutes: number): Promise<void>;
}

export interface NotifyPort {
  /** `button`: one action (its click comes back as the notification id). */
  show(id: string, title: string, message: string, button?: string): Promise<void>;
}

/** Plays one of the shipped sounds (public/sounds/) at a volume 0–1. */
export interface SoundPort {
  play(name: string, volume: number): Promise<void>;
}

/** Whether someone is at the computer (storage.session: gone with the browser). */
export interface PresencePort {
  get(): Promise<Presence>;
  set(p: Presence): Promise<void>;
}

export interface Ports {
  http: HttpPort;
  session: SessionPort;
  state: StatePort;
  badge: BadgePort;
  alarms: AlarmPort;
  notify: NotifyPort;
  webHeaders: WebHeadersPort;
  presence: PresencePort;
  sound: SoundPort;
  now(): number;
  random(): number;
  t(key: string, subs?: string[]): string;
  /** Build-time override: every TickTick call goes to this origin (sandbox, e2e). */
  base?: string;
}
