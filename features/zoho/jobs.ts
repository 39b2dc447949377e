// Which Zoho People job a focus goes to (issue #21 part 1, docs/zoho-people.md §8): the job the
// settings map to its task's TickTick list, else the default job. Pure.
import type { Job } from './match';
import type { JobMapping, ZohoSettings } from './state';

const BILLING = new Set<unknown>(['billable', 'non-billable']);
const str = (v: unknown): v is string => typeof v === 'string' && v !== '';

/**
 * The stored mappings, leniently: settings sync between browsers and versions, so an entry that is
 * not a mapping (no list, no job) is dropped, a billing Zoho does not know is left unset, and a
 * list is mapped once (the first entry wins).
 */
export function jobMappings(stored: unknown): JobMapping[] {
  if (!Array.isArray(stored)) return [];
  const seen = new Set<string>();
  const out: JobMapping[] = [];
  for (const m of stored) {
    if (!m || typeof m !== 'object' || !str(m.listId) || !str(m.jobId) || seen.has(m.listId)) continue;
    seen.add(m.listId);
    out.push({ listId: m.listId, jobId: m.jobId, jobName: typeof m.jobName === 'string' ? m.jobName : '', ...(BILLING.has(m.billing) ? { billing: m.billing } : {}) });
  }
  return out;
}

/** The default job of the settings. */
export const defaultJob = (s: ZohoSettings): Job => ({ id: s.jobId, name: s.jobName, billing: s.billing });

/**
 * The job for a task of list `listId` (none: a focus on no task, or a task whose list is not
 * known). As lenient as `jobMappings` (the first entry of the list with a job wins), without
 * copying the list: the worker's bundle reads it on every TickTick change.
 */
export function jobFor(s: ZohoSettings, listId?: string | null): Job {
  const m = listId && Array.isArray(s.jobs) ? s.jobs.find((j) => j?.listId === listId && str(j.jobId)) : undefined;
  return m ? { id: m.jobId, name: typeof m.jobName === 'string' ? m.jobName : '', billing: BILLING.has(m.billing) ? m.billing! : s.billing } : defaultJob(s);
}

/** Whether any list has a job of its own (else a task's list need not be looked up). */
export const anyMapped = (s: ZohoSettings) => Array.isArray(s.jobs) && s.jobs.length > 0;

/** The reconciliation has something to match: the mirror on, a user, and a job to log to (the statistics page and the popup's line). */
export const reconcileOn = (s: ZohoSettings): boolean => s.enabled && !!s.user && (!!s.jobId || jobMappings(s.jobs).length > 0);
