// Zoho People reads from extension pages, with the token the worker keeps in storage.session.
import { zohoHosts } from '../core/zoho/hosts';
import { details, inProgressJobs, type ZohoDetails } from '../core/zoho/reads';
import type { ZohoJob } from '../core/zoho/parse';
import { t } from './browser-ports';
import { ZOHO_BASE_URL } from './env';
import { httpPort } from './http';
import { readSettings, zohoItem } from './storage';
import { readToken } from './zoho-auth';
import { takeRead } from './zoho-budget';

async function session() {
  const [settings, tok] = await Promise.all([readSettings(), readToken()]);
  return tok && tok.expiresAt > Date.now() ? { settings: settings.zoho, token: tok.token, hosts: zohoHosts(settings.zoho.dc, ZOHO_BASE_URL) } : null;
}

/** Pages leave part of the minute's budget to the worker's own checks. */
const PAGE_READS = 12;

export async function zohoDetails(): Promise<ZohoDetails | null> {
  const s = await session();
  if (!s || !(await takeRead('getcurrentlyrunningtimer', PAGE_READS)) || !(await takeRead('getcomments', PAGE_READS))) return null;
  const z = await zohoItem.getValue();
  return details(httpPort, s.hosts, s.token, z.log ? z.ids[z.log.key] : undefined);
}

export async function zohoJobs(): Promise<{ jobs: ZohoJob[]; error?: string }> {
  const s = await session();
  if (!s) return { jobs: [], error: t('zohoReconnect') };
  const r = await inProgressJobs(httpPort, s.hosts, s.token, s.settings.user);
  return { jobs: r.jobs, error: r.failed && t(r.failed.auth ? 'zohoReconnect' : 'zohoFailed', [r.failed.message]) };
}
