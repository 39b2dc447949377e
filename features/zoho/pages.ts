// Zoho People reads from extension pages: they go through the worker, which owns Zoho's
// 20-a-minute budget and renews the token.
import { details, inProgressJobs, type ZohoDetails } from './reads';
import type { ZohoJob } from './parse';
import { t } from '../../browser/i18n';
import { sendZoho } from './messages';
import { zohoItem } from './item';
import { readLogs, type ZohoLog } from './timelogs';

const read = (op: string, params: Record<string, string | number>) => sendZoho('zohoRead', { op, params });

export async function zohoDetails(): Promise<ZohoDetails> {
  const z = await zohoItem.getValue();
  return details(read, z.log ? z.ids[z.log.key] : undefined);
}

/** The in-progress jobs of `user` (the stored Zoho People user), or what went wrong, in words. */
export async function zohoJobs(user: string): Promise<{ jobs: ZohoJob[]; error?: string }> {
  const r = await inProgressJobs(read, user);
  return { jobs: r.jobs, error: r.failed && t(r.failed.auth ? 'zohoReconnect' : 'zohoFailed', [r.failed.message]) };
}

/** The time logs of `user` from `fromDate` to `toDate` (yyyy-MM-dd), or what went wrong, in words. */
export async function zohoTimeLogs(user: string, fromDate: string, toDate: string): Promise<{ logs: ZohoLog[]; error?: string }> {
  const r = await readLogs(read, user, fromDate, toDate);
  return { logs: r.logs, error: r.failed && t(r.failed.auth ? 'zohoReconnect' : 'zohoFailed', [r.failed.message]) };
}
