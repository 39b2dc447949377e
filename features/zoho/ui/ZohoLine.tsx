// The popup's Zoho People line (its own chunk, after the first paint): the job, the timer's state,
// time logged on the log, a timer the mirror did not start, errors naming Zoho People, minutes Zoho
// refused to log or logged too many (which and why), and the comments of the current log with add and delete.
import { useEffect, useState } from 'preact/hooks';
import type { ZohoComment } from '../parse';
import type { TimerDetails } from '../reads';
import { initialZoho, type ZohoSettings, type ZohoState } from '../state';
import { sendZoho } from '../messages';
import { zohoItem } from '../item';
import { watchItem } from '../../../browser/storage';
import { zohoDetails } from '../pages';
import { t } from '../../../browser/i18n';

const clock = (ms: number) => new Date(ms).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
const day = (ms: number) => new Date(ms).toLocaleDateString([], { month: 'short', day: 'numeric' });
const hms = (sec: number) => `${Math.floor(sec / 3600)}:${String(Math.floor((sec % 3600) / 60)).padStart(2, '0')}`;

export function ZohoLine({ settings }: { settings: ZohoSettings }) {
  const [z, setZ] = useState<ZohoState>(initialZoho());
  const [details, setDetails] = useState<{ running: TimerDetails | null; comments: ZohoComment[]; at: number } | null>(null);
  const [draft, setDraft] = useState('');
  const [now, setNow] = useState(Date.now());

  useEffect(() => {
    const load = () => void zohoDetails().then((d) => d && setDetails({ ...d, at: Date.now() }), () => undefined);
    void zohoItem.getValue().then(setZ);
    let seen = '';
    let soon: ReturnType<typeof setTimeout> | undefined;
    const unwatch = watchItem(zohoItem, (next) => {
      setZ(next);
      // Fetch again when the log changed (started, stopped, a comment went out), not on every save.
      const key = `${next.log?.key}:${next.log?.running}:${next.queue.length}`;
      if (key !== seen) {
        clearTimeout(soon);
        soon = setTimeout(load, 1000);
      }
      seen = key;
    });
    load();
    const poll = setInterval(load, 20_000); // reads share Zoho's 20-a-minute budget with the mirror
    const clock = setInterval(() => setNow(Date.now()), 1000);
    return () => {
      unwatch();
      clearTimeout(soon);
      clearInterval(poll);
      clearInterval(clock);
    };
  }, []);

  const running = !!z.log?.running && !z.log.skip;
  const mine = details?.running && z.log && details.running.jobId === settings.jobId ? details.running : null;
  const logged = mine ? mine.totalSec + Math.round((now - details!.at) / 1000) : null;
  return (
    <section class="zoho" aria-label="Zoho People">
      <p class="zoho-head">
        <span>Zoho People · {settings.jobName || t('zohoNoJob')}</span>
        <span class={running ? 'on' : ''}>{t(running ? 'zohoRunning' : 'zohoStopped')}{logged !== null ? ` · ${hms(logged)}` : ''}</span>
      </p>
      {z.error && (
        <div class="zoho-error" role="alert">
          <span>{z.error.message}</span>
          {z.error.reconnect && <button type="button" class="link" onClick={() => void sendZoho('zohoConnect')}>{t('zohoReconnectBtn')}</button>}
        </div>
      )}
      {!!z.missed?.length && (
        <div class="zoho-error" role="alert">
          <ul class="zoho-comments">
            {z.missed.map((m) => <li key={m.from}>{t(m.extra ? 'zohoLoggedTooMuch' : 'zohoNotLogged', [`${day(m.from)} ${clock(m.from)}–${clock(m.to)}`, m.why])}</li>)}
          </ul>
          <button type="button" class="link" onClick={() => void sendZoho('zohoDismiss')}>{t('zohoDismiss')}</button>
        </div>
      )}
      {z.foreign && (
        <div class="zoho-error" role="alert">
          <span>{t('zohoForeign', [z.foreign.jobName, z.foreign.taskName])}</span>
          <div class="row">
            <button type="button" onClick={() => void sendZoho('zohoForeign', true)}>{t('zohoTakeOver')}</button>
            <button type="button" onClick={() => void sendZoho('zohoForeign', false)}>{t('zohoLeave')}</button>
          </div>
        </div>
      )}
      {!!details?.comments.length && (
        <ul class="zoho-comments" aria-label={t('zohoComments')}>
          {details.comments.map((c) => (
            <li key={c.id}>
              <span>{c.text}</span>
              <button type="button" class="link" aria-label={t('zohoDeleteComment', [c.text])} onClick={() => void sendZoho('zohoUncomment', c.id)}>×</button>
            </li>
          ))}
        </ul>
      )}
      {running && (
        <form class="zoho-add" onSubmit={(e) => {
          e.preventDefault();
          if (draft.trim()) void sendZoho('zohoComment', draft.trim());
          setDraft('');
        }}>
          <input type="text" value={draft} maxLength={500} aria-label={t('zohoAddComment')} placeholder={t('zohoAddComment')} onInput={(e) => setDraft(e.currentTarget.value)} />
          <button type="submit">{t('zohoAdd')}</button>
        </form>
      )}
    </section>
  );
}
