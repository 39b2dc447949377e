// The one module that knows TickTick's hosts (docs/ticktick-protocol.md §1).

export type Site = 'ticktick' | 'dida365';
export const SITES: readonly Site[] = ['ticktick', 'dida365'];

const DOMAIN: Record<Site, string> = { ticktick: 'ticktick.com', dida365: 'dida365.com' };

export interface Endpoints {
  focusOp: string;
  prefs: string;
  stats: string;
  tasks: string;
  recent: string;
  /** The signed-in account (docs/ticktick-protocol.md §10). */
  profile: string;
  timeline: string;
  /** The web app's page for a task (`#q/all/tasks/<id>`). */
  taskLink(id: string): string;
  /** The web app, where tasks are added. */
  webApp: string;
  /** TickTick's own focus statistics page. */
  statsLink: string;
  /** Where the session cookies `t` and `_csrf_token` are visible. */
  cookieUrl: string;
  signIn: string;
}

/** `base` (a build-time override such as the sandbox) sends every call to one origin. */
export function endpoints(site: Site, base?: string): Endpoints {
  const d = DOMAIN[site];
  const b = base?.replace(/\/+$/, '');
  const web = b ?? `https://${d}`;
  const api = `${b ?? `https://api.${d}`}/api`;
  return {
    focusOp: `${b ?? `https://ms.${d}`}/focus/batch/focusOp`,
    prefs: `${api}/v2/user/preferences/pomodoro`,
    stats: `${api}/v2/pomodoros/statistics/generalForDesktop`,
    tasks: `${api}/v3/batch/check/0`,
    recent: `${api}/v2/pomodoro/bind/recent`,
    profile: `${api}/v2/user/profile`,
    timeline: `${api}/v2/pomodoros/timeline`,
    taskLink: (id) => `${web}/webapp/#q/all/tasks/${encodeURIComponent(id)}`,
    webApp: `${web}/webapp/`,
    statsLink: `${web}/webapp/#statistics/pomo?enablePomo=true`,
    cookieUrl: `${b ?? `https://api.${d}`}/`,
    signIn: `${web}/signin`,
  };
}

export function hostPermissions(base?: string): string[] {
  // No port in the pattern: cookies have none, so a port-specific pattern hides them from the
  // cookies API (and cookies.onChanged) although fetch would still work.
  if (base) {
    const u = new URL(base);
    return [`${u.protocol}//${u.hostname}/*`];
  }
  return SITES.flatMap((s) => [`https://ms.${DOMAIN[s]}/*`, `https://api.${DOMAIN[s]}/*`]);
}

export function siteOfCookieDomain(domain: string, base?: string): Site | null {
  if (base) return domain === new URL(base).hostname ? 'ticktick' : null;
  const d = domain.replace(/^\./, '');
  return SITES.find((s) => d === DOMAIN[s] || d.endsWith(`.${DOMAIN[s]}`)) ?? null;
}
