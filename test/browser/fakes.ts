// Fake ports for the engine: in-memory storage, a recorded badge, alarms and notifications, and an
// HTTP port wired straight to the fake TickTick (test/fake-ticktick) with its faults.
import type { BadgeLook } from '../../features/focus/badge';
import type { RawReply } from '../../kernel/http';
import { HttpFailure } from '../../kernel/http';
import type { Ports } from '../../features/focus/ports';
import { DEFAULT_PREFS } from '../../features/focus/config';
import { initialState, type AppState } from '../../features/focus/state';
import { DEFAULT_SETTINGS, type Settings } from '../../app/settings';
import type { PomoPrefs } from '../../features/focus/ticktick/types';
import { PRESENT, type Presence } from '../../features/guard/presence';
import { createTickTick, SANDBOX_CSRF, SANDBOX_TOKEN } from '../fake-ticktick/ticktick.mjs';
import { createAlert } from '../../features/alerts/alert';
import type { NotifyOptions } from '../../browser/notifications';
import type { Noise } from '../../browser/noise';

/** `tickTick`: options of the fake TickTick (preferences, tasks). */
export function fakePorts(start = Date.parse('2026-11-23T09:00:00Z'), tickTick: Parameters<typeof createTickTick>[0] = {}) {
  let now = start;
  let state: AppState = initialState();
  const settings: Settings = { ...DEFAULT_SETTINGS };
  const prefs: PomoPrefs = { ...DEFAULT_PREFS };
  const tt = createTickTick({ ...tickTick, now: () => now });
  const cookies = { t: true as boolean, csrf: true as boolean };
  const badge: { look: BadgeLook; title: string } = { look: { text: '', color: '' }, title: '' };
  const alarms = new Map<string, { when?: number; period?: number }>();
  const notifications: { id: string; title: string; message?: string; buttons?: string[]; sticky?: boolean }[] = [];
  let offline = false;
  /** TickTick's clock minus ours, sent as the replies' `Date` header (null: no header). */
  let serverAhead: number | null = null;
  let prefsAt = 0;
  let presence: Presence = { ...PRESENT };
  const sounds: { name: string; volume: number }[] = [];
  const cleared: string[] = [];
  const ambient: ({ name: string; volume: number } | null)[] = [];

  const notify = {
    async show(id: string, title: string, message: string, opts: NotifyOptions = {}) {
      notifications.push({ id, title, message, ...opts });
    },
    async clear(id: string) {
      cleared.push(id);
    },
  };
  const sound = {
    async play(name: string, volume: number) {
      sounds.push({ name, volume });
    },
    async ambient(a: { name: Noise; volume: number } | null) {
      ambient.push(a);
    },
  };
  const presencePort = {
    get: async () => ({ ...presence }),
    async set(p: Presence) {
      presence = { ...p };
    },
  };
  const alert = createAlert({ notify, sound, settings: async () => settings, t: (key) => key });

  const ports: Ports = {
    http: {
      async request(url, req): Promise<RawReply> {
        if (offline) throw new HttpFailure('offline', 'Failed to fetch');
        const u = new URL(url);
        const r = tt.handle({
          method: req.method, path: u.pathname, body: req.body,
          headers: {
            // HTTP header names are case-insensitive; node hands the fake server lower-case ones.
            ...Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k.toLowerCase(), v])),
            ...(cookies.t ? { cookie: `t=${SANDBOX_TOKEN}; _csrf_token=${SANDBOX_CSRF}` } : {}),
          },
        });
        if (r.destroy) throw new HttpFailure('offline', 'connection reset');
        if (r.hang) throw new HttpFailure('timeout', 'no reply in 15 s');
        return {
          status: r.status ?? 0, contentType: r.headers?.['content-type'] ?? '', text: r.body ?? '',
          redirected: false, ...(serverAhead === null ? {} : { date: new Date(now + serverAhead).toUTCString() }),
        };
      },
    },
    session: {
      hasSession: async () => cookies.t,
      csrfToken: async () => (cookies.csrf ? SANDBOX_CSRF : null),
    },
    state: {
      load: async () => structuredClone(state),
      save: async (s) => {
        state = structuredClone(s);
      },
      settings: async () => ({ ...settings }),
      prefs: async () => ({ ...prefs }),
      prefsAt: async () => prefsAt,
      async savePrefs(got, at) {
        Object.assign(prefs, got);
        prefsAt = at;
      },
    },
    badge: {
      async show(look, title) {
        Object.assign(badge, { look, title });
      },
    },
    alarms: {
      async at(name, when) {
        if (when === null) alarms.delete(name);
        else alarms.set(name, { when });
      },
      async every(name, minutes) {
        alarms.set(name, { period: minutes });
      },
    },
    alert: (focusDone) => alert(focusDone),
    away: async () => presence.awaySince !== null,
    webHeaders: async () => ({ 'X-Device': '{"platform":"web","id":"0123456789abcdef01234567"}', hl: 'en_US', 'x-tz': 'Europe/Berlin' }),
    now: () => now,
    random: () => 0.5,
    t: (key, subs) => (subs?.length ? `${key}(${subs.join(',')})` : key),
    base: 'http://127.0.0.1:8787',
  };

  return {
    ports, tt, cookies, badge, alarms, notifications, cleared, settings, prefs, sounds, ambient, alert, notify, sound, presencePort,
    get state() {
      return state;
    },
    set state(s: AppState) {
      state = s;
    },
    advance(ms: number) {
      now += ms;
    },
    get now() {
      return now;
    },
    get presence() {
      return presence;
    },
    setOffline(v: boolean) {
      offline = v;
    },
    setServerAhead(ms: number | null) {
      serverAhead = ms;
    },
  };
}
