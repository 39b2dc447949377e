// The check's facts as marked steps, in the order the worker ran them (issue #17): each passes,
// warns, fails, or was not checked, with a sentence in the UI language and a line of technical
// facts (`HTTP 401 · errorCode user_not_sign_on`) that reads the same in every language.
import type { Translate } from '../../browser/i18n';
import { BASE_URL } from '../../browser/env';
import { endpoints, type Site } from '../focus/index';
import type { CheckFacts, ReadFacts, ZohoFacts } from './facts';

export type Mark = 'ok' | 'warn' | 'fail' | 'skip';
export type StepId = 'site' | 'session' | 'csrf' | 'access' | 'read' | 'queue' | 'zoho';
export interface Step { id: StepId; mark: Mark; text: string; tech?: string }

const host = (site: Site) => (site === 'dida365' ? 'dida365.com' : 'ticktick.com');
const join = (parts: (string | false | null | undefined | 0)[]) => parts.filter(Boolean).join(' · ');

function readTech(r: ReadFacts): string {
  const shape = r.shape && join([`point ${r.shape.point ? 'yes' : 'missing'}`, `current ${r.shape.current}`, `updates ${r.shape.updates}`, r.shape.odd && `odd: ${r.shape.odd}`]);
  const clock = r.clockOffset !== undefined && `clock offset ${Math.round(r.clockOffset / 1000)} s`;
  return join([r.status === undefined ? 'no answer' : `HTTP ${r.status}`, r.errorCode && `errorCode ${r.errorCode}`, r.contentType,
    r.redirected && 'redirected', shape, clock, r.verdict !== 'ok' && `read as ${r.verdict}`, r.detail, `${r.ms} ms`]);
}

/** What the focus read says, in words: TickTick's answer first, then what the client made of it. */
function readStep(r: ReadFacts, t: Translate): Omit<Step, 'id'> {
  const h = host(r.site);
  const at = (text: string, mark: Mark = 'fail') => ({ mark, text, tech: readTech(r) });
  const odd = !!r.shape?.odd || r.shape?.current === 'unreadable';
  switch (r.verdict) {
    case 'ok': return odd ? at(t('chkReadOdd', [h]), 'warn') : at(t('chkReadOk', [h]), 'ok');
    case 'offline': return at(t('chkReadOffline', [h]));
    case 'timeout': return at(t('chkReadTimeout', [h]));
    case 'no_auth_session': return at(r.html || r.redirected ? t('chkReadLoginPage', [h]) : t('chkReadSignedOut', [h]));
    case 'rejected': return at(r.html ? t('chkReadPage', [h]) : t('chkReadRefused', [h]));
    case 'too_busy': case 'rate_limited': return at(t('chkReadBusy', [h]), 'warn');
    case 'need_pro': return at(t('chkReadPro', [h]));
    case 'server_error': return at(r.html ? t('chkReadPage', [h]) : t('chkReadServer', [h]));
    default: return at(t('chkReadUnreadable', [h]));
  }
}

function queueStep(f: CheckFacts, t: Translate): Omit<Step, 'id'> {
  const q = f.queue;
  const tech = join([`queue ${q.size}`, q.oldest && `oldest ${q.oldest.op} at ${q.oldest.time}`, `in flight ${q.inflight}`,
    q.error && `last error ${q.error}`, q.retryAt && `retry at ${new Date(q.retryAt).toISOString()}`,
    `synced ${q.syncedAt ? new Date(q.syncedAt).toISOString() : 'never'}`, `anomalies ${f.anomalies.count}`, f.anomalies.last && `last: ${f.anomalies.last}`]);
  if (!q.size) return { mark: 'ok', text: t('chkQueueEmpty'), tech };
  const held = q.error === 'rejected' || q.error === 'need_pro';
  return { mark: 'warn', text: t(held ? 'chkQueueHeld' : 'chkQueueWaiting', [String(q.size)]), tech };
}

function zohoStep(z: ZohoFacts | null, t: Translate): Omit<Step, 'id'> {
  if (!z) return { mark: 'skip', text: t('chkZohoOff') };
  const left = z.tokenLeftMs === null ? 'no token' : z.tokenLeftMs > 0 ? `token ${Math.round(z.tokenLeftMs / 60_000)} min left` : 'token expired';
  const tech = join([left, `renewal ${z.renewable ? 'without a window' : 'needs the user'}`, z.reconnect && 'reconnect asked',
    `job ${z.job ? 'chosen' : 'none'}`, `queue ${z.queue}`, z.read.ok ? `timer ${z.read.running ? 'running' : 'none'}` : `read ${z.read.kind} ${z.read.code}`]);
  if (z.tokenLeftMs === null && !z.renewable) return { mark: 'fail', text: t('chkZohoNoToken'), tech };
  if (!z.read.ok) return { mark: 'fail', text: t(z.read.kind === 'auth' ? 'chkZohoExpired' : 'chkZohoReadFailed'), tech };
  return { mark: z.job ? 'ok' : 'warn', text: t(z.job ? 'chkZohoOk' : 'chkZohoNoJob'), tech };
}

export function markSteps(f: CheckFacts, t: Translate): Step[] {
  const site = f.detected ?? f.read.site;
  const h = host(site);
  const c = f.cookies.find((x) => x.site === site) ?? { site, session: false, csrf: false };
  const hidden = { mark: 'skip' as const, text: t('chkHidden') };
  const base = endpoints(site, BASE_URL).cookieUrl;
  return [
    { id: 'site', ...(!f.access ? hidden : f.pinned !== 'auto' ? { mark: 'ok', text: t('chkSitePinned', [h]) }
      : f.detected ? { mark: 'ok', text: t('chkSiteFound', [h]) } : { mark: 'warn', text: t('chkSiteNone', [h]) }) },
    { id: 'session', ...(!f.access ? hidden : c.session ? { mark: 'ok', text: t('chkSessionOk', [h]) } : { mark: 'fail', text: t('chkSessionMissing', [h]) }), tech: `cookie t on ${base}` },
    { id: 'csrf', ...(!f.access ? hidden : c.csrf ? { mark: 'ok', text: t('chkCsrfOk', [h]) }
      : c.session ? { mark: 'fail', text: t('chkCsrfMissing', [h]) } : { mark: 'skip', text: t('chkCsrfSkip') }), tech: `cookie _csrf_token on ${base}` },
    { id: 'access', ...(f.access ? { mark: 'ok', text: t('chkAccessOk', [h]) } : { mark: 'fail', text: t('chkAccessMissing', [h]) }) },
    { id: 'read', ...readStep(f.read, t) },
    { id: 'queue', ...queueStep(f, t) },
    { id: 'zoho', ...zohoStep(f.zoho, t) },
  ];
}

/** The first step that failed: the one to fix first. */
export const failingStep = (steps: Step[]): Step | null => steps.find((s) => s.mark === 'fail') ?? null;
