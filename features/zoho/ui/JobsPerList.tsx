// The options page's "Jobs per list" (issue #21 part 1, docs/zoho-people.md §8): for each TickTick
// list a Zoho People job (the default job unless chosen) and a billing status (the default billing
// unless chosen). A focus on a task of the list goes to its job (features/zoho/jobs.ts `jobFor`).
import type { ZohoJob } from '../parse';
import type { JobMapping, ZohoSettings } from '../state';
import { t } from '../../../browser/i18n';
import { JobOptions } from './JobPicker';

/** A TickTick list as the options page offers it (app/options/ticktick-lists.ts). */
export interface TickList { id: string; name: string }

interface Props {
  /** null while they load. */
  lists: TickList[] | null;
  jobs: ZohoJob[] | null;
  mappings: JobMapping[];
  /** A change to the stored mappings (applied to what is stored then, not to this render's). */
  onChange(change: (stored: JobMapping[]) => JobMapping[]): void;
}

type Billing = ZohoSettings['billing'];

export function JobsPerList({ lists, jobs, mappings, onChange }: Props) {
  /** The list's mapping replaced (a list back at the default job has none). */
  const put = (listId: string, m: JobMapping | null) => onChange((stored) => [...stored.filter((x) => x.listId !== listId), ...(m ? [m] : [])]);
  const pickJob = (list: TickList, id: string, old?: JobMapping) => {
    const job = jobs?.find((j) => j.id === id);
    put(list.id, job ? { listId: list.id, jobId: job.id, jobName: job.name, ...(old?.billing ? { billing: old.billing } : {}) } : null);
  };
  /** The billing of what is stored for the list then (a job picked a moment ago stays picked). */
  const pickBilling = (m: JobMapping, billing: string) => onChange((stored) => stored.map((x) => {
    if (x.listId !== m.listId) return x;
    const { billing: _, ...rest } = x;
    return billing ? { ...rest, billing: billing as Billing } : rest;
  }));
  return (
    <fieldset class="job-lists">
      <legend>{t('zohoJobsPerList')}</legend>
      <p class="hint">{t('zohoJobsHint')}</p>
      {lists && !lists.length && <p class="hint">{t('zohoListsNone')}</p>}
      {!lists && <p class="hint">{t('taskLoading')}</p>}
      {lists?.map((list) => {
        const m = mappings.find((x) => x.listId === list.id);
        // A job no longer offered (finished in Zoho) stays shown under its stored name.
        const gone = m && !jobs?.some((j) => j.id === m.jobId);
        return (
          <div class="job-list" key={list.id}>
            <span class="job-list-name" translate={false}>{list.name}</span>
            <select aria-label={t('zohoListJob', [list.name])} value={m?.jobId ?? ''} disabled={!jobs} onChange={(e) => pickJob(list, e.currentTarget.value, m)}>
              <option value="">{t('zohoJobDefault')}</option>
              {gone && <option value={m.jobId}>{m.jobName || m.jobId}</option>}
              <JobOptions jobs={jobs ?? []} />
            </select>
            <select aria-label={t('zohoListBilling', [list.name])} value={m?.billing ?? ''} disabled={!m} onChange={(e) => m && pickBilling(m, e.currentTarget.value)}>
              <option value="">{t('zohoBillingDefault')}</option>
              <option value="billable">{t('zohoBillable')}</option>
              <option value="non-billable">{t('zohoNonBillable')}</option>
            </select>
          </div>
        );
      })}
    </fieldset>
  );
}
