// The popup's Zoho People line (its own chunk, after the first paint): the job, the timer's state,
// time logged on the log, a timer the mirror did not start, errors naming Zoho People, minutes Zoho
// refused to log or logged too many (which and why), and the comments of the current log with add and delete.
import type { ZohoSettings } from '../state';
import { t } from '../../../browser/i18n';
import { useZohoLine } from './use-zoho-line';
import { ZohoComments } from './ZohoComments';
import { ZohoNotices } from './ZohoNotices';

const hms = (sec: number) => `${Math.floor(sec / 3600)}:${String(Math.floor((sec % 3600) / 60)).padStart(2, '0')}`;

export function ZohoLine({ settings }: { settings: ZohoSettings }) {
  const { z, details, now } = useZohoLine();
  const running = !!z.log?.running && !z.log.skip;
  // The log's own job (a list's job, features/zoho/jobs.ts); a log stored before jobs per list: the default.
  const [jobId, jobName] = z.log?.jobId ? [z.log.jobId, z.log.jobName] : [settings.jobId, settings.jobName];
  const mine = details?.running && z.log && details.running.jobId === jobId ? details.running : null;
  const logged = mine ? mine.totalSec + Math.round((now - details!.at) / 1000) : null;
  return (
    <section class="zoho" aria-label="Zoho People">
      <p class="zoho-head">
        <span>Zoho People · {jobName || t('zohoNoJob')}</span>
        <span class={running ? 'on' : ''}>{t(running ? 'zohoRunning' : 'zohoStopped')}{logged !== null ? ` · ${hms(logged)}` : ''}</span>
      </p>
      <ZohoNotices z={z} />
      <ZohoComments comments={details?.comments ?? []} running={running} />
    </section>
  );
}
