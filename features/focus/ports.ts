// What the focus engine needs of the world: each browser API's own port (browser/), TickTick's
// session and headers, and the stored state; fakes in test/browser/fakes.ts.
import type { AlarmPort } from '../../browser/alarms';
import type { BadgePort } from '../../browser/badge';
import type { HttpPort } from '../../kernel/http';
import type { AppState } from './state';
import type { FocusSettings } from './settings';
import type { PomoPrefs } from './ticktick/types';

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
  settings(): Promise<FocusSettings>;
  /** The user's rhythm: TickTick's pomodoro preferences with the local overrides. */
  prefs(): Promise<PomoPrefs>;
  /** When TickTick's preferences were last fetched, and where the next fetch's result goes. */
  prefsAt(): Promise<number>;
  savePrefs(remote: Partial<PomoPrefs>, at: number): Promise<void>;
}

export interface Ports {
  http: HttpPort;
  session: SessionPort;
  state: StatePort;
  badge: BadgePort;
  alarms: AlarmPort;
  webHeaders: WebHeadersPort;
  /** Nobody at the computer (the guard's presence, features/guard/presence.ts): no polling while idle. */
  away(): Promise<boolean>;
  /** The end of a pomodoro (true) or break announced as the user set it (app/ passes features/alerts). */
  alert(focusDone: boolean): Promise<void>;
  now(): number;
  random(): number;
  t(key: string, subs?: string[]): string;
  /** Build-time override: every TickTick call goes to this origin (sandbox, e2e). */
  base?: string;
}
