// The options page's job picker: the user's in-progress Zoho People jobs, grouped by project.
import type { ZohoJob } from '../parse';
import { t } from '../../../browser/i18n';

interface Props {
  jobId: string;
  /** null while they load. */
  jobs: ZohoJob[] | null;
  onPick(job: ZohoJob | undefined): void;
}

export function JobPicker({ jobId, jobs, onPick }: Props) {
  return (
    <label class="field">
      <span>{t('zohoJob')}</span>
      <select value={jobId} disabled={!jobs} onChange={(e) => onPick(jobs?.find((j) => j.id === e.currentTarget.value))}>
        <option value="">{jobs ? t('zohoJobNone') : t('taskLoading')}</option>
        <JobOptions jobs={jobs ?? []} />
      </select>
    </label>
  );
}

/** The jobs as options, grouped by project (also the jobs per list, JobsPerList.tsx). */
export function JobOptions({ jobs }: { jobs: ZohoJob[] }) {
  return (
    <>
      {[...new Set(jobs.map((j) => j.project))].map((project) => (
        <optgroup label={project || '—'}>
          {jobs.filter((j) => j.project === project).map((j) => <option value={j.id}>{j.name}</option>)}
        </optgroup>
      ))}
    </>
  );
}
